/**
 * Words for similarity suggestions: lower-cased, accents folded, common English function words dropped,
 * plurals reduced to the singular. Deliberately light, so that the shared terms shown to explain a
 * suggestion are still recognisable words.
 */
const stopwords = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers herself him himself ' +
    'his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ' +
    'ourselves out over own same she should so some such than that the their theirs them themselves then there these they this ' +
    'those through to too under until up very was we were what when where which while who whom why will with would you your ' +
    'yours yourself yourselves one two many much may might must shall us also even back still get got make made like'
  ).split(' '),
);

export function tokenize(text: string): string[] {
  const folded = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '');
  const words = folded.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.filter((w) => w.length > 2 && !stopwords.has(w)).map(singular);
}

function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}
