/**
 * Where in the product each missing piece is recorded. A report that says "missing" must also say where
 * to fix it; keeping the page names in one place lets them follow the app's navigation when it changes.
 */
export const productLocations = {
  reportTexts: 'Project › Report texts',
  projectDetails: 'Project › Details',
  searchLog: 'Identification › Search log',
  dedup: 'Identification › De-duplication',
  screeningSettings: 'Screening › Settings',
  agreement: 'Screening › Agreement',
  prisma: 'Reporting › PRISMA diagram',
  studies: 'Synthesis › Studies',
  appraisal: 'Reading › Appraisal',
  characteristics: 'Reading › Study characteristics',
  reading: 'Reading › Excerpts and constructs',
  grid: 'Synthesis › Juxtaposition grid',
  translations: 'Synthesis › Translations',
  thirdOrder: 'Synthesis › Third-order constructs',
  lineOfArgument: 'Synthesis › Line of argument',
  journal: 'Synthesis › Journal',
  cerqual: 'Synthesis › CERQual',
} as const;

export type ProductLocation = keyof typeof productLocations;
