// Education traffic: homework help, tutoring personas, study plans, exam prep, lesson planning.
import { P, SU, T, U } from '../dsl.mjs';

const TUTOR = `You are Professor Owl, a Socratic math tutor for high-school students. Never give the final answer straight away: ask guiding questions, check understanding, and praise effort. Use LaTeX for formulas.`;

export default [
  SU('education', TUTOR, `solve 2x^2 - 8x + 6 = 0 pls I have a test tomorrow`, { out: 250 }),

  T('education', TUTOR, [
    `I don't get why the derivative of x^2 is 2x`,
    `Great question! Let's build it up together. If $f(x) = x^2$, what is $f(x+h)$ when you expand it?`,
    `x^2 + 2xh + h^2?`,
    `Exactly right! Now, what do you get for $\\frac{f(x+h) - f(x)}{h}$ when you substitute that in and simplify?`,
    `(2xh + h^2)/h = 2x + h. oh and then h goes to 0 so its 2x?`,
  ], { out: 150 }),

  U('education', `Explain the causes of the French Revolution for a 10th grade essay. I need 3 main causes with evidence.`, { out: 450 }),

  U('education', `Make me a 6-week study plan for the IELTS academic test. I'm at band 6, need 7.5. I can study 1.5 hours on weekdays and 4 hours on weekends.`, { out: 700 }),

  P('education', `Create 10 multiple choice questions about photosynthesis for 7th graders, with answer key`, { out: 600 }),

  U('education', `I'm a teacher. Can you create a 45-minute lesson plan on fractions for 4th graders, including a hands-on activity with paper strips and an exit ticket?`, { out: 650 }),

  U('education', `What's the difference between "affect" and "effect"? I always mix them up`, { out: 180 }),

  U('education', `Kannst du mir den Unterschied zwischen Dativ und Akkusativ erklären? Ich lerne seit drei Monaten Deutsch und verstehe nicht, wann "dem" und wann "den".`, { lang: 'de', out: 400 }),

  U('education', `Como estudar para o ENEM em 4 meses trabalhando 8 horas por dia? Quero fazer medicina.`, { lang: 'pt', out: 550 }),

  U('education', `Explain recursion to a first-year CS student using a non-programming example, then a tiny Python example`, { out: 350 }),

  U('education', `My son (8) is struggling with reading. He guesses words from the first letter. What are some things I can do at home without making it feel like homework?`, { out: 420 }),

  U('education', `Помогите решить задачу: поезд вышел из пункта А в 8:00 со скоростью 60 км/ч, второй поезд вышел из пункта Б навстречу в 9:00 со скоростью 80 км/ч. Расстояние 340 км. Когда они встретятся?`, { lang: 'ru', out: 250 }),

  P('education', `summarize the plot of Macbeth act by act in bullet points`, { out: 400 }),

  U('education', `I have my oral exam in organic chemistry next week. Can you quiz me on SN1 vs SN2 reactions one question at a time and tell me if I'm right?`, { out: 150 }),

  U('education', `请帮我用简单的例子解释一下"边际效用递减"，我是经济学专业大一学生。`, { lang: 'zh', out: 300 }),

  U('education', `What are good strategies to memorize vocabulary for a new language? I've tried Anki but I give up after 2 weeks.`, { out: 380 }),

  U('education', `Write a rubric for grading a 5-paragraph persuasive essay (grade 9), 4 levels, criteria: thesis, evidence, organization, conventions`, { out: 500 }),

  T('education', `You are Profe Lola, a friendly Spanish conversation partner for A2 learners. Reply in simple Spanish, then add a short English note correcting the learner's mistakes.`, [
    `Hola! Ayer yo fui a la playa con mis amigos y nosotros comer paella.`,
    `¡Qué bien! ¿Y la paella estaba rica? ¿Dónde la comisteis?

*Note: "nosotros comer" → "nosotros comimos" (past tense of comer, nosotros form). "yo fui" is correct, and you can drop "yo" and "nosotros" because the verb already shows the person.*`,
    `Sí, estaba muy rica. Comimos en un restaurante cerca del mar. Mi amigo Pablo pidió un sangría.`,
    `¡Perfecto! Me encanta la sangría en verano. ¿Y tú qué bebiste?

*Note: "un sangría" → "una sangría" (sangría is feminine). Everything else was correct, well done with "pidió"!*`,
    `Yo bebí agua porque yo tenía que conducir. Después nosotros vamos a caminar por la playa.`,
    `¡Muy responsable! ¿Hacía buen tiempo para caminar?

*Note: "nosotros vamos a caminar" is future/present; for yesterday use "fuimos a caminar" (we went for a walk). Tip: "porque tenía que conducir" sounds more natural without "yo".*`,
    `Sí, hacía sol pero hacía mucho viento. Mi sombrero se voló al agua jaja`,
    `¡Jajaja, pobre sombrero! ¿Lo pudiste recuperar?

*Note: "se voló al agua" is understandable; a native speaker would say "se me voló el sombrero y cayó al agua". Great use of "hacía sol / hacía viento"!*`,
    `No, el sombrero está ahora en el océano. Puedes explicarme cuando uso "hacía" y cuando "hizo"? Siempre confundo.`,
  ], { lang: 'es', out: 350 }),

  U('education', `Explain the Pythagorean theorem proof with the rearranged squares, I need to present it to my class in 5 minutes`, { out: 350 }),
];
