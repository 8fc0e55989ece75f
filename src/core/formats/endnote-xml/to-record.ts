/**
 * EndNote XML fields (EndNote, Mendeley, Zotero, Bookends variants) to a record draft.
 */
import { cleanTitle, guessType, normaliseDoi, normalisePages, parseYear } from '../../records/fields.js';
import type { Author, RawField, RecordType } from '../../records/record.js';
import { parseName } from '../csv/authors.js';
import type { RecordDraft } from '../csv/build-record.js';
import { classifySerial, findPmcid, findPmid, parseDate, splitList } from '../csv/field-values.js';

/** EndNote reference type names. */
const typeNames: Readonly<Record<string, RecordType>> = {
  'journal article': 'article',
  'electronic article': 'article',
  'magazine article': 'article',
  'newspaper article': 'article',
  'book': 'book',
  'edited book': 'book',
  'electronic book': 'book',
  'classical work': 'book',
  'book section': 'chapter',
  'electronic book section': 'chapter',
  'conference proceedings': 'conference-paper',
  'conference paper': 'conference-paper',
  'thesis': 'thesis',
  'report': 'report',
  'government document': 'report',
  'web page': 'webpage',
  'blog': 'webpage',
  'dataset': 'dataset',
  'generic': 'other',
  'manuscript': 'other',
  'unpublished work': 'other',
};

/** EndNote reference type numbers, for files whose `ref-type` has no (or an unknown) name. */
const typeNumbers: Readonly<Record<string, RecordType>> = {
  '17': 'article',
  '43': 'article',
  '19': 'article',
  '23': 'article',
  '6': 'book',
  '28': 'book',
  '44': 'book',
  '5': 'chapter',
  '60': 'chapter',
  '10': 'conference-paper',
  '47': 'conference-paper',
  '32': 'thesis',
  '27': 'report',
  '46': 'report',
  '12': 'webpage',
  '59': 'dataset',
  '13': 'other',
  '36': 'other',
  '34': 'other',
};

type Bag = ReadonlyMap<string, readonly string[]>;

function bagOf(raw: readonly RawField[]): Bag {
  const bag = new Map<string, string[]>();
  for (const [path, value] of raw) {
    const list = bag.get(path);
    if (list) list.push(value);
    else bag.set(path, [value]);
  }
  return bag;
}

function typeOf(first: (...p: string[]) => string | undefined): RecordType {
  const name = first('ref-type@name')?.toLowerCase();
  const base = (name ? (typeNames[name] ?? guessType(name)) : undefined) ?? typeNumbers[first('ref-type') ?? ''] ?? 'other';
  // `work-type` says what kind of article it is (Review, Editorial, Letter…), as RIS M3 does.
  const work = first('work-type');
  if (base === 'article' && work) return guessType(work.split(/[;,]/).pop()) ?? guessType(work) ?? base;
  return base;
}

/** An EndNote author; a trailing comma is EndNote's mark of a corporate author (`WHO,`). */
function author(value: string): Author | undefined {
  const v = value.replace(/\s+/g, ' ').trim();
  if (/^[^,]+,$/.test(v)) {
    const literal = v.slice(0, -1).trim();
    return { family: literal, literal };
  }
  return parseName(v);
}

const isLink = (u: string): boolean => /^(?:https?|ftp):\/\//i.test(u);

/** Fill a draft from one record's flattened fields. Returns the draft and `rec-number`. */
export function endnoteDraft(raw: readonly RawField[]): { draft: RecordDraft; sourceId: string | undefined } {
  const bag = bagOf(raw);
  const first = (...paths: string[]): string | undefined => {
    for (const p of paths) {
      for (const v of bag.get(p) ?? []) if (v.trim() !== '') return v.trim();
    }
    return undefined;
  };
  const all = (...paths: string[]): string[] => paths.flatMap((p) => bag.get(p) ?? []).map((v) => v.trim()).filter((v) => v !== '');
  const type = typeOf(first);
  const year = parseYear(first('dates/year'));
  const urls = all('urls/related-urls/url', 'urls/web-urls/url', 'urls/text-urls/url', 'urls/pdf-urls/url').flatMap((u) => u.split(/\s+/));
  const accession = first('accession-num');
  const remoteDb = first('remote-database-name', 'remote-database-provider');
  // Mendeley and PubMed-sourced libraries put the PMID in `accession-num` with no database name.
  const accessionIsPmid = accession !== undefined && /^\d{1,8}$/.test(accession) && (!remoteDb || /pubmed|medline|nlm/i.test(remoteDb));
  const custom = raw.filter(([p]) => /^(custom\d|user\d+|notes)$/.test(p)).map(([, v]) => v);
  const serial = classifySerial(first('isbn'));
  return {
    sourceId: first('rec-number'),
    draft: {
      type,
      title: cleanTitle(first('titles/title')),
      translatedTitle: cleanTitle(first('titles/translated-title')),
      abstract: first('abstract'),
      authors: all('contributors/authors/author').map(author).filter((a): a is Author => a !== undefined),
      editors: all('contributors/secondary-authors/author').map(author).filter((a): a is Author => a !== undefined),
      year,
      date: parseDate(first('dates/pub-dates/date'), year),
      journal: first('titles/secondary-title', 'periodical/full-title', 'alt-periodical/full-title'),
      journalAbbrev: first('periodical/abbr-1', 'alt-periodical/abbr-1', 'titles/alt-title'),
      volume: first('volume'),
      issue: first('issue') ?? (type === 'report' || type === 'book' ? undefined : first('number')),
      pages: normalisePages(first('pages')),
      doi: normaliseDoi(first('electronic-resource-num')) ?? urls.map((u) => (/doi\.org\//i.test(u) ? normaliseDoi(u) : undefined)).find((d) => d),
      pmid: (accessionIsPmid ? accession : undefined) ?? urls.map(findPmid).find((p) => p) ?? custom.map(findPmid).find((p) => p),
      pmcid: custom.map(findPmcid).find((p) => p),
      ...serial,
      keywords: all('keywords/keyword').flatMap((k) => splitList(k, false)),
      language: first('language'),
      publisher: first('publisher'),
      place: first('pub-location'),
      urls: urls.filter(isLink),
      notes: first('notes'),
      accession,
      database: remoteDb,
    },
  };
}
