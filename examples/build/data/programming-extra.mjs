// Programming traffic, part 5: terse API prompts, seed data and configs that carry fictional PII and secrets.
import { F, P, SU, T, U } from '../dsl.mjs';

const AUTOCOMPLETE = `You are a code completion engine. Continue the code at <CURSOR>. Output only code, no explanation.`;

export default [
  P('programming', `${AUTOCOMPLETE}

// file: src/lib/slugify.ts
export function slugify(input: string): string {
  return input
    .normalize('NFKD')
    <CURSOR>`, { app: 'ide-plugin', out: 40 }),

  P('programming', `${AUTOCOMPLETE}

# file: scripts/backup.sh
#!/usr/bin/env bash
set -euo pipefail
BACKUP_DIR=/var/backups/pg
STAMP=$(date +%Y%m%d-%H%M)
<CURSOR>`, { app: 'ide-plugin', out: 60 }),

  P('programming', `${AUTOCOMPLETE}

// file: internal/store/user.go
func (s *Store) UserByEmail(ctx context.Context, email string) (*User, error) {
	row := s.db.QueryRowContext(ctx, <CURSOR>`, { app: 'ide-plugin', out: 70 }),

  P('programming', `Generate 5 rows of realistic seed data for a users table (id, full_name, email, phone, city) as a SQL INSERT statement. Use example.com emails.`, { out: 250 }),

  U('programming', `this CSV import breaks on row 3, why?

id,name,email,phone,notes
1,Aiko Tanaka,aiko.tanaka@example.jp,+81 90-1234-5678,"prefers email"
2,Lars Eriksen,lars.eriksen@example.no,+47 912 34 567,
3,"O'Brien, Siobhan",siobhan.obrien@example.ie,+353 85 123 4567,"said "call after 5""
4,Rahul Mehta,rahul.mehta@example.in,+91 98765 43210,

using python csv.DictReader with default settings`, { pii: ['person', 'email', 'phone'], out: 220 }),

  U('programming', `Our Slack alert stopped working. Here's the code, the webhook URL is https://hooks.slack.com/services/T0EXAMPLE/B0EXAMPLE/Xk9vQ2mR7tLp4zWc8nYb1sHd and it returns 404 "no_team". Did Slack change something or is the URL revoked?

${F}python
requests.post(WEBHOOK, json={"text": f"Deploy {version} finished"}, timeout=5)
${F}`, { pii: ['api_key'], out: 200 }),

  SU('programming', `You are a DevOps assistant. Answer with shell commands where possible and explain risks.`,
    `postgres is refusing connections from the new app server 172.31.44.10. pg_hba.conf has "host all all 172.31.0.0/20 md5". the db server is 172.31.12.5. what else could block it?`, { app: 'chat-web', pii: ['ip'], out: 300 }),

  U('programming', `We use Stripe test mode. The webhook handler rejects every event with "No signatures found matching the expected signature for payload". My code:

${F}ts
const event = stripe.webhooks.constructEvent(JSON.stringify(req.body), req.headers['stripe-signature'], 'whsec_5f2b8c1d9e7a4b3c6d0e1f2a3b4c5d6e');
${F}

stripe key is sk_test_51Nz8ExampleKeyOnlyForDocsQw3rTy7uIoP. express with app.use(express.json())`, { pii: ['api_key'], out: 260 }),

  U('programming', `npm install fails in CI with 401 on our private registry. .npmrc is:

//npm.pkg.github.com/:_authToken=ghp_Zq7Yk1Wm4Tn8Pv2Xc6Lb0Ra9Sd3Fg5Hj1Ke7
@acme:registry=https://npm.pkg.github.com

works on my laptop though`, { pii: ['api_key'], out: 250 }),

  U('programming', `curl -u admin:S3cretAdm1n! https://198.51.100.77:8443/api/v2/devices gives "SSL certificate problem: self signed certificate". how do I trust the cert properly instead of -k?`, { pii: ['password', 'ip'], out: 240 }),

  U('programming', `Write a TypeScript function that masks an email for display: "jonathan.doe@example.com" -> "jo******e@example.com". Handle short local parts.`, { out: 180 }),

  T('programming', `You are a helpful assistant for an e-commerce engineering team. Prefer PostgreSQL and TypeScript.`, [
    `customers report being charged twice. our logs show two charge requests 80ms apart from the same browser. what's the standard fix?`,
    `Use idempotency keys: the client generates a unique key per checkout attempt (e.g. a UUID stored with the cart) and sends it with the charge request. The server stores the key with the result, and a repeated request with the same key returns the stored result instead of charging again. Also disable the pay button after the first click, but never rely on that alone.`,
    `we call stripe. do I need my own idempotency table or does stripe handle it?`,
    `Stripe accepts an \`Idempotency-Key\` header and deduplicates for 24 hours, so pass your checkout key through. You still want your own record so that your order creation is idempotent too: a unique constraint on (checkout_id) in your orders table makes the second insert fail cleanly.`,
    `ok. show me the table + the handler code with the unique constraint and the retry handling`,
  ], { out: 550 }),

  P('programming', `bash: count unique IPs in an nginx access log and show the top 10 with counts`, { out: 60 }),

  U('programming', `Rust: implement Display for an enum with 4 variants, one of which holds a Vec<String>, and print them comma separated`, { out: 200 }),

  U('programming', `Wie schreibe ich in SQL eine rekursive CTE, um alle Unterkategorien einer Kategorie (Tabelle categories mit id, parent_id, name) zu finden, inklusive Tiefe?`, { lang: 'de', out: 250 }),

  P('programming', `Explain this error and fix: "TypeError: Cannot read properties of undefined (reading 'map')" in React when rendering data.items.map(...)`, { out: 200 }),

  U('programming', `Python: parse dates like "3rd of March 2026", "03/04/26" (UK format), "2026-03-04T10:00:00+01:00" into datetime. what library handles all of them?`, { out: 250 }),

  U('programming', `Code review please, this is our password reset token:

${F}js
const token = Math.random().toString(36).substring(2, 10);
await db.resets.insert({ userId, token, expires: Date.now() + 7 * 24 * 3600 * 1000 });
await mail.send(user.email, \`Reset: https://app.example.com/reset?token=\${token}\`);
${F}`, { out: 300 }),

  P('programming', `write a GitHub Actions workflow that runs pytest on python 3.10, 3.11, 3.12 and uploads coverage`, { out: 280 }),
];
