// Programming traffic, part 3: SQL, Rust, Go, Bash, Java and C++, including pasted logs and secrets.
import { F, P, SU, T, U } from '../dsl.mjs';

const SQL_BOT = `You are DataBuddy, an assistant that writes PostgreSQL 16 queries for analysts. Return one query in a sql code block, then one sentence on any assumption you made.`;

export default [
  SU('programming', SQL_BOT, `tables: orders(id, customer_id, created_at, total_cents, status), customers(id, country, signup_date)
monthly revenue per country for 2026, only status='paid', plus month-over-month growth %`, { app: 'api', out: 300 }),

  U('programming', `This query takes 14 seconds on 30M rows:

${F}sql
SELECT * FROM events
WHERE lower(email) = lower($1)
  AND created_at > now() - interval '30 days'
ORDER BY created_at DESC
LIMIT 50;
${F}

there's an index on email and one on created_at. EXPLAIN shows a seq scan. what index do I need?`, { out: 330 }),

  P('programming', `SQL: find duplicate rows in a table users by (first_name, last_name, birth_date) and keep only the one with the lowest id. postgres`, { out: 200 }),

  U('programming', `what is the difference between a LEFT JOIN with a condition in the ON clause vs in the WHERE clause? I get different row counts and don't understand why`, { out: 380 }),

  SU('programming', SQL_BOT, `schema: sessions(user_id, started_at, ended_at). I need, per day, the max number of users online at the same time`, { app: 'api', out: 340 }),

  U('programming', `Rust borrow checker again:

${F}rust
fn longest_word(words: &Vec<String>) -> &str {
    let mut best = String::new();
    for w in words {
        if w.len() > best.len() {
            best = w.clone();
        }
    }
    &best
}
${F}

error[E0515]: cannot return reference to local variable \`best\`. how do I return a slice without cloning everything?`, { out: 300 }),

  U('programming', `In Rust, when should I use Box<dyn Error> vs anyhow vs thiserror? Writing a CLI that will later become a library.`, { out: 420 }),

  T('programming', null, [
    `tokio program hangs forever, no error:

${F}rust
let (tx, mut rx) = mpsc::channel::<Job>(100);
for j in jobs { tx.send(j).await?; }
while let Some(job) = rx.recv().await {
    process(job).await;
}
println!("done");
${F}`,
    `\`rx.recv()\` only returns \`None\` once every sender is dropped. \`tx\` is still alive in this scope, so the loop waits forever after the last job. Add \`drop(tx);\` after the sending loop.`,
    `that fixed it, thanks. now: if process() is slow, how can I run up to 8 of them concurrently but keep the channel?`,
  ], { out: 380 }),

  P('programming', `bash one-liner: find all .log files older than 14 days under /var/log/myapp and gzip them, skip files that are open`, { out: 120 }),

  U('programming', `my bash script works when I run it by hand but not from cron. it uses aws cli and jq. cron log says "aws: command not found". here's the crontab line:
*/15 * * * * /home/deploy/bin/sync.sh >> /tmp/sync.log 2>&1`, { out: 260 }),

  U('programming', `can you check this deploy script? It worked last week and now fails with "Permission denied (publickey)".

${F}bash
#!/usr/bin/env bash
set -euo pipefail
export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
aws s3 sync ./build s3://acme-static-prod --delete
ssh -i ~/.ssh/deploy_ed25519 deploy@203.0.113.42 'sudo systemctl restart acme-web'
${F}`, { pii: ['api_key', 'ip'], out: 380 }),

  U('programming', `Go: what's the idiomatic way to cancel a group of goroutines when the first one fails? errgroup? and how do I still collect partial results`, { out: 400 }),

  U('programming', `panic: assignment to entry in nil map

goroutine 1 [running]:
main.(*Cache).Put(...)
        /home/lena/src/cachesvc/cache.go:27
main.main()
        /home/lena/src/cachesvc/main.go:14 +0x1d
exit status 2

type Cache struct { items map[string][]byte; mu sync.Mutex }`, { out: 200 }),

  P('programming', `Write a Go HTTP handler that accepts a JSON body {"url": "..."} , validates it, and returns a short code. Store in a map with a mutex for now.`, { out: 420 }),

  U('programming', `Spring Boot 3 app fails to start:

***************************
APPLICATION FAILED TO START
***************************

Description:

Failed to configure a DataSource: 'url' attribute is not specified and no embedded datasource could be configured.

Reason: Failed to determine a suitable driver class

I have spring.datasource.url=jdbc:postgresql://db.internal:5432/orders?user=orders_app&password=Tr0ub4dor-Prod-2026 in application-prod.properties and I start it with --spring.profiles.active=prod`, { pii: ['password'], out: 350 }),

  U('programming', `java streams: group a List<Transaction> by month (LocalDate date) and sum BigDecimal amount, result sorted by month. clean version please`, { out: 250 }),

  U('programming', `C++: why does this crash only in release builds?

${F}cpp
std::vector<int> v = {1, 2, 3};
for (auto it = v.begin(); it != v.end(); ++it) {
    if (*it == 2) v.push_back(4);
}
${F}`, { out: 260 }),

  U('programming', `docker build keeps failing at "RUN pip install -r requirements.txt" with "ERROR: Could not build wheels for psycopg2". base image python:3.12-slim. I don't want a 1GB image`, { out: 280 }),

  U('programming', `Kubernetes pod stuck in CrashLoopBackOff. kubectl logs shows:

2026-10-14T08:12:44.913Z INFO  starting worker pid=1
2026-10-14T08:12:45.207Z ERROR failed to connect to redis at 10.96.14.201:6379: dial tcp 10.96.14.201:6379: connect: connection refused
2026-10-14T08:12:45.208Z FATAL exiting

redis is a separate deployment in the same namespace. service name is redis-master. what's the best way to debug connectivity from inside the cluster?`, { pii: ['ip'], out: 420 }),

  U('programming', `I committed my .env to a public GitHub repo an hour ago. It had GITHUB_TOKEN=ghp_R8fK2xLq9TzV4mNw7YpC1bHs6JdG3aEuQo5i and a Postgres URL. I deleted the file in a new commit. Is that enough? What exactly should I do now?`, { pii: ['api_key'], out: 450 }),

  U('programming', `Debugging auth: my API returns 401 and I can't see why. The token the frontend sends is

Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyXzg4MjEiLCJlbWFpbCI6Im1hcmNvLnJvc3NpQGV4YW1wbGUuY29tIiwicm9sZSI6ImFkbWluIiwiZXhwIjoxNzkxNjAwMDAwfQ.Qm9ndXNTaWduYXR1cmVGb3JFeGFtcGxlT25seQ

the backend uses jsonwebtoken.verify with process.env.JWT_SECRET. could an exp in the past cause 401 instead of 403?`, { pii: ['jwt'], out: 320 }),

  U('programming', `ssh keeps saying "Load key "/home/ravi/.ssh/id_rsa": invalid format". this is the key my colleague sent me (it's only for the staging box):

{{PEM_KEY}}

is the format wrong or is it the line endings? he copied it from Windows`, { pii: ['private_key'], out: 300 }),

  P('programming', `explain big-O of python dict lookup vs list search with a small benchmark`, { out: 350 }),

  U('programming', `git: I did a rebase and now my last 3 commits are gone. git log doesn't show them. please help, that's 2 days of work`, { out: 300 }),

  U('programming', `GitHub Actions: how do I cache the pnpm store and the Next.js .next/cache between runs, and only run e2e tests when files under apps/web change?`, { out: 450 }),
];
