// Health, finance and legal traffic, including "act as an expert" requests and forms with fictional PII.
import { P, SU, T, U } from '../dsl.mjs';

const health = [
  U('health', `I've had a headache behind my right eye for three days, worse in the morning. No fever. I'm 34 and drink a lot of coffee. Should I be worried?`, { out: 350 }),
  U('health', `Act as a nutritionist. I'm 41, male, 92 kg, 1.80 m, desk job, want to lose 10 kg over 6 months without giving up bread completely. Give me a realistic weekly meal structure.`, { out: 700 }),
  U('health', `Can I take ibuprofen and paracetamol together? What's the max per day for an adult?`, { out: 250 }),
  U('health', `Tengo 29 años y últimamente me cuesta mucho dormir, me despierto a las 4 de la mañana y no puedo volver a dormirme. ¿Qué puedo hacer antes de ir al médico?`, { lang: 'es', out: 400 }),
  P('health', `couch to 5k plan for someone with bad knees`, { out: 450 }),
  U('health', `My blood test says ferritin 12 ng/mL and hemoglobin 11.4 g/dL. I'm a 26-year-old woman, vegetarian. What does this mean and what questions should I ask my doctor?`, { out: 420 }),
  U('health', `How do I know if my 2-year-old's fever is serious enough to go to the ER? It's 39.2°C now, she's drinking but very sleepy.`, { out: 300 }),
  T('health', `You are a supportive wellbeing companion. You are not a therapist. Encourage professional help when appropriate and share crisis resources if the user mentions self-harm.`, [
    `I've been feeling really anxious about work, my chest gets tight before every meeting`,
    `That sounds exhausting, and it's good that you're noticing the pattern. Chest tightness before meetings is a common physical sign of anxiety. Can you tell me a bit about what goes through your mind in the minutes before a meeting starts?`,
    `that I'll say something stupid and everyone will realize I don't know what I'm doing. I've been there 2 years and I still feel like a fraud`,
  ], { app: 'chat-web', out: 300 }),
  U('health', `Was hilft gegen Rückenschmerzen im unteren Rücken vom vielen Sitzen? Ich arbeite im Homeoffice. Gibt es Übungen für zwischendurch?`, { lang: 'de', out: 450 }),
  U('health', `Is intermittent fasting (16:8) safe for someone with type 2 diabetes on metformin?`, { out: 350 }),
  U('health', `मुझे पिछले दो हफ्तों से सूखी खांसी है, बुखार नहीं है। कौन से घरेलू उपाय कर सकता हूँ और कब डॉक्टर को दिखाना चाहिए?`, { lang: 'hi', out: 350 }),
  U('health', `Please help me fill in this insurance claim summary letter. Patient: Maria Fernanda Gómez, DOB 14/03/1987, policy no. HX-4471-902, treated at St. Agnes Clinic, 22 Harbour Street, Portland ME 04101, on 2 Oct 2026 for a fractured wrist. Contact: maria.f.gomez@example.net, (207) 555-0148.`, { pii: ['person', 'address', 'email', 'phone'], out: 350 }),
];

const finance = [
  U('finance', `I'm 28, earn €52k gross in Germany, have €8k savings and no debt. Should I invest in an ETF savings plan or first build a bigger emergency fund? How much per month is reasonable?`, { out: 500 }),
  U('finance', `Explain the difference between a Roth IRA and a traditional 401(k) like I'm new to the US.`, { out: 450 }),
  P('finance', `what is a bond yield and why do bond prices fall when interest rates rise`, { out: 350 }),
  U('finance', `Act as a financial analyst. Here are a company's numbers: revenue 2024 $12.4M, 2025 $15.1M; gross margin 61% → 58%; operating expenses $8.2M → $10.9M; cash $3.1M, monthly burn $420k. What's the runway and what would worry you?`, { out: 500 }),
  U('finance', `Vale a pena fazer portabilidade do meu financiamento imobiliário? Tenho saldo devedor de R$ 310 mil, taxa de 11,5% ao ano, e outro banco ofereceu 9,9%.`, { lang: 'pt', out: 450 }),
  U('finance', `My employer offers ESPP with 15% discount and a 6-month lookback. Is it basically free money? Any risks?`, { out: 380 }),
  U('finance', `I need to pay a supplier by bank transfer. The invoice says IBAN GB82 WEST 1234 5698 7654 32, BIC WESTGB2L, account name Harlow & Finch Ltd. My bank warns "name doesn't match". Is this a scam sign?`, { pii: ['iban'], out: 350 }),
  U('finance', `Comment fonctionne l'impôt sur les plus-values pour la vente d'actions en France ? Flat tax de 30% ou barème progressif, lequel choisir ?`, { lang: 'fr', out: 400 }),
  T('finance', null, [
    `what's dollar cost averaging`,
    `Dollar-cost averaging (DCA) means investing a fixed amount at regular intervals, for example $200 every month, regardless of the price. You buy more shares when prices are low and fewer when they're high, which smooths out your average purchase price and removes the pressure of timing the market.`,
    `ok but I just got a $20k inheritance. lump sum or DCA over 12 months? I've read lump sum wins statistically`,
  ], { out: 400 }),
  U('finance', `How do I read a candlestick chart? And are patterns like "head and shoulders" actually predictive or just astrology for traders?`, { out: 420 }),
  U('finance', `Как рассчитать налоговый вычет за покупку квартиры в России, если квартира куплена в ипотеку за 7,5 млн рублей?`, { lang: 'ru', out: 400 }),
  U('finance', `My credit card statement shows a charge of $389.00 from "PAYPAL *GLOBALTEK" that I don't recognize. Card ending 4444 (full number 5555 5555 5555 4444, exp 08/28). Should I call the bank or dispute online?`, { pii: ['card'], out: 280 }),
];

const legal = [
  U('legal', `My landlord (Gary Holt, the unit is 2290 Sunset Blvd Apt 4, Los Angeles, CA 90026) is keeping my whole security deposit ($2,400) for "general wear and cleaning". I lived there 3 years, left it clean, have photos. I'm in California. What are my options?`, { pii: ['person', 'address'], out: 450 }),
  U('legal', `Act as an employment lawyer. I was fired two weeks after telling my manager I'm pregnant. They say it's "restructuring" but they hired someone for my role. UK. What should I do first?`, { out: 500 }),
  P('legal', `what is the difference between a trademark, a copyright and a patent, with an example of each`, { out: 350 }),
  U('legal', `Est-ce que mon employeur peut m'obliger à revenir au bureau 5 jours par semaine alors que mon contrat mentionne le télétravail 2 jours ? Je suis en CDI en France.`, { lang: 'fr', out: 400 }),
  U('legal', `Is it legal to record a phone call with a customer without telling them? We're a small business in Texas and sometimes call customers in Florida.`, { out: 380 }),
  SU('legal', `You are LexiDraft, an assistant that helps small businesses draft legal documents. Add a disclaimer that the output is not legal advice. Use plain English.`,
    `Draft a simple NDA between my company Brightwater Design LLC (Austin, TX) and a freelance developer, mutual, 2 years, Texas law.`, { app: 'api', out: 900 }),
  U('legal', `Ich habe einen Online-Kauf widerrufen (Widerrufsrecht 14 Tage), der Händler will aber die Rücksendekosten nicht übernehmen und behält 15 € ein. Darf er das?`, { lang: 'de', out: 350 }),
  U('legal', `GDPR question: a former customer asked us to delete all their data. We have their invoices for 2023 which we must keep for tax reasons. How do we handle the request correctly?`, { out: 420 }),
  U('legal', `Someone is using photos from my Instagram to sell products on their website. How do I file a DMCA takedown? Do I need a lawyer?`, { out: 380 }),
  U('legal', `Necesito redactar una carta de reclamación a una aerolínea por un vuelo cancelado (Madrid–Lima, 12 de octubre). Quiero pedir la compensación según el reglamento europeo 261/2004. Mi nombre es Lucía Herrera Campos, DNI 12345678Z, reserva XK7P2Q.`, { lang: 'es', pii: ['person', 'national_id'], out: 450 }),
];

export default [...health, ...finance, ...legal];
