// Long documents (2–8 KB), part 1: a meeting transcript, a contract clause and a German article.
import { SU, U } from '../dsl.mjs';

const TRANSCRIPT = `[00:00:04] Rachel Okonkwo: Okay, I think everyone's here. Marcus, can you hear us? You were on mute a second ago.
[00:00:09] Marcus Lindgren: Yep, I'm here. Sorry, train wifi.
[00:00:12] Rachel Okonkwo: No worries. So this is the weekly sync for the checkout redesign. Agenda: status of the payment step, the accessibility audit results, the A/B test plan, and then the launch date, which I know is the one everybody wants to talk about. Let's keep it to 45 minutes.
[00:00:31] Rachel Okonkwo: Sunita, do you want to start with the payment step?
[00:00:35] Sunita Rao: Sure. So the new payment form is feature-complete on web. Card, PayPal and Apple Pay work end to end in staging. Google Pay is still blocked because we're waiting for the merchant verification, and support told us five to seven business days, which they told us two weeks ago as well.
[00:00:58] Marcus Lindgren: Did anyone escalate that?
[00:01:01] Sunita Rao: I emailed our account manager on Monday. No reply yet. I can try the partner phone line.
[00:01:07] Rachel Okonkwo: Please do, and copy me. If Google Pay isn't ready we launch without it and add it later, I don't want it to block the whole thing. It's about four percent of payments on the old checkout anyway.
[00:01:19] Sunita Rao: Agreed. The other open point is 3-D Secure. The challenge window renders inside a modal now, and on small Android phones the modal is cut off at the bottom. You can't see the submit button of the bank's page. We've reproduced it on two devices.
[00:01:37] Tomasz Nowak: That's the viewport height thing again. We set the modal to 90vh, and on Chrome Android the address bar changes the viewport. I can switch it to the dynamic viewport units, dvh. Should be a small change, I'll test it on the device lab tomorrow.
[00:01:52] Rachel Okonkwo: Great, thanks Tomasz. Next, the accessibility audit. Amira?
[00:01:57] Amira Haddad: Yes. The external audit came back on Thursday. Overall it's better than the old checkout, but there are eleven findings. Three are rated critical. One: the error messages on the card fields aren't announced by screen readers, because they're injected without an aria-live region. Two: the focus is lost after you apply a discount code, it jumps back to the top of the page. Three: the colour contrast of the grey helper text is 3.1 to 1, and it needs to be at least 4.5 to 1.
[00:02:29] Marcus Lindgren: The contrast one is a design token change, right? That's quick.
[00:02:33] Amira Haddad: It's a token change, but the token is shared with the product pages, so design needs to sign off on that. I've asked Léa.
[00:02:40] Rachel Okonkwo: And the other two are engineering?
[00:02:43] Tomasz Nowak: Yes, both are ours. The aria-live one is maybe half a day. The focus one is fiddly because the discount component re-mounts. I'd say a day, day and a half.
[00:02:53] Rachel Okonkwo: Okay. The critical ones have to be fixed before launch, that's non-negotiable for me. The eight others, Amira, can you put them in the backlog with the audit references so we can plan them for the next sprint?
[00:03:04] Amira Haddad: Already done, they're tagged a11y-audit-2026.
[00:03:08] Rachel Okonkwo: Perfect. A/B test plan. Marcus, you drafted that?
[00:03:12] Marcus Lindgren: Yes. The proposal is a 50/50 split for logged-in and guest users, excluding B2B accounts because their checkout has purchase order numbers and that flow isn't redesigned. Primary metric is checkout conversion, secondary metrics are average order value and payment error rate. Guardrail is the support contact rate. With our traffic we need about three weeks to detect a one percentage point change with reasonable power.
[00:03:38] Sunita Rao: Three weeks would put the end of the test right into Black Friday week. Is that a problem? The traffic is very different that week.
[00:03:45] Marcus Lindgren: That's the problem, yes. Either we start by the twenty-sixth of October, or we pause the test over Black Friday and extend it into December.
[00:03:53] Rachel Okonkwo: That's the launch date question, really. Where are we? Honest answers please.
[00:03:58] Tomasz Nowak: If the three critical a11y fixes plus the Android modal land this week, engineering can be code-complete on Friday. Then we'd want two or three days of regression testing.
[00:04:09] Amira Haddad: And I'd like the auditors to re-check the three critical findings. They offered a re-test within five working days.
[00:04:16] Rachel Okonkwo: So realistically the twenty-eighth or twenty-ninth.
[00:04:19] Marcus Lindgren: Which gives us roughly three and a half weeks before the Black Friday freeze. Tight, but it works if nothing slips.
[00:04:26] Sunita Rao: And Google Pay?
[00:04:28] Rachel Okonkwo: Not part of the launch scope. If it arrives in time, we add it behind the flag.
[00:04:33] Rachel Okonkwo: Okay, let me propose: launch the A/B test on Thursday the twenty-ninth of October. If the a11y re-test isn't back by Wednesday the twenty-eighth, we slip by one week and pause over Black Friday instead. Any objections?
[00:04:46] Tomasz Nowak: None from me.
[00:04:48] Amira Haddad: Fine.
[00:04:49] Marcus Lindgren: Works. I'll update the test plan with both scenarios.
[00:04:53] Sunita Rao: One more thing, we need customer support briefed before launch, they'll get questions about the new layout. I can do a short walkthrough for them.
[00:05:01] Rachel Okonkwo: Yes please, schedule it for the twenty-seventh. Anything else? No? Then thanks all, see you next week.`;

const CLAUSE = `12. LIMITATION OF LIABILITY

12.1 Subject to Clause 12.4, neither party shall be liable to the other, whether in contract, tort (including negligence), breach of statutory duty, misrepresentation or otherwise, for any (a) loss of profits; (b) loss of sales or business; (c) loss of agreements or contracts; (d) loss of anticipated savings; (e) loss of use or corruption of software, data or information; (f) loss of or damage to goodwill; or (g) indirect or consequential loss, in each case arising under or in connection with this Agreement.

12.2 Subject to Clauses 12.1 and 12.4, the Supplier's total aggregate liability to the Customer in respect of all losses arising under or in connection with this Agreement, whether in contract, tort (including negligence), breach of statutory duty, or otherwise, shall in no circumstances exceed an amount equal to the Charges paid by the Customer in the six (6) months immediately preceding the event giving rise to the claim.

12.3 The Customer acknowledges that the Services are provided on an "as is" and "as available" basis and that the Supplier does not warrant that the Services will be uninterrupted or error-free, or that the Services will meet the Customer's requirements. Any service credits set out in Schedule 3 shall be the Customer's sole and exclusive remedy for any failure to meet the Service Levels.

12.4 Nothing in this Agreement limits or excludes the liability of either party for: (a) death or personal injury caused by its negligence; (b) fraud or fraudulent misrepresentation; (c) breach of the terms implied by section 2 of the Supply of Goods and Services Act 1982; or (d) any other liability which cannot be limited or excluded by applicable law.

12.5 The Customer shall indemnify the Supplier against all liabilities, costs, expenses, damages and losses (including any direct, indirect or consequential losses, loss of profit, loss of reputation and all interest, penalties and legal costs) suffered or incurred by the Supplier arising out of or in connection with the Customer's use of the Services, including any third-party claim that the Customer Data infringes the rights of a third party.

12.6 The Supplier shall have no liability for any loss or damage arising from a Data Breach unless the Customer proves that such Data Breach was caused solely by the Supplier's wilful default. For the avoidance of doubt, the Supplier's obligations in respect of Customer Data shall be limited to taking a backup of the Customer Data once every thirty (30) days.

12.7 This Clause 12 shall survive termination or expiry of this Agreement.`;

const ARTICLE = `Die stille Revolution der Balkonkraftwerke

Noch vor wenigen Jahren galten sie als Spielerei für Technikbegeisterte, heute hängen sie an hunderttausenden Balkongeländern zwischen Flensburg und Garmisch: kleine Solaranlagen mit ein oder zwei Modulen, die ihren Strom direkt über die Steckdose ins Hausnetz einspeisen. Allein im vergangenen Jahr wurden nach Angaben der Bundesnetzagentur mehr als 400.000 neue Geräte registriert, die tatsächliche Zahl dürfte deutlich höher liegen, denn längst nicht jeder meldet seine Anlage an.

Der Reiz ist leicht zu erklären. Ein Set aus zwei Modulen und einem Wechselrichter kostet inzwischen oft weniger als 500 Euro, die Montage schafft man an einem Nachmittag, und wer tagsüber zu Hause ist, kann einen spürbaren Teil seines Verbrauchs selbst decken. Kühlschrank, Router und Homeoffice laufen dann an sonnigen Tagen zu großen Teilen mit eigenem Strom. Je nach Ausrichtung und Verbrauchsverhalten amortisiert sich eine Anlage nach vier bis acht Jahren.

Lange war der Weg dorthin allerdings mit bürokratischen Hürden gepflastert. Mieter mussten um die Erlaubnis ihres Vermieters bitten, Eigentümergemeinschaften stritten über die Optik der Fassade, und die Anmeldung beim Netzbetreiber war je nach Region ein Abenteuer mit ungewissem Ausgang. Mit dem sogenannten Solarpaket hat der Gesetzgeber vieles vereinfacht: Die Anmeldung erfolgt nur noch im Marktstammdatenregister, die zulässige Wechselrichterleistung wurde auf 800 Watt angehoben, und Balkonkraftwerke zählen nun zu den privilegierten Maßnahmen, die Vermieter und Eigentümergemeinschaften nicht mehr ohne Weiteres ablehnen dürfen.

Ganz ohne Kritik bleibt der Boom dennoch nicht. Elektriker warnen vor billigen Geräten ohne ausreichende Zertifizierung und vor alten Hausinstallationen, die für eine zusätzliche Einspeisung nicht ausgelegt sind. Versicherer raten, die Anlage der Hausrat- oder Haftpflichtversicherung zu melden, denn ein schlecht befestigtes Modul kann bei Sturm zur Gefahr für Passanten werden. Und Netzbetreiber weisen darauf hin, dass viele ältere Ferraris-Zähler rückwärts laufen, wenn mehr Strom erzeugt als verbraucht wird, was streng genommen nicht erlaubt ist und einen Zählertausch nach sich zieht.

Auch energiewirtschaftlich ist die Bedeutung umstritten. Selbst eine Million Balkonkraftwerke erzeugen zusammen nur einen Bruchteil dessen, was ein großer Solarpark liefert. Befürworter halten dagegen, dass es um mehr geht als um Kilowattstunden: Wer selbst Strom erzeugt, beschäftigt sich mit seinem Verbrauch, verschiebt die Waschmaschine in die Mittagsstunden und wird vielleicht irgendwann zum Käufer einer größeren Anlage oder einer Wärmepumpe. Die Energiewende, sagt eine Forscherin aus Freiburg, finde eben nicht nur in Windparks statt, sondern auch auf dem Balkon im dritten Stock.

Für die kommenden Jahre rechnen Branchenverbände mit weiterem Wachstum, vor allem bei Geräten mit integriertem Speicher, die den Mittagsstrom für den Abend aufheben. Ob sich diese Zusatzinvestition lohnt, ist allerdings eine andere Frage, die Verbraucherschützer derzeit noch eher skeptisch beantworten.`;

export default [
  SU('productivity', `You are MeetingMate. Summarise meeting transcripts into: 1) summary (max 5 sentences), 2) decisions, 3) action items as "Owner – task – due date", 4) risks. Use the names from the transcript.`,
    `Summarise this transcript from today's checkout sync:\n\n${TRANSCRIPT}`, { app: 'api', pii: ['person'], out: 450 }),

  U('legal', `I'm a small SaaS customer reviewing this clause in a supplier's standard contract (English law). Which parts are unusual or unfair to us as the customer, and what should I push back on? Suggest redlines.

${CLAUSE}`, { out: 900 }),

  SU('translation', `You are a professional German-to-English translator for a news website. Keep the journalistic tone, use British English, keep numbers and proper names, and translate the headline too.`,
    ARTICLE, { app: 'translator', lang: 'de', out: 1100 }),
];
