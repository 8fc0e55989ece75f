import type { SearchKind } from '../../api/client.js';

/** PRISMA 2020 separates databases, registers and "other methods"; the form follows the same split. */
export const searchKinds: readonly { value: SearchKind; label: string; sourceLabel: string; sourceHint: string }[] = [
  { value: 'database', label: 'Database', sourceLabel: 'Database', sourceHint: 'The database searched, e.g. MEDLINE, CINAHL, Scopus.' },
  { value: 'register', label: 'Register', sourceLabel: 'Register', sourceHint: 'The trial or study register, e.g. ClinicalTrials.gov.' },
  { value: 'other', label: 'Other method', sourceLabel: 'Method', sourceHint: 'How the records were found, e.g. citation searching.' },
];

export const kindLabel = (kind: SearchKind): string => searchKinds.find((k) => k.value === kind)?.label ?? kind;

/** Suggestions only (a datalist): teams search many databases we could never list. */
export const sourceSuggestions: Readonly<Record<SearchKind, readonly string[]>> = {
  database: [
    'MEDLINE',
    'Embase',
    'PsycINFO',
    'CINAHL',
    'Scopus',
    'Web of Science Core Collection',
    'ASSIA',
    'Social Sciences Citation Index',
    'Sociological Abstracts',
    'ERIC',
    'Cochrane Library',
    'LILACS',
    'ProQuest Dissertations & Theses',
  ],
  register: ['ClinicalTrials.gov', 'WHO ICTRP', 'PROSPERO', 'ISRCTN registry'],
  other: ['manual searching', 'citation searching', 'websites', 'organisations', 'experts', 'other'],
};

export const platformSuggestions: readonly string[] = ['Ovid', 'ProQuest', 'EBSCOhost', 'PubMed', 'Elsevier', 'Clarivate', 'Wiley', 'Google Scholar'];
