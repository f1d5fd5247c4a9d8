// Productivity traffic: emails, summaries, spreadsheets, meeting notes, planning, CVs (some with fictional PII).
import { P, SU, T, U } from '../dsl.mjs';

export default [
  U('productivity', `Rewrite this email to sound more professional but still friendly:

"hey, so the report isn't done yet because the data from finance came late again. I'll have it by thursday probably. sorry!"`, { out: 120 }),

  U('productivity', `Excel formula: I have dates in column A and sales in column B. I need the total sales for the current month only, and it should update automatically.`, { out: 150 }),

  P('productivity', `write a polite email to Dr. Nadia Rahman (n.rahman@example.org) declining her meeting invite for Thursday because I have a conflict, suggest two alternative times next week`, { pii: ['person', 'email'], out: 130 }),

  U('productivity', `Google Sheets: how do I highlight the whole row when column D says "Overdue"?`, { out: 130 }),

  U('productivity', `Turn these notes into a clear action-item list with owners and due dates:

- sam to check w/ legal re contract v3 before fri
- need new logo files from agency (ask priya)
- budget q4: jo says 10% cut likely, wait for cfo
- launch moved to nov 17?? confirm with eng (marcus)
- someone book the venue for offsite, nobody volunteered lol`, { out: 200 }),

  U('productivity', `Can you write me a cover letter for a junior data analyst position at a logistics company? My background: BSc Economics, 1 year as operations assistant at a warehouse, I know SQL, Excel, some Python and Power BI.`, { out: 450 }),

  U('productivity', `Schreibe eine höfliche Erinnerung an einen Kunden, dass die Rechnung Nr. 2026-0419 über 1.840,00 € seit 14 Tagen überfällig ist. Bankverbindung: IBAN DE89 3704 0044 0532 0130 00, Verwendungszweck Rechnungsnummer. Nicht zu streng, es ist ein guter Stammkunde.`, { lang: 'de', pii: ['iban'], out: 220 }),

  T('productivity', `You are an executive assistant. Be concise, use bullet points, and confirm details before sending anything.`, [
    `Draft an email to the team announcing that the office will be closed on Friday Nov 6 for maintenance and everyone should work from home`,
    `Subject: Office closed Friday, Nov 6: please work from home

Hi team,

Our office will be closed on **Friday, November 6** for building maintenance. Please plan to work from home that day.

- Take home anything you'll need (laptop, chargers, documents) by Thursday evening.
- Meetings booked in office rooms will move to video calls.
- The office reopens Monday, November 9 as usual.

Thanks for your flexibility!`,
    `good. add that parking garage will also be closed, and sign it from Helen Marsh, Office Manager. make it a bit warmer`,
  ], { pii: ['person'], out: 220 }),

  U('productivity', `How can I stop procrastinating on big tasks? I work remotely and I end up answering Slack all day and doing the real work at 10pm.`, { out: 450 }),

  P('productivity', `make a weekly meal prep grocery list for 2 people, vegetarian, budget around 60 euros`, { out: 350 }),

  U('productivity', `Summarize this Slack thread in 3 bullet points for my manager:

Tom: the deploy failed again, same migration error
Aisha: it's the index on orders.created_at, takes too long and the job times out
Tom: can we run it concurrently?
Aisha: yes, CREATE INDEX CONCURRENTLY, but it can't run inside a transaction and our migration tool wraps everything
Leo: we can mark that migration as non-transactional, there's a flag
Tom: ok let's do that and redeploy tonight after 8
Aisha: I'll update the migration, Leo reviews
Leo: 👍`, { out: 100 }),

  U('productivity', `Please polish my CV summary:

"Hardworking project manager with experience in many projects. I am good at communication and teamwork and I always meet deadlines. Looking for new challenges."

I have 7 years in construction project management, managed budgets up to €4M, PMP certified.`, { out: 150 }),

  U('productivity', `会議の議事録を以下の内容から作成してください。日時：10月21日 14:00-15:00、参加者：佐藤、田中、李、議題：新製品の発売日、決定事項：発売日は12月5日に延期、宣伝予算は変更なし、次回会議は10月28日。`, { lang: 'ja', out: 250 }),

  U('productivity', `Help me plan my week. I have: 3 client calls (Mon, Wed, Thu mornings), a report due Friday noon, gym 3x, kid pickup at 3:30 every day, and I want 2 deep-work blocks for a side project.`, { out: 400 }),

  U('productivity', `Write a short out-of-office reply: away Oct 26 to Nov 2, for urgent matters contact my colleague Dev Raman at dev.raman@example.com or +1 (312) 555-0187.`, { pii: ['person', 'email', 'phone'], out: 80 }),

  U('productivity', `Reformule ce message pour mon propriétaire de façon plus diplomatique : "Ça fait 3 semaines que le chauffe-eau est en panne et personne n'est venu, c'est inadmissible."`, { lang: 'fr', out: 100 }),

  U('productivity', `I need a simple Notion template structure for tracking job applications: company, role, date applied, status, contacts, next step. What properties and views?`, { out: 300 }),

  SU('productivity', `You summarize documents for busy readers. Output: a one-sentence TL;DR, then up to 5 bullets, then "Open questions" if any.`,
    `Summarize: Our Q3 customer survey (n=1,240) shows satisfaction rose from 7.2 to 7.6. The biggest complaint remains onboarding (38% of negative comments), especially the setup of integrations. Mobile app ratings improved after the September redesign (4.1 → 4.5). Enterprise customers ask for SSO and audit logs; 12 of 40 enterprise accounts mention it as a renewal condition. Support response time rose from 4h to 7h due to staff shortages. NPS: 31 (Q2: 27).`, { app: 'api', out: 180 }),

  U('productivity', `Escreva um e-mail para meu chefe pedindo para trabalhar de casa duas vezes por semana. Quero argumentar com produtividade e economia de tempo de deslocamento (1h30 por dia).`, { lang: 'pt', out: 250 }),

  U('productivity', `Can you make a packing checklist for a 4-day business trip to Singapore with one client dinner?`, { out: 250 }),

  U('productivity', `Fill in this form letter for our new employee onboarding and return it as a clean block:

Name: Jerome A. Whitaker
Start date: 2 November 2026
Address: 1184 Maple Crest Drive, Columbus, OH 43215
SSN: 078-05-1120
Emergency contact: Dana Whitaker, (614) 555-0199
Bank for payroll: routing 011000015, account 000123456789`, { pii: ['person', 'address', 'ssn', 'phone', 'bank_account'], out: 200 }),

  P('productivity', `Write a concise status update for stakeholders: migration to the new CRM is 70% done, contact import finished, custom fields delayed by 1 week due to vendor API limits, go-live still planned for Nov 30.`, { out: 150 }),
];
