// Creative-writing traffic: stories, poems, lyrics, worldbuilding, editing of fiction.
import { P, SU, T, U } from '../dsl.mjs';

export default [
  P('creative_writing', `Write a short story (about 600 words) about a lighthouse keeper who discovers the light has been guiding something other than ships. Literary tone, ambiguous ending.`, { out: 850 }),

  U('creative_writing', `write a haiku about monday mornings and burnt toast`, { out: 40 }),

  U('creative_writing', `I'm writing a fantasy novel. My magic system: people can borrow time from their future selves, but the debt is collected with interest. Help me work out the rules, limits and how society would change. Don't write the story, just the worldbuilding.`, { out: 700 }),

  T('creative_writing', `You are a writing partner for a novelist. Match her voice, suggest rather than take over, and keep continuity notes.`, [
    `Here's my opening paragraph:

"The morning Agnes buried her husband, the hens stopped laying. She noticed it the way she noticed everything that year: late, and all at once, standing in the coop with an empty basket and mud to her ankles."

Can you continue for two more paragraphs in the same voice?`,
    `She stood there longer than she needed to. The hens watched her from the rafters with their flat orange eyes, as if waiting for her to make the first move. Thomas had always said they could smell weather coming. Agnes wondered what else they could smell.

Back in the kitchen the kettle had boiled dry. She didn't remember putting it on. She filled it again, set it down, and sat at the table where his reading glasses still lay folded on the newspaper, open to a crossword he had half finished in ink, because Thomas had never once in his life doubted an answer.`,
    `I love the crossword detail. Can you write the next scene, where her estranged daughter Ruth arrives unannounced? Keep the tension quiet, nobody yells.`,
  ], { app: 'story-app', out: 600 }),

  P('creative_writing', `Write a limerick about a cat who thinks it's a software engineer`, { out: 60 }),

  U('creative_writing', `Schreib mir ein Gedicht zum 60. Geburtstag meiner Mutter. Sie liebt ihren Garten, ist Lehrerin in Rente und hat einen trockenen Humor. Nicht kitschig, gerne gereimt, 4 Strophen.`, { lang: 'de', out: 260 }),

  U('creative_writing', `Give me 10 creepy but PG-13 writing prompts for a horror anthology set in a small coastal town`, { out: 350 }),

  U('creative_writing', `Can you rewrite this dialogue so it sounds less stiff?

"Hello, Mark. I have not seen you in a long time. How have you been?"
"I have been well, Sarah. I moved to Chicago for my job. I am a lawyer now."
"That is very interesting. I am still a nurse. I still live in this town."`, { out: 220 }),

  P('creative_writing', `song lyrics, indie folk, about leaving your hometown and realising it was never the town you missed. verse chorus verse chorus bridge chorus`, { out: 380 }),

  U('creative_writing', `Écris un conte pour enfants de 5 ans, environ 400 mots, sur un petit hérisson qui a peur du noir et qui se fait un ami luciole. Avec une morale douce à la fin.`, { lang: 'fr', out: 550 }),

  U('creative_writing', `I need a villain monologue for my sci-fi screenplay. The villain is an AI that runs a city's traffic system and has decided humans shouldn't drive anymore. Calm, reasonable, terrifying. About 200 words.`, { out: 300 }),

  SU('creative_writing', `You are StoryForge, a creative assistant that writes interactive fiction chapters. Always end a chapter with a cliffhanger and two options for the reader.`,
    `Genre: cozy mystery. Setting: a bookshop in Edinburgh. Protagonist: a retired chemistry teacher named Fenella. Write chapter 1.`, { app: 'story-app', out: 1200 }),

  U('creative_writing', `write a sonnet about kubernetes (it's for our team's farewell card for the devops lead lol)`, { out: 200 }),

  U('creative_writing', `Escribe un microrrelato de 150 palabras que empiece con la frase "Nadie en el pueblo recordaba quién había plantado el naranjo" y termine con una sorpresa.`, { lang: 'es', out: 230 }),

  P('creative_writing', `Describe a market in a city built on the back of a giant turtle, focusing on smells and sounds. One paragraph, lush prose.`, { out: 220 }),

  U('creative_writing', `My protagonist is too perfect and readers say she's boring. She's a surgeon, kind, smart, brave. How do I give her flaws that matter to the plot without making her unlikeable?`, { out: 480 }),

  U('creative_writing', `请以"最后一班地铁"为题，写一篇800字左右的短篇小说，风格温暖略带伤感，主人公是一位上夜班的年轻护士。`, { lang: 'zh', out: 1100 }),

  T('creative_writing', null, [
    `Write a bedtime story about a dragon who is afraid of fire`,
    `Once upon a time, in a valley full of soft green moss, there lived a small dragon named Pip. All the other dragons loved to breathe fire: big orange whooshes that lit up the night. But Pip was afraid of fire. Whenever he felt a tickle in his throat, he would squeeze his mouth shut and hum until it went away...

(The story continues with Pip discovering he can breathe warm mist that helps the valley's flowers grow, and the other dragons learning that being different is a kind of magic.)`,
    `my daughter says it's too short and she wants Pip to have a friend who is a mouse. can you write the full version, maybe 5 minutes read aloud?`,
  ], { out: 800 }),

  P('creative_writing', `Give me a name for a tavern in a dwarven mining city, and a one-line description of the owner. 10 options.`, { out: 250 }),

  U('creative_writing', `Help me outline a three-act structure for a heist thriller where the crew is stealing back a painting that was looted in WWII. I want a twist at the midpoint.`, { out: 650 }),

  U('creative_writing', `Write a wedding toast for my best friend Tomás. We met in first grade when he traded me his lunch for my Pokémon card. He's marrying Priya, who is way too good for him (joke). 2 minutes max, funny then heartfelt.`, { pii: ['person'], out: 420 }),

  U('creative_writing', `Напиши стихотворение в стиле Есенина о осеннем поле и заброшенной деревне, 3 строфы.`, { lang: 'ru', out: 200 }),

  P('creative_writing', `continue the story: "The elevator stopped between the 13th and 14th floors. There is no 13th floor in this building."`, { out: 500 }),

  U('creative_writing', `Give feedback on my poem, I want honest critique, not praise:

the city hums a song at night
of sirens, trains and neon light
I walk alone but not alone
ten thousand windows, none my own`, { out: 300 }),

  U('creative_writing', `Erstelle mir bitte die Hintergrundgeschichte für meinen Pen-&-Paper-Charakter: eine Elfen-Alchemistin, die aus ihrer Gilde verstoßen wurde, weil sie ein verbotenes Elixier gebraut hat. Ca. 300 Wörter.`, { lang: 'de', out: 450 }),
];
