// Plain `prompt` events (completion-style API calls and batch jobs) across categories.
import { P } from '../dsl.mjs';

export default [
  P('productivity', `Summarize the following customer review in one sentence and label the sentiment (positive/neutral/negative):

"Delivery took forever and the box was crushed, but the headphones themselves sound amazing and the battery lasts all week. Customer service replied within an hour."`, { app: 'api', out: 40 }),

  P('productivity', `Extract name, company, email and phone from this email signature as JSON:

--
Henrik Sørensen
Head of Procurement | Nordlys Marine A/S
henrik.sorensen@nordlys-marine.example
+45 32 12 34 56 | Havnegade 19, 1058 København K`, { app: 'api', pii: ['person', 'email', 'phone', 'address'], out: 70 }),

  P('productivity', `Classify this support ticket into one of: billing, bug, feature_request, account_access. Reply with the label only.

Ticket: "I can't log in since yesterday, the reset email never arrives. My account is lena.vogel@example.de"`, { app: 'api', pii: ['email'], out: 5 }),

  P('marketing', `Generate 3 subject lines for an abandoned-cart email for a sneaker store. Under 45 characters each.`, { app: 'api', out: 40 }),

  P('marketing', `Write a 150-word product description for a stainless steel insulated water bottle, 750 ml, keeps drinks cold 24h, hot 12h, leak-proof lid, for hikers.`, { app: 'api', out: 200 }),

  P('translation', `Translate to German: "Free shipping on orders over 50 euros. Returns accepted within 30 days."`, { app: 'api', out: 25 }),

  P('translation', `Translate the following into Simplified Chinese: "Please remove your shoes before entering the prayer hall."`, { app: 'api', out: 20 }),

  P('translation', `Перевести на английский: "Заказ будет доставлен в течение трёх рабочих дней после оплаты."`, { app: 'api', lang: 'ru', out: 20 }),

  P('general_qa', `Q: What is the boiling point of water at the top of Mount Everest?
A:`, { app: 'api', out: 40 }),

  P('general_qa', `list the planets of the solar system in order from the sun with one fun fact each`, { out: 200 }),

  P('general_qa', `¿Cuántos habitantes tiene México y cuál es su ciudad más poblada?`, { lang: 'es', out: 60 }),

  P('education', `Explain the difference between mitosis and meiosis in a table`, { out: 250 }),

  P('education', `Give me 5 practice problems on compound interest with solutions, high school level`, { out: 450 }),

  P('education', `कक्षा 8 के छात्रों के लिए जल चक्र पर 10 प्रश्नों की एक प्रश्नोत्तरी बनाइए।`, { lang: 'hi', out: 400 }),

  P('education', `اشرح لي قانون نيوتن الثاني للحركة مع مثال من الحياة اليومية، بأسلوب مبسط لطالب في المرحلة الثانوية.`, { lang: 'ar', out: 300 }),

  P('science', `What is the half-life of carbon-14 and how is it used to date fossils?`, { out: 200 }),

  P('technology', `What does a VPN actually protect you from, and what doesn't it protect you from?`, { out: 300 }),

  P('health', `How much protein does a 70 kg adult need per day if they lift weights 4 times a week?`, { out: 150 }),

  P('finance', `Calculate the monthly payment for a $350,000 mortgage at 6.4% over 30 years, and total interest paid.`, { out: 150 }),

  P('legal', `Explain what "force majeure" means in a contract with a simple example.`, { out: 200 }),

  P('legal', `Write a short letter to my landlord, Mr. Desmond Clarke, 41 Rowan Avenue, Leeds LS6 2PQ, giving one month's notice that I'm moving out on 30 November. My name is Kiran Patel, flat 3B.`, { pii: ['person', 'address'], out: 200 }),

  P('creative_writing', `Write a four-line poem about autumn rain for a greeting card.`, { app: 'api', out: 50 }),

  P('creative_writing', `Once upon a time, in a village where it never stopped snowing,`, { app: 'api', out: 300 }),

  P('roleplay', `You are Old Tom, the ferryman of the river Styx, tired and sarcastic. A new soul steps into your boat without a coin. Respond in character.`, { out: 180 }),

  P('roleplay', `[Roleplay] I'm a new recruit at the Knights of the Silver Rose. You are Sir Aldric, the drill master who thinks I'm hopeless. Begin our first training session.`, { out: 220 }),

  P('other', `Tell me a joke about penguins`, { out: 40 }),

  P('other', `best board games for 2 players that aren't chess`, { out: 250 }),

  P('other', `Wie lange muss ein 5 kg Truthahn bei 160 Grad im Ofen garen?`, { lang: 'de', out: 150 }),

  P('programming', `Write a SQL query that returns the second highest salary from an employees table, handling ties.`, { app: 'api', out: 120 }),

  P('programming', `JSON schema for an address object with street, city, postal_code, country (ISO 3166-1 alpha-2), all required except street2`, { app: 'api', out: 180 }),

  P('programming', `Rust: read a file line by line and count words, handling errors with ?`, { out: 180 }),
];
