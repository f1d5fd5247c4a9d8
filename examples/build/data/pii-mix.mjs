// Everyday requests in several categories whose text carries fictional PII (contacts, IDs, accounts, devices).
import { F, P, SU, T, U } from '../dsl.mjs';

export default [
  U('productivity', `Clean up this contact list into a table with name, country, phone in E.164 format:

Ana Beatriz Souza - Brazil - (11) 98765-4321
Vikram Iyer - India - 098450 12345
Chloé Martin - France - 01 42 68 53 00
Mehmet Yılmaz - Turkey - 0532 123 45 67
Olivia Brown - USA - 202-555-0173`, { pii: ['person', 'phone'], out: 200 }),

  U('finance', `Can you check if this invoice is complete for an EU B2B sale? 

Invoice 2026/118 from Sol y Mar Consultores S.L., CIF B12345674, Calle de Alcalá 77, 28009 Madrid
To: Verde Analytics GmbH, USt-IdNr. DE123456789, Torstraße 140, 10119 Berlin
Service: market research, October 2026: 4,800.00 EUR, VAT 0% (reverse charge)
Payment: IBAN ES91 2100 0418 4502 0005 1332`, { pii: ['iban', 'address', 'tax_id'], out: 300 }),

  U('health', `I need to write to my GP surgery to ask for my mother's repeat prescription to be sent to a different pharmacy. Her details: Margaret Ellis, NHS number 943 476 5919, DOB 12/07/1948, 9 Orchard Close, Bath BA2 3LN. New pharmacy: Widcombe Pharmacy. Can you draft it?`, { pii: ['person', 'health_id', 'dob', 'address'], out: 200 }),

  U('education', `Please write a recommendation letter for my former student, Isabella Conti (isabella.conti@example.it), applying for a master's in environmental engineering at TU Delft. She was top 5% in my fluid mechanics course, led the campus water-quality project and is very reliable. I'm Prof. Daniel Achterberg, University of Padua.`, { pii: ['person', 'email'], out: 450 }),

  U('technology', `My router log shows an unknown device. Is this something to worry about?

DHCP ACK: 192.168.0.23 -> 00:1A:2B:3C:4D:5E (hostname: android-7f3a9c)
DHCP ACK: 192.168.0.31 -> 3C:22:FB:9A:10:E4 (hostname: Living-Room-TV)
DHCP ACK: 192.168.0.44 -> F4:5C:89:B2:7D:01 (hostname: unknown)
WAN IP: 192.0.2.146`, { pii: ['ip', 'mac'], out: 250 }),

  U('finance', `I sent 0.05 BTC to bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq three hours ago and it still shows 0 confirmations. The fee was 4 sat/vB. Is it stuck? Can I speed it up?`, { pii: ['crypto'], out: 300 }),

  U('other', `help me make a wedding guest list spreadsheet from these notes, columns: name, address, plus-one (y/n), dietary:

- aunt Gloria Reyes, 501 Bayview Dr, San Diego CA 92109, +1 w/ Frank, vegetarian
- Sam & Jordan Whitley, 18 Birch Lane, Portland OR 97205, no plus one, Jordan gluten free
- Grandpa Ed (Edward Marsh), 77 Hillcrest Rd, Boise ID 83702, alone, low salt`, { pii: ['person', 'address'], out: 200 }),

  U('programming', `docker compose up fails with "password authentication failed for user app". my compose file:

${F}yaml
services:
  api:
    environment:
      DATABASE_URL: postgres://app:Winter2026!@db:5432/appdb
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: Winter2026
${F}`, { pii: ['password'], out: 180 }),

  U('programming', `AWS says "An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::123456789012:user/ci-deployer is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/prod-deploy". The access key is AKIA4EXAMPLEQ7RZT2WB. What policy do I need on which side?`, { pii: ['api_key'], out: 300 }),

  SU('legal', `You help tenants write formal complaint letters. Keep them factual and cite the dates provided.`,
    `Write a complaint to my letting agent, Pemberton Lettings (lettings@pemberton.example.co.uk), about mould in the bedroom reported on 3 Sep and 1 Oct with no action. Property: Flat 2, 15 Victoria Terrace, Cardiff CF10 3AB. Tenant: Bethan Lloyd, tel 029 2018 0123.`, { app: 'chat-web', pii: ['email', 'address', 'person', 'phone'], out: 350 }),

  P('marketing', `Segment these newsletter subscribers by likely interest based on the signup source and suggest one email topic per segment:

noah.kim@example.com, source: webinar "Intro to Budgeting"
f.abdullah@example.ae, source: blog post "Retire early in the Gulf"
m.kowalska@example.pl, source: ebook "Investing 101"
li.wei@example.cn, source: webinar "Intro to Budgeting"`, { app: 'api', pii: ['email'], out: 250 }),

  T('general_qa', null, [
    `what's my ip address`,
    `I can't see your IP address. You can find it by searching "what is my IP" or visiting a site like ifconfig.me. Your public IP is assigned by your internet provider.`,
    `it says 203.0.113.58. can people find my home address from that?`,
  ], { pii: ['ip'], out: 200 }),

  U('productivity', `Trage bitte diese Daten in eine Vorlage für eine Vollmacht ein: Ich, Jonas Becker, geb. 04.09.1985, wohnhaft in der Goethestraße 21, 80336 München, bevollmächtige meine Schwester Miriam Becker, Tel. +49 151 23456789, zur Abholung meines Pakets bei der Post.`, { lang: 'de', pii: ['person', 'dob', 'address', 'phone'], out: 200 }),

  U('other', `I'm selling my car privately. Write a short ad: 2018 Toyota Corolla, 92,000 km, one owner, full service history, VIN JT2AE09W1P0038405, €11,900, call Peter on 087 123 4567 (Dublin).`, { pii: ['person', 'phone', 'vehicle_id'], out: 150 }),
];
