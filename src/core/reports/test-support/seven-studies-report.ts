/**
 * A complete report input for the seven-study example (`buildSevenStudies`): a hand-written search log,
 * de-duplication and screening summaries, PRISMA counts computed from hand-written records, the studies'
 * bibliographic records, and the authors' texts. Used by the report's golden tests, and a model of what
 * the app gathers from the store.
 *
 * Like the example itself, everything here except the seven studies' bibliographic facts is invented for
 * illustration: it re-enacts a review on this topic, not the published one, and reproduces none of its
 * searches, counts or texts.
 */
import type { Author, BibRecord } from '../../records/record.js';
import { StudyId } from '../../synthesis/ids.js';
import { buildSevenStudies, type SevenStudiesExample } from '../../test-support/seven-studies.js';
import type { ReportInput, ReportSearch, ReportTexts } from '../input.js';
import { prismaCounts } from '../prisma/counts.js';
import type { PrismaInput, PrismaRecord } from '../prisma/input.js';

export const sevenStudiesGeneratedAt = '2024-05-20T09:30:00Z';

/** The search log: five databases on four platforms, and hand-searching. */
export const sevenStudiesSearches: readonly ReportSearch[] = [
  {
    source: 'MEDLINE',
    platform: 'Ovid',
    kind: 'database',
    dateRun: '2024-02-01',
    query: [
      '1 exp Foreign Medical Graduates/',
      '2 (international medical graduate* or foreign medical graduate* or overseas trained doctor*).ti,ab.',
      '3 (return* adj3 (migra* or home or country)).ti,ab.',
      '4 exp "Emigration and Immigration"/',
      '5 (1 or 2) and (3 or 4)',
      '6 (qualitative or interview* or focus group* or phenomenolog* or thematic).ti,ab.',
      '7 5 and 6',
    ].join('\n'),
    limits: 'English language',
    hitsReported: 312,
    recordsImported: 312,
  },
  {
    source: 'ProQuest Central',
    platform: 'ProQuest',
    kind: 'database',
    dateRun: '2024-02-02',
    query: 'ab(("medical graduate*" OR physician* OR doctor*) AND ("return migration" OR returnee* OR "return* home")) AND ab(qualitative OR interview*)',
    limits: 'Peer reviewed; English',
    hitsReported: 147,
    recordsImported: 145,
  },
  {
    source: 'MEDLINE',
    platform: 'PubMed',
    kind: 'database',
    dateRun: '2024-02-05',
    query: '("Foreign Medical Graduates"[Mesh] OR "international medical graduate*"[tiab] OR "foreign-trained"[tiab]) AND (return*[tiab] AND (migrat*[tiab] OR home[tiab])) AND (qualitative[tiab] OR interview*[tiab])',
    hitsReported: 298,
    recordsImported: 298,
  },
  {
    source: 'Scopus',
    kind: 'database',
    dateRun: '2024-02-06',
    query: 'TITLE-ABS-KEY(("medical graduate*" OR physician* OR doctor*) AND ("return migration" OR returnee* OR "return* home") AND (qualitative OR interview*))',
    limits: 'Document type: article; English',
    hitsReported: 410,
    recordsImported: 410,
  },
  {
    source: 'CINAHL Complete',
    platform: 'EBSCOhost',
    kind: 'database',
    dateRun: '2024-02-07',
    query: '(MH "Foreign Medical Graduates" OR TI ("medical graduate*" OR doctor* OR physician*)) AND TX (return* N3 (migrat* OR home OR country))',
    filters: 'CINAHL Clinical Queries: Qualitative – High Sensitivity',
    hitsReported: 187,
    recordsImported: 187,
  },
  {
    source: 'Manual searching',
    kind: 'other',
    method: 'reference lists of the included studies and contents pages of Human Resources for Health, checked by hand',
    dateRun: '2024-03-01',
    hitsReported: 6,
    recordsImported: 6,
  },
];

const reasons = [
  { code: 'wrong-phenomenon', label: 'Return migration not studied' },
  { code: 'wrong-population', label: 'Not medical graduates' },
  { code: 'not-qualitative', label: 'No qualitative data' },
  { code: 'wrong-publication-type', label: 'Not a primary study' },
];

/** Records that entered screening, written as counts per outcome and reason (hand-counted below). */
function prismaInput(example: SevenStudiesExample): PrismaInput {
  const records: PrismaRecord[] = [];
  const add = (prefix: string, route: PrismaRecord['route'], n: number, outcome: PrismaRecord['outcome'], reasonCode?: string): void => {
    for (let i = 1; i <= n; i++) records.push({ id: `${prefix}-${i}`, route, outcome, ...(reasonCode ? { reasonCode } : {}) });
  };
  // Databases: 1,352 identified − 402 duplicates = 950 screened; 915 excluded at title/abstract; 35 sought;
  // 2 not retrieved; 33 assessed; 27 excluded (11 + 9 + 5 + 2); 6 included.
  add('db-ta', 'databases', 915, 'excluded-at-screening');
  add('db-nr', 'databases', 2, 'not-retrieved');
  add('db-nq', 'databases', 11, 'excluded-at-eligibility', 'not-qualitative');
  add('db-np', 'databases', 9, 'excluded-at-eligibility', 'wrong-population');
  add('db-nm', 'databases', 5, 'excluded-at-eligibility', 'wrong-phenomenon');
  add('db-pt', 'databases', 2, 'excluded-at-eligibility', 'wrong-publication-type');
  // Other methods: 6 identified and sought; 1 not retrieved; 5 assessed; 4 excluded (2 + 1 + 1); 1 included.
  add('hand-nr', 'other', 1, 'not-retrieved');
  add('hand-nq', 'other', 2, 'excluded-at-eligibility', 'not-qualitative');
  add('hand-np', 'other', 1, 'excluded-at-eligibility', 'wrong-population');
  add('hand-nm', 'other', 1, 'excluded-at-eligibility', 'wrong-phenomenon');
  // Each included study has one report; Gaviria 1975 was found by hand-searching.
  for (const study of example.state.studies) {
    const reportId = study.reportIds[0] ?? study.id;
    records.push({ id: reportId, route: study.id === 's-gaviria' ? 'other' : 'databases', outcome: 'included', studyId: study.id });
  }
  return {
    sources: sevenStudiesSearches.map((s) => ({ name: s.source, kind: s.kind, ...(s.platform ? { platform: s.platform } : {}), records: s.recordsImported ?? 0 })),
    removedBeforeScreening: { duplicates: 402 },
    records,
    reasons,
  };
}

const a = (family: string, given: string): Author => ({ family, given });
const article = (r: Partial<BibRecord> & Pick<BibRecord, 'title' | 'authors' | 'year' | 'journal'>): BibRecord => ({ type: 'article', keywords: [], urls: [], ...r });

/** The included studies' reports: the public bibliographic facts of the seven real publications. */
export const sevenStudiesReports: Readonly<Record<string, BibRecord>> = {
  's-gaviria': article({
    authors: [a('Gaviria', 'M'), a('Wintrob', 'R')],
    title: 'Foreign medical graduates who return home after U.S. residency training: the Peruvian case',
    journal: 'J Med Educ',
    year: 1975,
    volume: '50',
    issue: '2',
  }),
  's-oman': article({
    authors: [a('Oman', 'K M'), a('Moulds', 'R'), a('Usher', 'K')],
    title: 'Specialist training in Fiji: why do graduates migrate, and why do they remain? A qualitative study',
    journal: 'Hum Resour Health',
    year: 2009,
    volume: '7',
    pages: '9',
  }),
  's-adzei': article({
    authors: [a('Adzei', 'F A'), a('Sakyi', 'E K')],
    title: 'Drivers of return migration of Ghanaian health professionals: perspectives from doctors and nurses in urban Ghana',
    journal: 'Int J Migr Health Soc Care',
    year: 2014,
    doi: '10.1108/ijmhsc-06-2013-0014',
  }),
  's-abdalla': article({
    authors: [a('Abdalla', 'F M'), a('Omar', 'M A'), a('Badr', 'E E')],
    title: 'Contribution of Sudanese medical diaspora to the healthcare delivery system in Sudan: exploring options and barriers',
    journal: 'Hum Resour Health',
    year: 2016,
    volume: '14',
    issue: 'Suppl 1',
    pages: '28',
    doi: '10.1186/s12960-016-0123-x',
  }),
  's-humphries': article({
    authors: [a('Humphries', 'N'), a('Crowe', 'S'), a('McDermott', 'C'), a('McAleese', 'S'), a('Brugha', 'R')],
    title: "The consequences of Ireland's culture of medical migration",
    journal: 'Hum Resour Health',
    year: 2017,
    doi: '10.1186/s12960-017-0263-7',
  }),
  's-motlhatlhedi': article({
    authors: [a('Motlhatlhedi', 'K'), a('Nkomazana', 'O')],
    title: "Home is home—Botswana's return migrant health workers",
    journal: 'PLoS One',
    year: 2018,
    volume: '13',
    issue: '11',
    pages: 'e0206969',
    doi: '10.1371/journal.pone.0206969',
  }),
  's-arif': article({
    authors: [a('Arif', 'M'), a('Cruickshank', 'M'), a('Fraser', 'J')],
    title: "To remain, migrate abroad or resettle: a complex dynamic process affecting Pakistani physicians' career decisions",
    journal: 'Asia Pac J Health Manag',
    year: 2019,
    volume: '14',
    issue: '3',
    doi: '10.24083/apjhm.v14i3.321',
  }),
};

/** The authors' texts of the example, written for illustration. */
export const sevenStudiesTexts: ReportTexts = {
  background:
    'Doctors who train or work abroad are often expected to bring their skills home, yet much of what is known about medical migration concerns departure rather than return. Studies of returning doctors are scattered across countries and decades, and no synthesis has brought together how return is experienced.',
  aims: 'To develop a new interpretation of how international medical graduates experience returning to work in their home country, one that can inform those who support returning doctors and those who plan the medical workforce.',
  rationale:
    'The studies on return are small, interpretive and set in very different health systems. Meta-ethnography suits such a body of work: it translates the concepts of each study into the terms of the others while keeping their context, and it can produce a line of argument that goes beyond what any single study says.',
  searchRationale:
    'We aimed for a comprehensive search, because studies of return migration are published in medical education, health workforce and migration journals that no single database covers. Database searches were complemented by hand-searching to find older studies that databases index poorly.',
  eligibility:
    'Primary studies with qualitative data collection and analysis (including the qualitative strand of mixed-methods studies) on the experiences of doctors or other health professionals who had returned, or considered returning, to their home country after training or working abroad. No restriction on year or country; reports in English.',
  discussion:
    'Across seven studies from five continents, return was less a single decision than a settlement negotiated between ties that pulled doctors home and a professional system that pushed them away again. Family and belonging outweighed pay in the decision to return, in line with wider research on migrants’ return, while the reintegration findings echo workforce studies that describe wasted skills among returnees.',
  strengths:
    'Two reviewers screened, appraised and translated independently, and every third-order construct can be traced to the quotations and pages it rests on. Contradictions between studies were kept and explained rather than smoothed over.',
  limitations:
    'The studies span 44 years and very different health systems, and two of them report their methods thinly. Only reports in English were included, and participants were mostly doctors, so the findings may not hold for other health professions.',
  reflexivity:
    'The lead reviewer trained abroad and returned home, and noticed a tendency to read accounts of duty sympathetically; the second reviewer, who has not migrated, checked every translation concerning duty and obligation. Disagreements were recorded in the team’s journal.',
  conclusion:
    'Supporting returning doctors means attending to family and belonging as much as to pay, and creating posts that use the skills gained abroad. Medical educators can prepare trainees abroad for reintegration; workforce planners can treat returnees as a resource rather than a formality. Research is needed on returnees in the first years after return and on health professions other than medicine.',
  funding: 'None: this illustrative example received no funding.',
  protocol: 'Illustrative example: no protocol was registered.',
};

export type SevenStudiesReport = Readonly<{ example: SevenStudiesExample; input: ReportInput }>;

/** The report input of the seven-study example; `texts` replaces the authors' texts (e.g. to leave one out). */
export function sevenStudiesReportInput(options: Readonly<{ texts?: ReportTexts }> = {}): SevenStudiesReport {
  const example = buildSevenStudies();
  const prisma = prismaCounts(prismaInput(example));
  const input: ReportInput = {
    project: {
      title: "Returning home: international medical graduates' experiences of return migration",
      question: 'How do international medical graduates experience returning to work in their home country after training or working abroad?',
      isExample: true,
      authors: 'The metaethno example review team',
      texts: options.texts ?? sevenStudiesTexts,
    },
    generatedAt: sevenStudiesGeneratedAt,
    software: 'metaethno 0.1.0',
    searches: sevenStudiesSearches,
    dedup: {
      method: 'automatic matching on DOI, PMID and title–author–year in metaethno, with every candidate pair reviewed by hand',
      recordsImported: 1352,
      duplicatesRemoved: 402,
      uniqueRecords: 950,
    },
    screening: {
      reviewersPerRecord: { 'title-abstract': 2, 'full-text': 2 },
      blinded: true,
      stages: [
        { stage: 'title-abstract', screened: 950, included: 35, excluded: 915, agreement: { kappa: 0.78, percent: 0.962, pairs: 950 } },
        { stage: 'full-text', screened: 38, included: 7, excluded: 31, agreement: { kappa: 0.71, percent: 0.895, pairs: 38 } },
      ],
      exclusionReasons: reasons,
      rankingUsed: false,
      resolutionMethods: ['consensus', 'third-reviewer'],
    },
    prisma,
    synthesis: example.state,
    studyReports: example.state.studies.map((s) => ({ studyId: StudyId.of(s.id), reports: sevenStudiesReports[s.id] ? [sevenStudiesReports[s.id] as BibRecord] : [] })),
    appraisal: { checklist: example.checklist, appraisals: example.appraisals },
    characteristics: { form: example.form, values: example.characteristics },
    cerqual: { findings: example.findings, assessments: example.assessments, relevance: example.relevance },
  };
  return { example, input };
}
