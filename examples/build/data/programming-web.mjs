// Programming traffic, part 2: TypeScript, JavaScript, React and web back ends.
import { F, P, SU, T, U } from '../dsl.mjs';

const IDE = `You are an expert TypeScript assistant embedded in VS Code. The workspace uses Node 20, ESM, strict TypeScript, vitest and pnpm. Reply concisely and show complete code blocks for changed functions only.`;

export default [
  SU('programming', IDE, `src/api/client.ts

${F}ts
export async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  return res.json();
}
${F}

add a timeout (AbortSignal), retry on 429/503 with exponential backoff, and throw a typed error with the status. don't add dependencies`, { app: 'ide-plugin', out: 520 }),

  U('programming', `TS2345: Argument of type 'string | undefined' is not assignable to parameter of type 'string'.
  Type 'undefined' is not assignable to type 'string'.

const id = req.params.id
await db.user.findUnique({ where: { id } })

I already checked req.params.id exists in the route, why does TS still complain`, { out: 260 }),

  P('programming', `difference between type and interface in typescript, which should I use in 2026`, { out: 380 }),

  U('programming', `My React component re-renders infinitely:

${F}tsx
function Orders({ userId }: { userId: string }) {
  const [orders, setOrders] = useState<Order[]>([]);
  const filters = { status: "open", userId };
  useEffect(() => {
    fetchOrders(filters).then(setOrders);
  }, [filters]);
  return <OrderTable rows={orders} />;
}
${F}`, { out: 300 }),

  SU('programming', IDE, `write a zod schema for this and infer the type from it:
{ "sku": "A-1029", "qty": 3, "price": { "amount": 1299, "currency": "EUR" }, "tags": ["gift"], "note": null }
qty positive int, currency is ISO 4217 3 letters, note optional nullable`, { app: 'ide-plugin', out: 240 }),

  U('programming', `node: "Error [ERR_REQUIRE_ESM]: require() of ES Module /app/node_modules/node-fetch/src/index.js from /app/dist/index.js not supported." I can't switch the whole project to ESM right now. options?`, { out: 330 }),

  U('programming', `Como faço para ordenar um array de objetos em JavaScript por data (campo "criadoEm" em string ISO) e depois por nome em ordem alfabética, ignorando acentos?`, { lang: 'pt', out: 260 }),

  T('programming', `You are a senior frontend engineer. Keep answers practical.`, [
    `I need a debounced search input in React 18 that calls /api/search?q= and cancels stale requests`,
    `Here is a hook that debounces the query and aborts the previous request whenever the query changes:

${F}tsx
export function useSearch(query: string, delayMs = 300) {
  const [results, setResults] = useState<Hit[]>([]);
  useEffect(() => {
    const ctrl = new AbortController();
    const t = setTimeout(async () => {
      if (!query.trim()) return setResults([]);
      const res = await fetch(\`/api/search?q=\${encodeURIComponent(query)}\`, { signal: ctrl.signal });
      setResults(await res.json());
    }, delayMs);
    return () => { clearTimeout(t); ctrl.abort(); };
  }, [query, delayMs]);
  return results;
}
${F}`,
    `nice. the console shows "AbortError: signal is aborted without reason" as an uncaught promise rejection every time I type fast`,
    `That rejection comes from the aborted \`fetch\`. Wrap the body of the timeout callback in try/catch and ignore errors whose \`name\` is \`"AbortError"\`, or pass a reason with \`ctrl.abort("stale")\` and check for it.`,
    `ok and how would I add a loading state and an error state without three separate useStates? useReducer?`,
  ], { app: 'chat-web', out: 450 }),

  P('programming', `Write an Express middleware that logs method, path, status and duration in ms as JSON lines. No external logger.`, { out: 200 }),

  U('programming', `what does "Hydration failed because the initial UI does not match what was rendered on the server" mean in next.js 14? it only happens on the page that shows the current date`, { out: 300 }),

  SU('programming', IDE, `Generate vitest tests for this reducer:

${F}ts
type State = { items: string[]; selected?: string };
type Action = { type: 'add'; item: string } | { type: 'remove'; item: string } | { type: 'select'; item: string };

export function reducer(state: State, action: Action): State {
  switch (action.type) {
    case 'add': return state.items.includes(action.item) ? state : { ...state, items: [...state.items, action.item] };
    case 'remove': return { items: state.items.filter((i) => i !== action.item), selected: state.selected === action.item ? undefined : state.selected };
    case 'select': return state.items.includes(action.item) ? { ...state, selected: action.item } : state;
  }
}
${F}`, { app: 'ide-plugin', out: 480 }),

  U('programming', `CSS question: I want a card grid that is 4 columns on desktop, 2 on tablet and 1 on phones, cards same height, no media queries if possible`, { out: 200 }),

  U('programming', `Как в TypeScript сделать тип, который делает все поля объекта необязательными рекурсивно, включая вложенные массивы объектов? Partial работает только на первом уровне.`, { lang: 'ru', out: 280 }),

  P('programming', `js: check if a string is a valid email. one-liner`, { out: 80 }),

  U('programming', `our stripe checkout test fails in CI. the test fills card 4242 4242 4242 4242, exp 12/34, cvc 123 and expects the success page but gets "Your card was declined". locally it passes. we use stripe-mock in CI. is 4242 supported there or do I need 4111 1111 1111 1111?`, { pii: ['card'], out: 300 }),

  SU('programming', IDE, `Convert this callback code to async/await:

${F}js
function loadConfig(path, cb) {
  fs.readFile(path, 'utf8', (err, raw) => {
    if (err) return cb(err);
    let cfg;
    try { cfg = JSON.parse(raw); } catch (e) { return cb(e); }
    fs.stat(cfg.dataDir, (err2, st) => {
      if (err2) return cb(err2);
      if (!st.isDirectory()) return cb(new Error('dataDir is not a directory'));
      cb(null, cfg);
    });
  });
}
${F}`, { app: 'ide-plugin', out: 220 }),

  U('programming', `Why does [10, 1, 3].sort() give [1, 10, 3] in JavaScript? That seems broken`, { out: 160 }),

  U('programming', `I'm building a chrome extension (manifest v3) that highlights prices on a page and converts them to EUR. Where should the exchange-rate fetch live, content script or service worker? And how do I cache it for an hour?`, { out: 420 }),

  P('programming', `tailwind: center a div vertically and horizontally in the viewport`, { out: 60 }),

  U('programming', `Our Next.js app calls the OpenAI API from the client and somebody found the key in the bundle: sk-proj-Vd3kQ9xT2mLp8RzA1wYbN4cEhJ6uGf0sKoX7tMqWvZ5iLnBa-3PdHyUe8RcTgJ2kF9mS. I rotated it already. How do I move the call to a route handler properly and rate-limit it per user?`, { pii: ['api_key'], out: 500 }),

  U('programming', `write a typescript function that formats bytes as human readable (KB, MB, GB) with 1 decimal, and a second one for durations in ms like "2h 5m 3s"`, { out: 260 }),

  U('programming', `Tengo un backend en NestJS y cuando hago un POST con un archivo grande (200 MB) se cae con "PayloadTooLargeError: request entity too large". Ya subí el límite de body-parser pero sigue igual. Uso multer. ¿Qué me falta?`, { lang: 'es', out: 350 }),
];
