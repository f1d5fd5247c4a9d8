// Function words that tell English from the other languages prompts are often written in (German,
// French, Spanish, Italian, Portuguese, Dutch, Czech, Serbo-Croatian, Polish, Turkish, Indonesian,
// Vietnamese). A closed class: grammar, not data. Words shared between English and one of them ("in", "die", "me", "no", "was", "comment", "jest")
// are in neither list, so each word counted is evidence for one side only.

const words = (list: string) => new Set(list.trim().split(/\s+/));

export const ENGLISH_FUNCTION_WORDS = words(`
  the and of to be is are were you your yours that this these those with for from have has had would
  could should can what which who whom whose how why when where there their they them it its been
  not but or if then than please into about we our ours my mine he she his her him at by on as
  does did all any each only also just like more most some such very here shall may might must
  being because while after before without within between through during under over again
  i'm it's don't can't won't isn't aren't doesn't didn't you're they're we're let's
`);

export const OTHER_FUNCTION_WORDS = words(`
  der das dem des ein eine einen einem einer und oder nicht ist sind bist ich du er sie
  wir ihr es mit für auf aus bei nach von zu zum zur über unter diese dieser diesen dieses bitte
  wie warum wer wo kann kannst können auch noch nur sehr schon mir mich dir dich uns euch sein
  seine ihre ihren kein keine im ins vom ob wenn dass als weil obwohl nachdem bevor solange während
  damit sondern aber denn jedoch dann doch hier dort heute jetzt immer nie alles viele mehr sich
  haben wird werden gibt muss soll sollte würde wurde davon dadurch darum daher deshalb dabei dazu
  un le la les une des du et ou est sont je tu il elle nous vous ils elles ce cette ces dans
  avec sur pas ne que qui quoi mais où mon ma mes ta tes sa ses leur leurs au aux se te moi toi
  peux pouvez peut pourquoi très aussi être avoir qu'il c'est j'ai
  el los las una unos unas y es eres está están yo tú él ella nosotros ustedes usted para por
  sobre qué cómo como dónde cuándo porque pero más muy esto esta este estos estas ese esa mi mis
  tus su sus le lo del puedes puede también
  il gli uno è sono sei lui lei noi voi loro da di della delle degli che chi perché più molto
  questo questa quello quella ti ci vi si non
  os uma é são eu você ele ela nós eles elas na nos nas das isso isto meu minha seu sua
  não também
  het een en zijn ik jij hij zij wij jullie niet voor aan bij uit naar deze dat wat waarom
  že jak jsem jsi jsou není proto bych byl byla bylo mě jí jeho její jejich tento tato
  toto který která které kde když protože už jen ještě také nebo při před mezi ze koji koja koje
  što kako ali samo treba jer nie się czy jestem ve bir bu için ile yang ini itu
  untuk dengan tidak adalah một của và là cho với những các này được có không
`);
