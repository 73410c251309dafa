import { words } from './word-list';

/**
 * Capitalised words that are never a surname (or a place name after a postcode): sentence
 * openers, titles, calendar words and the institutions and laws that fill Participatiewet texts.
 * A title or initial followed by one of these ("bijlage B. Daarna", "mevrouw van de Voedselbank")
 * is not a name.
 */
const WORDS = `
de het een en of maar want dus toen dan als omdat hoewel zodat terwijl nadat voordat sinds tot
ik jij je u hij zij ze wij we jullie men het dit dat deze die er hier daar waar wat wie welke hoe
mijn zijn haar ons onze hun uw
in op aan bij na naar voor met om uit over onder tegen tussen door via zonder tijdens volgens per vanaf
ook nog wel niet geen al alle graag helaas daarna daarom daarbij verder eerst later nu vandaag gisteren
morgen zie let ja nee oké ok welkom beste geachte groet groeten vriendelijke
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
januari februari maart april mei juni juli augustus september oktober november december
mevrouw meneer heer dame juffrouw familie cliënt client klant aanvrager belanghebbende partner
vader moeder zoon dochter kind kinderen broer zus oom tante opa oma buurman buurvrouw
wethouder burgemeester minister staatssecretaris rechter advocaat bewindvoerder consulent
klantmanager casemanager regisseur beleidsmedewerker beleidsadviseur jurist collega manager
gemeente college raad staat state beroep rechtbank gerechtshof kamer ministerie rijk provincie
team inkomen werk zorg jeugd wonen schuldhulp schuldhulpverlening handhaving bezwaar beroep
belastingdienst toeslagen uwv svb cak nibud suwinet inlichtingenbureau ombudsman inspectie
ind duo ggd cbs kcc brp bkr cjib aow anw wia wajong wsnp wgs pgb avg bsn iban szw vng rvs crvb
participatiewet awb pw wmo jeugdwet gemeentewet toeslagenwet wet wetboek artikel art lid
bijlage hoofdstuk paragraaf afdeling beleidsregel beleidsregels circulaire kamerstukken
sociaal sociale centraal centrale nationale landelijk landelijke juridisch juridische
nederland nederlands nederlandse friesland fryslân europa europese
euro procent
`;

const NON_NAME_WORDS = new Set(words(WORDS));

// Compounds with these endings name institutions, laws or streets ("Voedselbank", "Wijkteam",
// "Lodewijkstraat"), not people. Street endings that are also surnames (Van der Laan, Verlaan,
// Van Dijk, Hof, Verweg) are left out, and the rest count only inside a longer compound.
const NON_NAME_ENDING =
  /(?:wet|dienst|bank|raad|team|loket|centrum|bureau|kantoor|fonds|ziekenhuis|instituut|stichting|gemeente|regeling|toeslag|uitkering|norm|beleid|\p{L}{2}(?:straat|plein|gracht|kade|singel|steeg|dreef))$/u;

export function isNonNameWord(word: string): boolean {
  const lower = word.toLowerCase();
  return NON_NAME_WORDS.has(lower) || NON_NAME_ENDING.test(lower);
}
