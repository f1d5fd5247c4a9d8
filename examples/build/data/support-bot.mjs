// Customer-support bot traffic: several tenants' personas, customers pasting contact and payment details.
import { SU, T } from '../dsl.mjs';

const BANK = `You are Ava, the digital assistant of Meridian Bank. Help with card, account and app questions. Never ask for a full card number, PIN or online-banking password. If a customer shares them, tell them not to and continue without repeating the data.`;
const TELCO = `Tu es l'assistant virtuel de Lumio Mobile. Réponds en français, de façon courte et polie. Tu peux aider pour la facturation, les forfaits, la portabilité et la carte SIM.`;
const SHOP = `You are Nori, the helpful assistant of Bloom & Branch, an online plant shop. Keep answers under 80 words. For refunds, collect the order number and the reason.`;
const SAAS = `You are the support assistant for Tally, an invoicing SaaS. Answer from the help centre. Escalate anything about data deletion or security incidents to a human with the tag [ESCALATE].`;
const AIRLINE = `Eres el asistente virtual de Aerolíneas Cóndor. Responde en el idioma del cliente. Puedes consultar reservas, cambios de vuelo y equipaje.`;
const GAS = `あなたはひかりガスのカスタマーサポートAIです。丁寧な日本語で、簡潔に回答してください。`;

export default [
  T('finance', BANK, [
    `hi my card got declined at a shop today but I have money in the account`,
    `I'm sorry about that! Declines can happen for a few reasons: a temporary security block, a daily limit, or an expired card. Could you tell me roughly when and where you tried to pay? Please don't share your full card number.`,
    `ok it was at 14:20 at a petrol station, card is 4111 1111 1111 1111 exp 09/27. my name is Tomás Ferreira`,
  ], { app: 'support-bot', pii: ['card', 'person'], out: 140 }),

  SU('finance', BANK, `I want to receive my salary into my Meridian account, what details do I give my employer? Is it this: IBAN NL91 ABNA 0417 1643 00? Or do they need a BIC too? Employer is in Germany.`, { app: 'support-bot', pii: ['iban'], out: 120 }),

  T('technology', TELCO, [
    `Bonjour, je veux garder mon numéro en changeant d'opérateur. Mon numéro c'est le 06 12 34 56 78.`,
    `Bonjour ! Pour garder votre numéro, il suffit de nous communiquer votre code RIO. Vous pouvez l'obtenir gratuitement en appelant le 3179 depuis votre ligne actuelle.`,
    `D'accord, mon RIO est 01P123456ABC. Et l'adresse de livraison de la SIM : 14 rue des Lilas, 69003 Lyon, au nom de Camille Roux.`,
  ], { app: 'support-bot', lang: 'fr', pii: ['phone', 'address', 'person'], out: 120 }),

  SU('finance', TELCO, `Je conteste ma facture d'octobre, on m'a facturé 49,99 € au lieu de 19,99 €. Je veux être remboursée sur mon compte FR14 2004 1010 0505 0001 3M02 606. Mon e-mail : camille.roux@example.fr`, { app: 'support-bot', lang: 'fr', pii: ['iban', 'email'], out: 130 }),

  T('other', SHOP, [
    `my fiddle leaf fig arrived with half the leaves broken`,
    `Oh no, I'm so sorry your fig arrived damaged! I'd be happy to help with a refund or replacement. Could you share your order number and, if possible, a photo of the damage?`,
    `order BB-20931. I'd prefer a replacement. can you ship to my work instead: Harbour Lofts, Unit 5, 88 Wharf Street, Brisbane QLD 4000. mobile 0412 345 678`,
  ], { app: 'support-bot', pii: ['address', 'phone'], out: 90 }),

  SU('other', SHOP, `do you ship to Canada? and is the peace lily safe for dogs`, { app: 'support-bot', out: 70 }),

  T('technology', SAAS, [
    `I think someone accessed our Tally account. There are invoices I didn't create, sent to an address I don't know: billing@harrow-consult.example. Our admin login is finance@greenfield-studio.example.`,
  ], { app: 'support-bot', pii: ['email'], out: 110 }),

  SU('productivity', SAAS, `How do I add a second VAT rate to an invoice line? Some of our items are 7% and some 19%.`, { app: 'support-bot', out: 120 }),

  T('other', AIRLINE, [
    `Hola, necesito cambiar mi vuelo de Bogotá a Madrid del 3 de noviembre al 5. Localizador QW4R7T, a nombre de Andrés Felipe Morales.`,
    `¡Hola, Andrés! Encontré tu reserva QW4R7T. Para el 5 de noviembre hay plazas en el vuelo CN 802 a las 23:15, con una diferencia de tarifa de 120 USD. ¿Quieres que lo cambie?`,
    `Sí, por favor. Mi correo es andres.morales@example.com.co y mi celular +57 310 555 0142 para las notificaciones.`,
  ], { app: 'support-bot', lang: 'es', pii: ['person', 'email', 'phone'], out: 100 }),

  SU('other', AIRLINE, `Olá, qual é a franquia de bagagem de mão em voos internacionais? Vou de São Paulo para Lima com uma mala de 10 kg.`, { app: 'support-bot', lang: 'pt', out: 90 }),

  SU('other', GAS, `引っ越しに伴いガスの開栓を申し込みたいです。新住所は東京都世田谷区三軒茶屋2-14-7 パークハイツ301、連絡先は090-1234-5678、名前は山田花子です。11月3日希望です。`, { app: 'support-bot', lang: 'ja', pii: ['address', 'phone', 'person'], out: 120 }),

  T('finance', BANK, [
    `i lost my wallet, need to block my card asap`,
    `I'm sorry to hear that. I can block your card right away. For security, please confirm the last four digits of the card and your date of birth.`,
    `last 4 are 4444, dob 02/11/1990. also my drivers license was in there, what do I do about that? I'm in Ohio`,
  ], { app: 'support-bot', pii: ['dob'], out: 150 }),
];
