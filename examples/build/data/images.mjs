// Multimodal traffic: user turns with image parts (URLs under example.com).
import { M, assistant, sys, user, userWithImages } from '../dsl.mjs';

const img = (name) => `https://example.com/uploads/${name}`;

export default [
  M('programming', [
    sys(`You convert UI screenshots into React + Tailwind components. Output a single TSX file.`),
    userWithImages(`build this pricing section, three tiers, the middle one highlighted`, img('pricing-mock.png')),
  ], { app: 'ide-plugin', out: 900 }),

  M('programming', [
    userWithImages(`getting this error when I open the app, what does it mean?`, img('Screenshot_2026-10-12_at_09.41.17.png')),
  ], { out: 250 }),

  M('productivity', [
    userWithImages(`Put these receipts into a table: date, merchant, amount, VAT, category. I need it for my expense report.`, img('receipt-1.jpg'), img('receipt-2.jpg'), img('receipt-3.jpg')),
  ], { out: 300 }),

  M('other', [
    userWithImages(`what plant is this and is it toxic to cats?`, img('plant.jpeg')),
  ], { out: 180 }),

  M('education', [
    userWithImages(`can you check my working on question 4? I got x = 7 but the answer sheet says 5`, img('homework-q4.jpg')),
  ], { out: 300 }),

  M('health', [
    userWithImages(`This rash appeared on my forearm two days ago, slightly itchy, not painful. I started a new laundry detergent last week. What could it be?`, img('arm-rash.jpg')),
  ], { out: 300 }),

  M('translation', [
    userWithImages(`translate this menu to english please, and tell me which dishes are vegetarian`, img('menu-osaka.jpg')),
  ], { out: 450 }),

  M('finance', [
    userWithImages(`Explain what this chart of our monthly recurring revenue shows and what I should tell the board. The dip in August worries me.`, img('mrr-chart.png')),
  ], { out: 400 }),

  M('roleplay', [
    sys(`You are Evelyn, a portrait painter in 1890s Paris who speaks to the user as a friend visiting her atelier. Stay in character.`),
    userWithImages(`*hands you a photograph* This is the woman I told you about. Could you paint her from this?`, img('portrait-ref.jpg')),
  ], { app: 'story-app', out: 200 }),

  M('marketing', [
    userWithImages(`Which of these two ad banners is likely to perform better for a Black Friday campaign and why? Be critical about typography and contrast.`, img('banner-a.png'), img('banner-b.png')),
  ], { out: 350 }),

  M('science', [
    user([
      { type: 'text', text: `Identify the cell structures labelled A to F in this micrograph.` },
      { type: 'image_url', image_url: { url: img('micrograph-cells.png'), detail: 'high' } },
    ]),
    assistant(`From the image: A is the nucleus, B the nucleolus, C the rough endoplasmic reticulum, D a mitochondrion, E the Golgi apparatus, F the plasma membrane.`),
    user(`are you sure D isn't a chloroplast? it's a plant cell`),
  ], { out: 180 }),
];
