// Long documents (2–8 KB), part 2: a production log, a student essay, a fiction chapter, a complaint thread.
import { SU, T, U } from '../dsl.mjs';

const LOG = `2026-10-22T03:14:07.118Z INFO  [http] POST /v1/payments 201 84ms req=7c1e9a
2026-10-22T03:14:07.502Z INFO  [http] POST /v1/payments 201 91ms req=7c1ea0
2026-10-22T03:14:08.033Z WARN  [db] pool: 18/20 connections in use, 6 waiting
2026-10-22T03:14:08.871Z WARN  [db] pool: 20/20 connections in use, 23 waiting
2026-10-22T03:14:09.915Z ERROR [http] POST /v1/payments 500 5003ms req=7c1eb4
Error: timeout exceeded when trying to connect
    at Timeout._onTimeout (/app/node_modules/pg-pool/index.js:205:27)
    at listOnTimeout (node:internal/timers:581:17)
    at process.processTimers (node:internal/timers:519:7)
2026-10-22T03:14:10.020Z ERROR [http] POST /v1/payments 500 5001ms req=7c1eb9
Error: timeout exceeded when trying to connect
    at Timeout._onTimeout (/app/node_modules/pg-pool/index.js:205:27)
2026-10-22T03:14:10.337Z INFO  [jobs] reconcile-settlements started batch=2026-10-21 rows=182044
2026-10-22T03:14:11.790Z ERROR [http] GET /v1/payments/pay_9Qz 500 5002ms req=7c1ec2
2026-10-22T03:14:12.004Z WARN  [health] /readyz failing: db check timed out after 2000ms
2026-10-22T03:14:14.611Z ERROR [jobs] reconcile-settlements batch=2026-10-21 failed
error: canceling statement due to statement timeout
    at Parser.parseErrorMessage (/app/node_modules/pg-protocol/dist/parser.js:283:98)
    at Parser.handlePacket (/app/node_modules/pg-protocol/dist/parser.js:122:29)
    at Parser.parse (/app/node_modules/pg-protocol/dist/parser.js:35:38)
    at Socket.<anonymous> (/app/node_modules/pg-protocol/dist/index.js:11:42)
  query: UPDATE settlements s SET status = 'matched', matched_at = now() FROM bank_lines b WHERE s.reference = b.reference AND s.amount_cents = b.amount_cents AND b.value_date = $1
  code: 57014
2026-10-22T03:14:14.620Z INFO  [jobs] reconcile-settlements retry 1/5 in 30s
2026-10-22T03:14:15.118Z INFO  [k8s] pod payments-api-7f9c8d-x2k4q readiness probe failed
2026-10-22T03:14:19.442Z INFO  [http] POST /v1/payments 201 3877ms req=7c1ee0
2026-10-22T03:14:44.631Z INFO  [jobs] reconcile-settlements started batch=2026-10-21 rows=182044
2026-10-22T03:14:45.002Z WARN  [db] pool: 20/20 connections in use, 31 waiting
2026-10-22T03:14:50.010Z ERROR [http] POST /v1/payments 500 5004ms req=7c1f03
2026-10-22T03:14:50.118Z ERROR [http] POST /v1/payments 500 5002ms req=7c1f07
2026-10-22T03:14:51.880Z ERROR [jobs] reconcile-settlements batch=2026-10-21 failed
error: canceling statement due to statement timeout
  code: 57014
2026-10-22T03:14:51.883Z INFO  [jobs] reconcile-settlements retry 2/5 in 60s
2026-10-22T03:14:53.201Z INFO  [k8s] pod payments-api-7f9c8d-x2k4q restarted (liveness)
2026-10-22T03:15:02.773Z INFO  [http] POST /v1/payments 201 102ms req=7c1f55
2026-10-22T03:15:51.900Z INFO  [jobs] reconcile-settlements started batch=2026-10-21 rows=182044
2026-10-22T03:15:52.410Z WARN  [db] pool: 20/20 connections in use, 27 waiting`;

const ESSAY = `Should Social Media Companies Be Responsible for Misinformation?

In todays world, social media is everywhere. Billions of people use platforms like Facebook, TikTok and X every day to get news, talk to friends and share their opinions. However, social media has also become a place where false information spreads very fast. This essay will argue that social media companies should be partly responsible for misinformation on their platforms, because they profit from it, because they have the tools to limit it, and because the harm it causes is real.

Firstly, social media companies make money from engagement. The more time users spend on the app, the more ads they see. Studies have shown that false and shocking stories are shared more often then true ones, because they create strong emotions. This means the algorithms that decide what we see often promote misinformation, even if nobody planned it that way. If a company earns money from something harmful, it is fair that they also take some responsibility for it.

Secondly, these companies have the technology to reduce misinformation. They already use artificial intelligence to detect spam, copyright violations and violent content. They could use similar tools to label or slow down posts that are likely false, or to show fact-checks next to them. During the COVID-19 pandemic, some platforms did this and it showed that it is possible. The problem is not that they can't, it's that they don't always want to, because it might reduce engagement.

On the other hand, some people argue that making companies responsible would threaten free speech. Who decides what is true? Governments could pressure platforms to remove opinions they don't like, and mistakes could silence people who are actually right. This is a serious concern. However, responsibility does not have to mean deleting posts. Companies could be required to be transparent about how their algorithms work, to give users more control over their feeds, and to reduce the reach of content that independent fact-checkers have found to be false, instead of removing it completely.

Finally, misinformation causes real harm. False health claims have led people to refuse vaccines or take dangerous substances. Conspiracy theories have led to harassment and even violence. Elections in several countries have been affected by coordinated campaigns of fake accounts. When the consequences are this serious, it is not enough to say "it's just what users post".

In conclusion, social media companies should share responsibility for misinformation because they profit from it, they have the tools to reduce it, and it causes serious harm. This responsibility should focus on transparency and reducing reach rather than censorship, so that free speech is protected while the most dangerous lies spread less.`;

const CHAPTER = `Chapter Three: The Cartographer's Daughter

The maps started arriving the week after the funeral. The first one came folded inside a plain brown envelope, no stamp, no return address, slipped under the door of the shop sometime between closing and dawn. Ilse found it when she came down to open up, still in her father's old cardigan, the sleeves rolled three times.

It was a map of the town. That in itself was not strange: her father had drawn the town a hundred times, for the council, for the tourist office, for the little guidebooks that nobody bought. But this map was wrong. The river bent the other way. The church stood where the bakery should be. And on the hill above the cemetery, where there had only ever been sheep and wind, someone had drawn a house with a tower, and written beneath it, in her father's careful, slanted hand: Ilse, come home.

She sat down on the stool behind the counter and read it four times. Then she put it in the drawer with the receipts and told herself it was a joke, a cruel one, from one of the men at the pub who had never liked him.

The second map came on Thursday. It showed the same town, but now the river had dried up entirely, and the streets were named after people she knew: Bakker Lane, Mrs Aldous Street, a tiny alley called Little Ilse. The house on the hill was larger. Its tower had a window, and in the window, drawn in a few fine strokes, stood a figure with a lamp.

On Saturday she walked up the hill. She did not tell anyone where she was going; there was no one left to tell. The path was muddy, and the sheep watched her with their usual contempt. At the top there was no house. There was the old stone wall, the hawthorn bent almost flat by a century of wind, and the view down over the roofs to the grey line of the sea. She stood there until her fingers went numb, feeling foolish and, underneath the foolishness, something else she did not want to name.

When she came back, the third map was waiting on the counter. Not under the door. On the counter, inside the locked shop, squared neatly with the edge of the wood the way her father always squared his papers. This one was not of the town at all. It was of the shop itself, every shelf and drawer, every crack in the floorboards, and in the back room, where the big plan chest stood, there was a small cross in red ink, and beside it a single word: Here.

Ilse did not sleep that night. At three in the morning she took the torch from the kitchen drawer and went downstairs. The plan chest had twelve drawers, and she had emptied eleven of them in the days after the funeral, sorting out what could be sold. The twelfth, the lowest, had always stuck. Her father used to say the damp had got into it. She knelt on the cold floor, braced her foot against the leg of the chest, and pulled.

The drawer came free with a shriek of old wood. Inside there were no maps. There was a compass with a cracked glass, a child's drawing of a house with a tower, signed in crayon with her own name and the year she turned six, and an envelope addressed to her in his handwriting, dated three days before he died.`;

const THREAD = `From: Gareth Pryce <gareth.pryce@example.co.uk>
To: support@lumenkitchen.example
Subject: Re: Re: Order LK-77120 - oven still not delivered

Hi,

This is now my fourth email. I ordered the Lumen 60cm built-in oven on 2 October and paid £649 in full (Visa ending 1111). I was told delivery would be 9 October. Nobody came. I took a day off work. On the 12th your team said it was "rescheduled for the 16th". Again nobody came and nobody called. The tracking page has said "preparing for dispatch" for three weeks.

Our kitchen fitter has now been waiting for ten days and is charging us for the delay. We have two small children and no oven. I would like either a firm delivery date with a named courier, or a full refund, and I would like you to cover the fitter's waiting fee of £180, for which I can send the invoice.

My phone number is 07700 900461 and the delivery address is 23 Caerleon Road, Newport NP19 7BX, in case that has somehow been lost.

Gareth Pryce

---
On 12 Oct, Lumen Kitchen Support wrote:
> Dear Gareth, we apologise for the inconvenience. Your order has been rescheduled for delivery on 16 October. Kind regards, Lumen Support Team

---
On 10 Oct, Gareth Pryce wrote:
> Hello, my oven was supposed to be delivered yesterday and nobody turned up. Can you tell me what happened?`;

export default [
  U('programming', `We had an incident at 03:14 UTC. Payments API returned 500s for about two minutes. Here's the log. What's the likely root cause and what should we change so it doesn't happen again?

${LOG}`, { out: 650 }),

  SU('education', `You are an English writing tutor for ESL university students. Give feedback in three parts: strengths, language errors (quote and correct each), and structure/argument. Do not rewrite the whole essay.`,
    `Here's my argumentative essay for my writing class, please give feedback:\n\n${ESSAY}`, { app: 'chat-web', out: 800 }),

  T('creative_writing', `You are an experienced fiction editor. Give specific, kind but honest notes on pacing, voice, and clarity. Quote the lines you comment on.`, [
    `This is chapter 3 of my literary mystery. Chapters 1–2 set up that Ilse's father, a cartographer, died suddenly and she took over his map shop in a Dutch coastal town. Does this chapter work? Is the ending too convenient?\n\n${CHAPTER}`,
  ], { app: 'story-app', out: 700 }),

  SU('productivity', `You are a customer service writing assistant for Lumen Kitchen. Draft replies that are empathetic, take ownership, give concrete next steps and never promise anything the agent cannot guarantee. Mark placeholders with [brackets].`,
    `Draft a reply to this thread. We can offer: delivery on 30 October with courier "Hallam Logistics" (AM slot), or a full refund within 5 working days. Manager approved up to £100 goodwill credit, not the full fitter fee.\n\n${THREAD}`, { app: 'support-bot', pii: ['person', 'email', 'phone', 'address'], out: 400 }),
];
