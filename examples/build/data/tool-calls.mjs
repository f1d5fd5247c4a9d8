// Agent traffic: events with tool definitions, assistant tool calls and tool results, across categories.
import { M, assistant, callTools, sys, tool, toolResult, user } from '../dsl.mjs';

const str = (description) => ({ type: 'string', description });
const num = (description) => ({ type: 'number', description });

const ORDER_TOOLS = [
  tool('lookup_order', 'Find an order by order number or customer email.', { order_id: str('Order number, e.g. SO-10293'), email: str('Customer email') }, []),
  tool('create_return', 'Open a return for items of an order.', { order_id: str('Order number'), sku: str('Item SKU'), reason: str('Return reason') }),
];
const CODE_TOOLS = [
  tool('read_file', 'Read a file from the repository.', { path: str('Path relative to the repo root') }),
  tool('run_tests', 'Run the test suite or a subset.', { pattern: str('Test file glob') }, []),
  tool('apply_patch', 'Apply a unified diff to the working tree.', { diff: str('Unified diff') }),
];

export default [
  M('other', [
    sys(`You are the support assistant for Northwind Home, an online furniture shop. Use the tools to look up orders. Be warm and brief. Returns are free within 30 days.`),
    user(`Hi, my order hasn't arrived and the tracking hasn't moved in a week. The email on the order is priya.natarajan@example.com`),
    callTools(null, ['call_8f2a', 'lookup_order', { email: 'priya.natarajan@example.com' }]),
    toolResult('call_8f2a', { order_id: 'SO-48213', status: 'in_transit', carrier: 'DHL', last_scan: '2026-10-09 Leipzig hub', items: [{ sku: 'CH-OAK-02', name: 'Oak dining chair', qty: 2 }], ship_to: 'Priya Natarajan, 7 Elm Row, Edinburgh EH7 4AA' }),
    assistant(`Thanks, Priya! I found order SO-48213 (2× oak dining chair). It was last scanned at DHL's Leipzig hub on 9 October, which is longer than it should be. I can open an investigation with DHL, or send a replacement. Which would you prefer?`),
    user(`honestly at this point I'd rather just return it / cancel. I bought other chairs locally`),
  ], { tools: ORDER_TOOLS, app: 'support-bot', pii: ['email', 'person', 'address'], out: 120 }),

  M('general_qa', [
    user(`do I need an umbrella in Munich tomorrow?`),
    callTools(null, ['call_w1', 'get_weather', { city: 'Munich', country: 'DE', date: '2026-10-15' }]),
    toolResult('call_w1', { date: '2026-10-15', summary: 'Light rain in the afternoon', precip_mm: 3.2, precip_probability: 0.7, temp_min_c: 7, temp_max_c: 12 }),
  ], {
    tools: [tool('get_weather', 'Daily forecast for a city.', { city: str('City name'), country: str('ISO country code'), date: str('YYYY-MM-DD') })],
    out: 60,
  }),

  M('programming', [
    sys(`You are an autonomous coding agent working in a TypeScript repository. Use the tools to inspect files, run tests and apply minimal patches. Explain your reasoning briefly before each tool call.`),
    user(`The test "parses durations with hours" is failing since yesterday. Fix it.`),
    callTools(`Let me run that test first to see the failure.`, ['call_1', 'run_tests', { pattern: 'test/util/duration.test.ts' }]),
    toolResult('call_1', `FAIL test/util/duration.test.ts > parseDuration > parses durations with hours
AssertionError: expected 3600 to be 3600000
 ❯ test/util/duration.test.ts:14:35
Tests: 1 failed, 6 passed`),
    callTools(`The result is in seconds instead of milliseconds. Let me read the implementation.`, ['call_2', 'read_file', { path: 'src/util/duration.ts' }]),
    toolResult('call_2', `const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3600 };

export function parseDuration(text: string): number {
  const match = /^(\\d+)(ms|s|m|h)$/.exec(text.trim());
  if (!match) throw new Error('invalid duration');
  return Number(match[1]) * UNITS[match[2]!]!;
}`),
  ], { tools: CODE_TOOLS, app: 'ide-plugin', out: 200 }),

  M('productivity', [
    sys(`You are a scheduling assistant with access to the user's calendar. Today is Tuesday 2026-10-20, timezone Europe/Paris.`),
    user(`Book 45 minutes with Claire Dubois next Thursday afternoon to review the Q4 budget, and invite claire.dubois@example.fr`),
    callTools(null, ['call_cal1', 'find_free_slots', { date: '2026-10-29', duration_minutes: 45, after: '13:00' }]),
    toolResult('call_cal1', { slots: ['14:00', '15:30', '16:15'] }),
    callTools(null, ['call_cal2', 'create_event', { title: 'Q4 budget review', start: '2026-10-29T14:00:00+01:00', duration_minutes: 45, attendees: ['claire.dubois@example.fr'] }]),
    toolResult('call_cal2', { ok: true, event_id: 'evt_7Qx2', link: 'https://calendar.example.com/e/evt_7Qx2' }),
  ], {
    tools: [
      tool('find_free_slots', 'Free slots on a date.', { date: str('YYYY-MM-DD'), duration_minutes: num('Length'), after: str('HH:MM') }, ['date', 'duration_minutes']),
      tool('create_event', 'Create a calendar event.', { title: str('Title'), start: str('RFC 3339'), duration_minutes: num('Length'), attendees: { type: 'array', items: { type: 'string' } } }, ['title', 'start']),
    ],
    pii: ['person', 'email'],
    out: 70,
  }),

  M('finance', [
    sys(`You are a markets assistant. Use get_quote for prices. Do not give personalised investment advice.`),
    user(`how did NVDA and AMD do today and what's the spread in their P/E?`),
    callTools(null, ['q1', 'get_quote', { symbol: 'NVDA' }], ['q2', 'get_quote', { symbol: 'AMD' }]),
    toolResult('q1', { symbol: 'NVDA', price: 182.4, change_pct: -1.8, pe_ttm: 48.2 }),
    toolResult('q2', { symbol: 'AMD', price: 161.05, change_pct: 0.6, pe_ttm: 91.7 }),
  ], {
    tools: [tool('get_quote', 'Latest quote for a ticker (delayed 15 min).', { symbol: str('Ticker symbol') })],
    app: 'api',
    out: 120,
  }),

  M('technology', [
    sys(`You are the FiberNet help assistant. Search the knowledge base before answering technical questions and cite the article id.`),
    user(`how do I change the wifi password on the FiberBox 6`),
    callTools(null, ['kb_1', 'search_kb', { query: 'FiberBox 6 change wifi password' }]),
    toolResult('kb_1', { results: [{ id: 'KB-2211', title: 'Change your Wi-Fi name and password (FiberBox 6)', snippet: 'Open http://192.168.1.1, log in with the admin password on the router label, go to Wi-Fi > Security…' }] }),
  ], {
    tools: [tool('search_kb', 'Search help-centre articles.', { query: str('Search text') })],
    app: 'support-bot',
    pii: ['ip'],
    out: 150,
  }),

  M('science', [
    user(`Here are my lab measurements of pendulum period (s) for lengths 0.2, 0.4, 0.6, 0.8, 1.0 m: 0.91, 1.27, 1.55, 1.80, 2.01. Estimate g with a linear fit of T^2 vs L.`),
    callTools(`I'll fit T² against L with Python.`, ['py1', 'python', { code: `import numpy as np
L = np.array([0.2, 0.4, 0.6, 0.8, 1.0]); T = np.array([0.91, 1.27, 1.55, 1.80, 2.01])
slope, intercept = np.polyfit(L, T**2, 1)
print(slope, intercept, 4*np.pi**2/slope)` }]),
    toolResult('py1', `4.0035 0.0243 9.8608`),
  ], {
    tools: [tool('python', 'Run Python code in a sandbox and return stdout.', { code: str('Python source') })],
    out: 180,
  }),

  M('other', [
    sys(`You are TripMate, a travel booking assistant. Prices are in EUR. Always confirm before booking.`),
    user(`cheapest flight Berlin to Barcelona on Nov 14, back Nov 17, 1 adult, only hand luggage`),
    callTools(null, ['f1', 'search_flights', { from: 'BER', to: 'BCN', depart: '2026-11-14', return: '2026-11-17', adults: 1, bags: 0 }]),
    toolResult('f1', { offers: [{ id: 'OF-1', airline: 'Vueling', price: 118.4, out: '06:40–09:10', back: '21:05–23:40' }, { id: 'OF-2', airline: 'Eurowings', price: 131.9, out: '10:15–12:50', back: '18:30–21:00' }] }),
    assistant(`Two good options:\n1. Vueling, €118.40, out 06:40–09:10, back 21:05–23:40\n2. Eurowings, €131.90, out 10:15–12:50, back 18:30–21:00\nShall I book one of them?`),
    user(`the eurowings one. passenger Anna Lindqvist, born 1991-05-22, passport ending 4471`),
  ], {
    tools: [
      tool('search_flights', 'Search return flights.', { from: str('IATA'), to: str('IATA'), depart: str('date'), return: str('date'), adults: num('count'), bags: num('checked bags') }),
      tool('book_flight', 'Book an offer.', { offer_id: str('Offer id'), passenger_name: str('Full name'), birth_date: str('YYYY-MM-DD') }),
    ],
    pii: ['person', 'dob'],
    out: 90,
  }),

  M('productivity', [
    sys(`You are an email assistant. You can draft and send email on the user's behalf with send_email. Never send without explicit confirmation.`),
    user(`send the signed contract reminder to Olusegun Bello (o.bello@example.org), cc me. say we need it back by Friday`),
    callTools(`Here's the draft I'll send once you confirm.`, ['m1', 'draft_email', { to: ['o.bello@example.org'], cc: ['me'], subject: 'Reminder: signed contract', body: 'Hi Olusegun,\n\nA quick reminder that we need the signed contract back by Friday. Let me know if anything is unclear.\n\nBest regards' }]),
    toolResult('m1', { draft_id: 'dr_551', status: 'draft_saved' }),
    assistant(`Draft saved. To: o.bello@example.org, cc: you. Subject "Reminder: signed contract". Send it?`),
    user(`yes send`),
  ], {
    tools: [
      tool('draft_email', 'Save a draft.', { to: { type: 'array', items: { type: 'string' } }, cc: { type: 'array', items: { type: 'string' } }, subject: str('Subject'), body: str('Body') }, ['to', 'subject', 'body']),
      tool('send_email', 'Send a saved draft.', { draft_id: str('Draft id') }),
    ],
    pii: ['person', 'email'],
    out: 40,
  }),

  M('programming', [
    sys(`You are a GitHub assistant for the repo acme/payments-api. Use the tools to look at issues and pull requests.`),
    user(`which open issues are labelled bug and older than 30 days? group by component`),
    callTools(null, ['gh1', 'list_issues', { state: 'open', labels: ['bug'], created_before: '2026-09-24' }]),
    toolResult('gh1', [
      { number: 412, title: 'Refund webhook retried forever on 410', labels: ['bug', 'webhooks'] },
      { number: 388, title: 'Currency rounding off by one cent for JPY', labels: ['bug', 'billing'] },
      { number: 371, title: 'Idempotency key ignored on PATCH /charges', labels: ['bug', 'api'] },
      { number: 366, title: 'Webhook signature check fails when body has BOM', labels: ['bug', 'webhooks'] },
    ]),
  ], {
    tools: [tool('list_issues', 'List issues.', { state: str('open|closed'), labels: { type: 'array', items: { type: 'string' } }, created_before: str('date') }, ['state'])],
    app: 'api',
    out: 160,
  }),

  M('translation', [
    sys(`You are a localization assistant. Always check the company glossary with lookup_term before translating product terms. Target: German (de-DE), formal "Sie".`),
    user(`Translate: "Sync your workspace to unlock offline mode and smart folders."`),
    callTools(null, ['g1', 'lookup_term', { term: 'workspace', lang: 'de-DE' }], ['g2', 'lookup_term', { term: 'smart folders', lang: 'de-DE' }]),
    toolResult('g1', { term: 'workspace', translation: 'Arbeitsbereich' }),
    toolResult('g2', { term: 'smart folders', translation: 'Intelligente Ordner', note: 'capitalise as product feature' }),
  ], {
    tools: [tool('lookup_term', 'Look up an approved glossary translation.', { term: str('Source term'), lang: str('BCP 47') })],
    app: 'translator',
    out: 40,
  }),

  M('finance', [
    user(`convert 1,250 GBP to EUR and JPY at today's rate`),
    callTools(null, ['fx1', 'convert_currency', { amount: 1250, from: 'GBP', to: 'EUR' }], ['fx2', 'convert_currency', { amount: 1250, from: 'GBP', to: 'JPY' }]),
    toolResult('fx1', { amount: 1436.63, rate: 1.1493, as_of: '2026-10-27' }),
    toolResult('fx2', { amount: 238812, rate: 191.05, as_of: '2026-10-27' }),
  ], {
    tools: [tool('convert_currency', 'Convert with the latest ECB reference rate.', { amount: num('Amount'), from: str('ISO 4217'), to: str('ISO 4217') })],
    out: 50,
  }),

  M('technology', [
    sys(`You are a network operations assistant with read-only tools. Summarise findings for the on-call engineer.`),
    user(`why is api.internal slow right now?`),
    callTools(null, ['n1', 'query_metrics', { service: 'api-gateway', metric: 'p99_latency_ms', window: '30m' }], ['n2', 'query_metrics', { service: 'api-gateway', metric: 'upstream_errors', window: '30m' }]),
    toolResult('n1', { series: [220, 240, 1800, 2100, 1950], unit: 'ms' }),
    toolResult('n2', { series: [0, 2, 340, 410, 385], top_upstream: '10.40.3.17:8443 (auth-svc)' }),
  ], {
    tools: [tool('query_metrics', 'Query a time series.', { service: str('Service'), metric: str('Metric'), window: str('e.g. 30m') })],
    app: 'api',
    pii: ['ip'],
    out: 150,
  }),

  M('other', [
    sys(`You are the assistant of Casa Verde restaurant. You can check and make table reservations.`),
    user(`table for 4 on saturday at 8pm? name is Kowalczyk, phone +48 512 345 678`),
    callTools(null, ['r1', 'check_availability', { date: '2026-10-31', time: '20:00', party_size: 4 }]),
    toolResult('r1', { available: false, alternatives: ['19:00', '21:30'] }),
  ], {
    tools: [
      tool('check_availability', 'Check free tables.', { date: str('YYYY-MM-DD'), time: str('HH:MM'), party_size: num('People') }),
      tool('reserve', 'Reserve a table.', { date: str('date'), time: str('time'), party_size: num('People'), name: str('Name'), phone: str('Phone') }),
    ],
    app: 'support-bot',
    pii: ['person', 'phone'],
    out: 60,
  }),
];
