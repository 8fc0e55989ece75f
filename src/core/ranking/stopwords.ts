/**
 * English function words that carry no topic. Removing them before forming bigrams makes the bigrams
 * content pairs ("blood pressure", not "of the"), which is what lets a linear model generalise from
 * a handful of labelled records. Kept short on purpose: negations and domain words ("not", "no",
 * "patients", "study") stay, because in screening they can separate includes from excludes.
 */
export const englishStopwords: ReadonlySet<string> = new Set(
  (
    'a about above after again against all am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have ' +
    'having he her here hers herself him himself his how i if in into is it its itself just me more most ' +
    'my myself of off on once only or other our ours ourselves out over own same she should so some such ' +
    'than that the their theirs them themselves then there these they this those through to too under ' +
    'until up very was we were what when where which while who whom why will with would you your yours ' +
    'yourself yourselves also may might must shall upon whether within without via thus hence however ' +
    'therefore although though yet onto per'
  ).split(' '),
);
