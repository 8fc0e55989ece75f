/**
 * Ovid field labels ↔ canonical fields, as data. Ovid's display formats ("Citation", "Citation +
 * Abstract", "Complete Reference", all "with field labels") name fields in words rather than tags, and
 * the words differ by database (Journals@Ovid: `Author`, `DOI Number`; MEDLINE: `Authors Full Name`,
 * `Digital Object Identifier`; PsycINFO: `Digital Object Identifier`, `Year of Publication`).
 */
export const ovidFieldLabels = {
  title: ['Title'],
  authors: ['Authors Full Name', 'Author', 'Authors'],
  source: ['Source'],
  journal: ['Journal Name', 'Full Journal Title'],
  abstract: ['Abstract'],
  keywords: ['Author Keywords', 'Keywords', 'Keyword Heading', 'MeSH Subject Headings', 'Subject Headings'],
  language: ['Language'],
  documentType: ['Document Type', 'Publication Type'],
  issn: ['ISSN', 'ISSN Print', 'ISSN Electronic', 'Electronic ISSN'],
  isbn: ['ISBN'],
  doi: ['DOI Number', 'Digital Object Identifier', 'DOI'],
  pmid: ['PubMed ID', 'PMID'],
  pmcid: ['PMCID', 'PubMed Central Identifier'],
  /** MEDLINE's "Unique Identifier" is the PMID; elsewhere it is Ovid's accession number. */
  uniqueIdentifier: ['Unique Identifier'],
  accession: ['Accession Number'],
  year: ['Year of Publication', 'Publication Year'],
  date: ['Date of Publication', 'Date Created'],
  volume: ['Volume'],
  issue: ['Issue', 'Issue/Part'],
  pages: ['Page', 'Pages'],
  publisher: ['Publisher'],
  place: ['Country of Publication', 'Place of Publication'],
  urls: ['Link to the Ovid Full Text or citation', 'URL', 'Link to External Link Resolver'],
  database: ['Database'],
} as const satisfies Record<string, readonly string[]>;

/** Academic degrees and post-nominals that Ovid appends to names (`Verbeek, Jan MD, PhD *`). */
export const postNominals: ReadonlySet<string> = new Set([
  'md', 'phd', 'rn', 'faan', 'msc', 'bsc', 'mph', 'drph', 'ma', 'ba', 'ms', 'bs', 'bn', 'mn', 'dphil', 'frcp', 'frcs', 'facp',
  'mbbs', 'mbchb', 'do', 'pharmd', 'dnp', 'np', 'cnm', 'lcsw', 'msw', 'med', 'edd', 'psyd', 'jd', 'mba', 'rd', 'pt', 'ot', 'dds',
  'dmd', 'mrcp', 'frcpc', 'ccrn', 'aprn', 'fnp', 'bsn', 'msn', 'prof', 'dr', 'jr', 'sr', 'ii', 'iii', 'mhsc', 'mpsych', 'dclinpsy',
]);
