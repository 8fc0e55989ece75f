/**
 * Web of Science field tags → canonical fields. The same two-letter tags head the columns of WoS
 * tab-delimited exports and of WoS/BIOSIS CSV exports, and mean what they mean in WoS plain text
 * (PT, AU/AF, TI, SO, J9, PY, VL, IS, BP, EP, AR, DI, AB, DE, ID, UT, PM, SN, LA…).
 */
import { cleanTitle, guessType, normaliseDoi, normaliseIsbn, normalisePages, parseYear } from '../../records/fields.js';
import type { Author, RawField, RecordType } from '../../records/record.js';
import type { RecordDraft } from '../csv/build-record.js';
import { splitAuthorList } from '../csv/authors.js';
import { findPmid, normaliseIssn, parseDate, splitList } from '../csv/field-values.js';

/** Publication type (PT) letters. */
const publicationTypes: Readonly<Record<string, RecordType>> = {
  J: 'article',
  B: 'book',
  S: 'book',
  C: 'conference-paper',
  P: 'other',
};

/** Database that a WoS accession number (UT) prefix names. */
const databaseByPrefix: Readonly<Record<string, string>> = {
  WOS: 'Web of Science Core Collection',
  ISI: 'Web of Science Core Collection',
  BCI: 'BIOSIS Citation Index',
  BIOSIS: 'BIOSIS Previews',
  MEDLINE: 'MEDLINE',
  ZOOREC: 'Zoological Record',
  CABI: 'CAB Abstracts',
  INSPEC: 'Inspec',
  KJD: 'KCI-Korean Journal Database',
  SCIELO: 'SciELO Citation Index',
  RSCI: 'Russian Science Citation Index',
  CCC: 'Current Contents Connect',
  DIIDW: 'Derwent Innovations Index',
  FSTA: 'FSTA',
  GRANTS: 'Grants Index',
  PQDT: 'ProQuest Dissertations & Theses',
  DRCI: 'Data Citation Index',
};

/** True when `tag` is a WoS field tag (two characters, upper-case letter first). */
export const isWosTag = (tag: string): boolean => /^[A-Z][A-Z0-9]$/.test(tag);

/** Tags that only a WoS export has as column names; used by detection. */
export const distinctiveWosTags: readonly string[] = ['PT', 'AU', 'AF', 'TI', 'SO', 'PY', 'UT', 'DI', 'AB', 'DT', 'VL', 'BP'];

type Bag = ReadonlyMap<string, string>;

const get = (bag: Bag, ...tags: string[]): string | undefined => {
  for (const t of tags) {
    const v = bag.get(t)?.trim();
    if (v) return v;
  }
  return undefined;
};

function typeOf(bag: Bag): RecordType | undefined {
  const dt = get(bag, 'DT');
  const fromDt = dt ? guessType(dt.split(';')[0]) : undefined;
  if (fromDt) return fromDt;
  const pt = get(bag, 'PT');
  return pt ? publicationTypes[pt.toUpperCase()] : undefined;
}

function pagesOf(bag: Bag): string | undefined {
  const bp = get(bag, 'BP');
  const ep = get(bag, 'EP');
  if (bp && ep && bp !== ep) return normalisePages(`${bp}-${ep}`);
  if (bp) return normalisePages(bp);
  return normalisePages(get(bag, 'PS', 'AR'));
}

function authorsOf(bag: Bag): Author[] {
  // AF holds full names (`Roach, Melissa C.`), AU the short form (`Roach, MC`): prefer the full form.
  const persons = splitAuthorList(get(bag, 'AF', 'AU', 'BF', 'BA'), 'semicolon');
  const groups = splitList(get(bag, 'CA', 'GP'), false).map((g) => ({ family: g, literal: g }));
  return [...persons, ...groups];
}

/**
 * Fill a draft from the fields of one WoS record (tag → value, first occurrence of each tag). Returns
 * the draft and the record's own id (UT), which is also its accession number.
 */
export function wosDraft(raw: readonly RawField[]): { draft: RecordDraft; sourceId: string | undefined } {
  const bag = new Map<string, string>();
  for (const [tag, value] of raw) if (!bag.has(tag) && value.trim() !== '') bag.set(tag, value);
  const ut = get(bag, 'UT');
  const prefix = ut ? /^([A-Z]+):/.exec(ut)?.[1] : undefined;
  const year = parseYear(get(bag, 'PY'));
  const pmid = get(bag, 'PM') ?? (prefix === 'MEDLINE' && ut ? ut.slice(ut.indexOf(':') + 1) : undefined) ?? findPmid(get(bag, 'OI'));
  const draft: RecordDraft = {
    type: typeOf(bag),
    title: cleanTitle(get(bag, 'TI')),
    abstract: get(bag, 'AB'),
    authors: authorsOf(bag),
    editors: splitAuthorList(get(bag, 'BE'), 'semicolon'),
    year,
    date: parseDate(get(bag, 'PD'), year),
    journal: get(bag, 'SO'),
    journalAbbrev: get(bag, 'J9', 'JI'),
    volume: get(bag, 'VL'),
    issue: get(bag, 'IS'),
    pages: pagesOf(bag),
    doi: normaliseDoi(get(bag, 'DI', 'D2')),
    pmid: pmid && /^\d+$/.test(pmid) ? pmid : undefined,
    isbn: normaliseIsbn(get(bag, 'BN')),
    issn: normaliseIssn(get(bag, 'SN', 'EI')),
    keywords: [...splitList(get(bag, 'DE'), false), ...splitList(get(bag, 'ID'), false), ...splitList(get(bag, 'MH'), false)],
    language: get(bag, 'LA'),
    publisher: get(bag, 'PU'),
    place: get(bag, 'PI'),
    accession: ut,
    database: prefix ? (databaseByPrefix[prefix] ?? prefix) : undefined,
    urls: [],
  };
  return { draft, sourceId: ut };
}
