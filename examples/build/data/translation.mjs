// Translation traffic: a translator app's system prompt plus ad-hoc translation requests in many languages.
import { P, SU, T, U } from '../dsl.mjs';

const translator = (from, to) =>
  `You are a professional translator. Translate the user's text from ${from} to ${to}. Preserve formatting, names and numbers. Output only the translation, no notes.`;

export default [
  SU('translation', translator('English', 'German'), `Your order has shipped! You can track your parcel using the link below. Delivery usually takes 2–4 business days. If you have questions, just reply to this email.`, { app: 'translator', out: 70 }),

  SU('translation', translator('Japanese', 'English'), `本日はお忙しい中、弊社の説明会にご参加いただき誠にありがとうございました。資料は添付ファイルにてお送りいたします。ご不明な点がございましたら、お気軽にお問い合わせください。`, { app: 'translator', lang: 'ja', out: 70 }),

  SU('translation', translator('English', 'Spanish (Latin America)'), `Welcome to the team! On your first day, please bring a photo ID and your signed contract. Your manager will meet you at reception at 9:00 a.m.`, { app: 'translator', out: 50 }),

  SU('translation', translator('Chinese (Simplified)', 'English'), `由于系统升级，本平台将于10月18日凌晨2点至6点暂停服务。给您带来的不便，敬请谅解。`, { app: 'translator', lang: 'zh', out: 50 }),

  SU('translation', translator('English', 'French'), `Terms updated: We've made changes to how we handle refunds. Purchases made after November 1 can be refunded within 30 days instead of 14.`, { app: 'translator', out: 50 }),

  SU('translation', translator('Arabic', 'English'), `نود إعلامكم بأن الاجتماع الشهري سيعقد يوم الخميس القادم في تمام الساعة العاشرة صباحاً في قاعة الاجتماعات الرئيسية. يرجى تأكيد الحضور.`, { app: 'translator', lang: 'ar', out: 45 }),

  SU('translation', translator('English', 'Portuguese (Brazil)'), `Reminder: your subscription will renew on October 30. To avoid being charged, cancel at least 24 hours before the renewal date in Settings > Billing.`, { app: 'translator', out: 50 }),

  SU('translation', translator('Russian', 'English'), `Уважаемые коллеги! Напоминаем, что отчёты за третий квартал необходимо сдать до пятницы. Файлы следует загружать в общую папку отдела.`, { app: 'translator', lang: 'ru', out: 45 }),

  SU('translation', translator('English', 'Hindi'), `Please keep your phone switched on. Our delivery partner will call you 30 minutes before arrival.`, { app: 'translator', out: 45 }),

  SU('translation', translator('German', 'English'), `Sehr geehrte Frau Kowalski, vielen Dank für Ihre Bewerbung. Wir freuen uns, Sie zu einem Vorstellungsgespräch am Dienstag, den 20. Oktober, um 14 Uhr in unserem Büro in der Lindenstraße 12, 10969 Berlin einzuladen. Bitte bestätigen Sie den Termin unter +49 30 12345678.`, { app: 'translator', lang: 'de', pii: ['person', 'address', 'phone'], out: 80 }),

  U('translation', `translate to italian: "I'm allergic to nuts, does this dish contain any?"`, { out: 25 }),

  U('translation', `How do you say "break a leg" in Japanese? Is there an equivalent idiom or would people be confused by a literal translation?`, { out: 200 }),

  U('translation', `Traduis en anglais de façon naturelle, pas mot à mot : "Je suis désolé de revenir vers vous si tard, j'étais sous l'eau cette semaine. On se cale un point vendredi ?"`, { lang: 'fr', out: 60 }),

  U('translation', `Translate this to Korean, polite form, for a hotel reception: "We would like to check in early if possible. Our flight lands at 7 a.m."`, { out: 50 }),

  P('translation', `english to spanish: "The meeting has been moved to Thursday. Please update your calendars and let me know if this doesn't work for you."`, { out: 40 }),

  U('translation', `Please translate into Chinese (Traditional, Taiwan usage): "Our product is waterproof up to 50 meters and comes with a two-year warranty."`, { out: 40 }),

  U('translation', `Traduza para o inglês: "Prezado cliente, informamos que o boleto referente ao mês de outubro vence no dia 15. Caso já tenha efetuado o pagamento, desconsidere esta mensagem."`, { lang: 'pt', out: 45 }),

  T('translation', null, [
    `translate "you're welcome" into german`,
    `"Gern geschehen." Also common: "Bitte schön", "Keine Ursache", or informally "Gerne!"`,
    `which one would I use with my boss vs a friend`,
  ], { out: 120 }),

  U('translation', `Translate this product description into French, German and Dutch. Keep it punchy, it's for an e-commerce site:

"Meet the Nimbus Pro: a featherlight rain jacket that packs into its own pocket. Fully seamed, breathable, and ready for whatever the sky throws at you."`, { out: 220 }),

  U('translation', `मुझे इसका अंग्रेज़ी में अनुवाद चाहिए, औपचारिक ईमेल के लिए: "आदरणीय महोदय, मैं अगले सप्ताह व्यक्तिगत कारणों से तीन दिन की छुट्टी लेना चाहता हूँ। कृपया मेरी छुट्टी स्वीकृत करें।"`, { lang: 'hi', out: 60 }),

  U('translation', `Is this translation correct? Original (Spanish): "Me quedé de piedra cuando me lo contó." My translation: "I stayed of stone when he told me."`, { out: 90 }),

  SU('translation', `You are LinguaBridge, a translation assistant for medical documents. Translate faithfully, keep drug names and dosages exactly as written, and flag any ambiguous abbreviation in [brackets].`,
    `Translate to English:
"Paciente de 64 años con antecedentes de HTA y DM2. Se pauta metformina 850 mg c/12h y enalapril 10 mg c/24h. Control en 3 meses."`, { app: 'translator', lang: 'es', out: 80 }),

  U('translation', `translate the subtitle file lines to english, keep the numbering and timecodes:

1
00:00:01,200 --> 00:00:03,800
Wo warst du die ganze Nacht?

2
00:00:04,100 --> 00:00:06,500
Das geht dich nichts an.

3
00:00:07,000 --> 00:00:09,900
Doch. Es geht mich sehr wohl etwas an.`, { lang: 'de', out: 120 }),

  U('translation', `ترجم هذه الجملة إلى الفرنسية من فضلك: "أين يمكنني شراء تذكرة القطار إلى المطار؟"`, { lang: 'ar', out: 30 }),

  P('translation', `日本語に翻訳してください：Thank you for your patience. Your refund of $42.50 has been processed and should appear on your statement within 5–7 business days.`, { lang: 'ja', out: 70 }),
];
