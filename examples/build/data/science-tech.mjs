// Science and technology traffic: physics, biology, chemistry, space; gadgets, networking, IT support, AI news.
import { P, SU, T, U } from '../dsl.mjs';

const SUPPORT = `You are the virtual assistant of FiberNet, an internet provider. Be friendly and concise. You can help with connection problems, router setup and plan information. For billing disputes or cancellations, offer to transfer to a human agent. Never ask for full card numbers or passwords.`;

const science = [
  U('science', `If I fell into a black hole, what would I actually experience? And what would someone watching from far away see?`, { out: 450 }),
  U('science', `How do mRNA vaccines work, and why don't they change your DNA?`, { out: 380 }),
  P('science', `explain quantum entanglement without the "spooky action" cliché, and why it can't be used to send messages faster than light`, { out: 420 }),
  U('science', `What's the current scientific consensus on how the Moon formed? Is the giant impact hypothesis still the main one?`, { out: 350 }),
  U('science', `Why does ice float? Most solids are denser than their liquid form, right?`, { out: 220 }),
  U('science', `I'm planning a science fair project on how salt concentration affects the boiling point of water. What variables should I control and how many trials should I do?`, { out: 400 }),
  U('science', `Comment les tardigrades survivent-ils dans l'espace ? Quels mécanismes biologiques sont impliqués ?`, { lang: 'fr', out: 380 }),
  U('science', `Can you explain CRISPR-Cas9 at the level of a biology undergrad, including what PAM sequences are and why off-target effects happen?`, { out: 550 }),
  T('science', null, [
    `how far is the nearest star`,
    `The nearest star to the Sun is Proxima Centauri, about 4.24 light-years away (roughly 40 trillion km).`,
    `and how long would it take with our fastest spacecraft`,
  ], { out: 200 }),
  U('science', `What is the difference between weather and climate, and why can models predict climate in 2100 but not the weather in 3 weeks?`, { out: 400 }),
  U('science', `Balance this chemical equation and explain the steps: Fe + O2 -> Fe2O3`, { out: 200 }),
  U('science', `¿Qué es la materia oscura y qué pruebas tenemos de que existe si no se puede ver?`, { lang: 'es', out: 380 }),
  U('science', `Why do some people think the Hubble tension is a crisis for cosmology? ELI-grad-student`, { out: 500 }),
  U('science', `光合作用中光反应和暗反应分别在叶绿体的哪个部位进行？产物是什么？`, { lang: 'zh', out: 250 }),
];

const technology = [
  T('technology', SUPPORT, [
    `my internet keeps dropping every evening around 8pm`,
    `I'm sorry about that! Evening drops are often caused by Wi-Fi congestion or an overheating router. Is the problem on Wi-Fi only, or also on devices connected with a cable?`,
    `only wifi i think. the tv on cable is fine`,
    `Thanks, that helps. Your line looks stable, so let's look at the Wi-Fi. Could you tell me which router model you have? It's printed on the label underneath (for example "FiberBox 6").`,
    `FiberBox 6. the lights are all green. my neighbours also have fibernet btw`,
  ], { app: 'support-bot', out: 200 }),

  U('technology', `Is it worth upgrading from an iPhone 12 to the latest model or should I just replace the battery?`, { out: 300 }),
  U('technology', `What's the difference between Wi-Fi 6, 6E and 7 in practice for a 3-bedroom apartment? Is mesh needed?`, { out: 380 }),
  U('technology', `my laptop fan is always loud even when idle. windows 11, task manager shows "Antimalware Service Executable" using 30% CPU. normal?`, { out: 280 }),
  P('technology', `best way to back up 2TB of family photos, local + cloud, without a monthly fee over 5 euros`, { out: 400 }),
  U('technology', `Explain how passkeys work and whether they're actually more secure than a password manager with 2FA`, { out: 420 }),
  U('technology', `Mein Drucker (HP LaserJet) wird im WLAN nicht mehr gefunden, seit ich den Router getauscht habe. IP-Adresse laut Display 192.168.178.47. Was muss ich tun?`, { lang: 'de', pii: ['ip'], out: 280 }),
  SU('technology', SUPPORT, `hi, I moved to Kestrel Road 14, Bristol BS3 4QT and need to transfer my contract. my account email is j.okafor.home@example.co.uk and phone 07700 900123`, { app: 'support-bot', pii: ['address', 'email', 'phone'], out: 180 }),
  U('technology', `What is RAG in AI and how is it different from fine-tuning? Our company wants a chatbot over our internal docs.`, { out: 450 }),
  U('technology', `How do I set up a Raspberry Pi as a Pi-hole ad blocker for my whole home network? step by step`, { out: 600 }),
  U('technology', `Quelle est la différence entre un SSD NVMe et un SSD SATA pour un usage gaming ? Ça vaut le coup ?`, { lang: 'fr', out: 260 }),
  U('technology', `Someone keeps trying to log into my home server over SSH from 198.51.100.201 and 203.0.113.250. Should I worry? fail2ban is installed.`, { pii: ['ip'], out: 300 }),
  P('technology', `compare the M4 MacBook Air vs a Dell XPS 13 for a university student doing mostly writing and some light photo editing`, { out: 400 }),
  U('technology', `スマホのストレージがすぐいっぱいになります。iPhoneで「その他」のデータを減らす方法を教えてください。`, { lang: 'ja', out: 300 }),
];

export default [...science, ...technology];
