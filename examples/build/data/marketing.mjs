// Marketing traffic: copy, SEO, campaigns, social posts, positioning, brand voice.
import { P, SU, T, U } from '../dsl.mjs';

export default [
  U('marketing', `Act as an SEO expert. My site sells handmade ceramic mugs (Shopify). Traffic is 300 visits/month. Give me a 90-day plan: keywords, content ideas, technical fixes, backlinks. Be specific, no fluff.`, { out: 800 }),

  P('marketing', `write 5 instagram captions for a new pumpkin spice cold brew, playful tone, max 2 emojis each, include a CTA`, { out: 250 }),

  U('marketing', `We're launching a B2B invoicing tool for freelancers in Europe. Help me write the landing page hero: headline, subheadline, 3 benefit bullets and a CTA. Competitors: FreshBooks, Holvi, sevDesk.`, { out: 350 }),

  SU('marketing', `You are BrandVoice, an assistant that writes marketing copy in the voice of "Trailhead Outfitters": adventurous, warm, never salesy, short sentences, outdoor metaphors. Avoid superlatives and the words "best", "ultimate", "revolutionary".`,
    `Write the email for our end-of-season sale: 30% off tents and sleeping bags until Nov 10.`, { app: 'api', out: 300 }),

  U('marketing', `Escribe un guion de 30 segundos para un anuncio de radio de una panadería artesanal en Valencia que abre su segunda tienda. Tono cercano y con humor.`, { lang: 'es', out: 250 }),

  U('marketing', `What's a good way to calculate customer acquisition cost when we run Google Ads, LinkedIn ads and a referral program at the same time? Our attribution is a mess.`, { out: 450 }),

  T('marketing', null, [
    `give me 10 name ideas for a dog walking business in Melbourne`,
    `1. Pawsome Strolls
2. Leash & Laneway
3. Wag Walkers Melbourne
4. The Daily Sniff
5. Yarra Tails
6. Happy Hound Rounds
7. Walkies on Collins
8. Four Paws Fitzroy
9. Tailwind Dog Walks
10. The Good Boy Club`,
    `I like Yarra Tails and The Daily Sniff. Can you write a short bio for instagram for each and suggest a logo concept`,
  ], { out: 300 }),

  U('marketing', `Schreib mir einen LinkedIn-Post zur Eröffnung unseres neuen Büros in Hamburg. Wir sind eine Agentur für Employer Branding mit 25 Leuten. Nicht zu werblich, gerne mit einer kleinen Geschichte.`, { lang: 'de', out: 300 }),

  P('marketing', `A/B test ideas for an ecommerce checkout page with 68% cart abandonment`, { out: 400 }),

  U('marketing', `Write Google Ads copy (3 headlines max 30 chars, 2 descriptions max 90 chars) for an emergency plumber in Leeds, 24/7, no call-out fee.`, { out: 150 }),

  U('marketing', `请为一款面向大学生的记账App写一段小红书风格的推广文案，300字左右，要有亲切感，加几个话题标签。`, { lang: 'zh', out: 400 }),

  U('marketing', `Our newsletter open rate dropped from 41% to 23% after Apple Mail Privacy Protection and a domain change. How do I tell what's real decline vs measurement? And how do I fix deliverability?`, { out: 500 }),
];
