// General knowledge questions: facts, history, geography, definitions, everyday how-things-work.
import { P, T, U } from '../dsl.mjs';

export default [
  U('general_qa', `why is the sky blue but sunsets are red/orange`, { out: 250 }),
  P('general_qa', `Who was the first woman to win a Nobel Prize and in what field?`, { out: 80 }),
  P('general_qa', `What's the difference between a crocodile and an alligator?`, { out: 220 }),
  P('general_qa', `Why do we have leap years, and why is 1900 not a leap year but 2000 was?`, { out: 200 }),
  P('general_qa', `capital of australia`, { out: 15 }),
  P('general_qa', `How did the Romans make concrete that lasted 2000 years when modern concrete cracks after 50?`, { out: 350 }),
  U('general_qa', `Was ist der Unterschied zwischen Bundestag und Bundesrat? Kurz und verständlich bitte.`, { lang: 'de', out: 250 }),
  U('general_qa', `¿Por qué en España se cena tan tarde comparado con el resto de Europa?`, { lang: 'es', out: 260 }),
  P('general_qa', `how many time zones does russia have`, { out: 40 }),
  U('general_qa', `What actually happens when a country "defaults" on its debt? Does someone come and take stuff?`, { out: 380 }),
  U('general_qa', `Pourquoi les Français disent-ils "soixante-dix" au lieu de "septante" comme en Belgique ?`, { lang: 'fr', out: 220 }),
  T('general_qa', null, [
    `what is the tallest mountain in the world`,
    `Mount Everest, at 8,849 m above sea level. Measured from base to peak, Mauna Kea in Hawaii is taller (about 10,200 m, most of it under water), and Chimborazo's summit is the farthest point from Earth's centre because of the equatorial bulge.`,
    `wait so which one is "really" the tallest? my kid and I are arguing lol`,
  ], { out: 180 }),
  P('general_qa', `How do noise-cancelling headphones work? explain like I'm 12`, { out: 200 }),
  P('general_qa', `What were the main causes of World War I? A short list with one sentence each.`, { out: 300 }),
  U('general_qa', `为什么中国的春节每年日期都不一样？`, { lang: 'zh', out: 200 }),
  P('general_qa', `is a tomato a fruit or vegetable`, { out: 100 }),
  P('general_qa', `Why do airplanes fly at around 35,000 feet and not higher or lower?`, { out: 280 }),
  U('general_qa', `क्रिकेट में डकवर्थ-लुईस नियम क्या है? आसान भाषा में समझाइए।`, { lang: 'hi', out: 280 }),
  U('general_qa', `Who invented the printing press, and did the Chinese really have movable type first?`, { out: 280 }),
  U('general_qa', `How does a bill become law in the United States? step by step`, { out: 380 }),
  U('general_qa', `ما هي أطول سلسلة جبال في العالم؟ وكم طولها تقريباً؟`, { lang: 'ar', out: 100 }),
  U('general_qa', `Почему в Санкт-Петербурге разводят мосты ночью и как местные добираются домой?`, { lang: 'ru', out: 220 }),
];
