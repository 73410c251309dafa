/**
 * Dutch function words that carry no meaning on their own in a search ("wat is de norm voor
 * een kostendeler"). Based on the Snowball Dutch list, minus words that matter in this domain:
 * "geen" (geen uitkering), "niet" and "zonder" change what a consultant is looking for, and
 * "wet" and "uit" are kept out of the list because they are parts of legal terms people type
 * on their own ("wet", "uitstel").
 */
// prettier-ignore
const STOP_WORDS = new Set([
  'aan', 'al', 'alles', 'als', 'altijd', 'andere', 'ben', 'bij', 'daar', 'dan', 'dat', 'de', 'der', 'deze', 'die',
  'dit', 'doch', 'doen', 'door', 'dus', 'een', 'eens', 'en', 'er', 'ge', 'geweest', 'haar', 'had', 'heb', 'hebben',
  'heeft', 'hem', 'het', 'hier', 'hij', 'hoe', 'hun', 'iemand', 'iets', 'ik', 'in', 'is', 'ja', 'je', 'kan', 'kon',
  'kunnen', 'maar', 'me', 'meer', 'men', 'met', 'mij', 'mijn', 'moet', 'na', 'naar', 'nog', 'nu', 'of', 'om', 'omdat',
  'onder', 'ons', 'ook', 'op', 'over', 'reeds', 'te', 'tegen', 'toch', 'toen', 'tot', 'u', 'uw', 'van', 'veel',
  'voor', 'waren', 'was', 'wat', 'we', 'wel', 'werd', 'wezen', 'wie', 'wij', 'wil', 'worden', 'wordt', 'zal', 'ze',
  'zelf', 'zich', 'zij', 'zijn', 'zo', 'zou', 'welke', 'waar', 'wanneer', 'mag', 'mogen', 'moeten', 'kun',
]);

/** Whether a folded word is a Dutch stop word. */
export function isDutchStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}
