/**
 * Journal and venue keys. Databases write the same journal as `J Med Educ`, `J. med. educ.` and
 * `Journal of Medical Education`; conference proceedings appear under many names. Matching checks
 * ISO 4-style abbreviations word by word and acronyms, and classifies the venue's kind so that a
 * journal article is not merged with a workshop paper of the same title.
 */
import { foldText, words } from './text.js';

export type VenueKind = 'journal' | 'conference' | 'workshop' | 'preprint' | 'unknown';

export type VenueInfo = Readonly<{
  norm: string;
  /** Content words (stop words and noise such as "online" dropped). */
  tokens: readonly string[];
  /** `tokens` joined by spaces. */
  joined: string;
  kind: VenueKind;
  /** The venue names a meeting's abstract book or a supplement ("Circulation. Conference: …"). */
  abstracts: boolean;
  /**
   * One name for the meeting under all the names the set's unambiguous duplicates link it with
   * (set by `deduplicate`, see `learnVenueAliases`); undefined otherwise.
   */
  alias: string | undefined;
}>;

// ("a" is kept: "U S A" ends the abbreviated name of PNAS.)
const stop = new Set(['the', 'of', 'and', 'in', 'for', 'on', 'de', 'la', 'des', 'du', 'der', 'und', 'fur', 'an', 'at', 'to']);
const noise = new Set(['online', 'print', 'electronic', 'internet']);

const preprintServers =
  /\b(arxiv|biorxiv|medrxiv|psyarxiv|socarxiv|chemrxiv|techrxiv|ssrn|research square|preprints org|preprints|authorea|osf preprints|eartharxiv|edarxiv|sportrxiv|preprint)\b/;

/** Fold a venue name and classify it. */
export function analyseVenue(value: string | undefined): VenueInfo | undefined {
  // Embase names a meeting's abstracts in a journal "Circulation. Conference: AHA Scientific
  // Sessions": the journal is the venue, the meeting only says these are abstracts.
  const inJournal = value ? /^(.{3,}?)\.\s*(conference|congress|meeting)\s*:/i.exec(value) : null;
  const name = inJournal?.[1] ?? value;
  const norm = foldText(name);
  if (norm === '' || norm === 'none' || norm === 'unknown') return undefined;
  // "J Am Coll Cardiol (Online)", "Cancer (Philadelphia)": parenthesised qualifiers are not the name.
  const core = foldText(name?.replace(/\([^)]*\)/g, ' '));
  // Years and ordinals ("Amcis 2017 Proceedings", "79th Congress") vary between records of one venue.
  const tokens = words(core || norm).filter((w) => !stop.has(w) && !noise.has(w) && !/^\d+(st|nd|rd|th)?$/.test(w));
  const joined = tokens.join(' ');
  if (inJournal) return { norm, tokens, joined, kind: 'journal', abstracts: true, alias: undefined };
  let kind: VenueKind = 'unknown';
  if (preprintServers.test(norm)) kind = 'preprint';
  else if (/\bworkshops?\b/.test(norm)) kind = 'workshop';
  else if (/\b(conference|symposium|congress|colloquium|convention|meeting|summit|proc|proceedings of the \d|annual (international )?conference)\b/.test(norm) && !/\bjournal\b/.test(norm))
    kind = 'conference';
  else if (/\b(journal|transactions|review|reviews|letters|quarterly|annals|archives|bulletin|magazine|research|science|medicine|j)\b/.test(norm))
    kind = 'journal';
  const abstracts = /\b(conference|congress|meeting|symposium|abstracts?|supplement|suppl|poster)\b/.test(norm);
  return { norm, tokens, joined, kind, abstracts, alias: undefined };
}

/** Is `abbr` an abbreviation of `word`: same first letter, letters in order (`natl` ⊂ `national`). */
function abbreviates(abbr: string, word: string): boolean {
  if (abbr === word) return true;
  if (abbr.length > word.length || abbr.charCodeAt(0) !== word.charCodeAt(0)) return false;
  // plain prefix ("lipidol" / "lipidology") or an in-order subsequence ("natl" / "national")
  let j = 1;
  for (let i = 1; i < abbr.length; i++) {
    const c = abbr.charCodeAt(i);
    while (j < word.length && word.charCodeAt(j) !== c) j++;
    if (j === word.length) return false;
    j++;
  }
  return true;
}

function abbreviationOf(short: readonly string[], long: readonly string[]): boolean {
  if (short.length !== long.length || short.length === 0) return false;
  for (let i = 0; i < short.length; i++) if (!abbreviates(short[i] ?? '', long[i] ?? '')) return false;
  return true;
}

/**
 * Does a word of `a` spell the initials of `b`, or of a run of `b`'s words? ("icis" ~ "International
 * Conference on Information Systems"; "ICIS: Transforming Society…" names the same conference.)
 */
function acronymOf(a: readonly string[], b: readonly string[]): boolean {
  if (b.length < 2) return false;
  const initials = b.map((w) => w.charAt(0)).join('');
  for (const w of a) {
    if (w.length < 3 || w.length > 8 || !/^[a-z]+$/.test(w)) continue;
    if (a.length === 1 ? initials === w : initials.includes(w) && w.length >= 4) return true;
  }
  return false;
}

/** Publishers and societies that some databases write in front of their journals' names. */
const publishers = new Set(['acm', 'ieee', 'iee', 'iet', 'siam', 'aaai', 'ifip', 'usenix', 'springer', 'elsevier', 'wiley', 'sage']);

/** `long` is `short` with a publisher's name in front ("acm sigmod record" / "sigmod record"); two words at least remain. */
function withoutPublisher(long: readonly string[], short: readonly string[]): boolean {
  if (long.length !== short.length + 1 || short.length < 2 || !publishers.has(long[0] ?? '')) return false;
  for (let i = 0; i < short.length; i++) if (long[i + 1] !== short[i]) return false;
  return true;
}

/**
 * 1 for the same venue (also abbreviation ↔ full name and acronym ↔ name), a lower value for a
 * partial overlap, 0 for different venues.
 */
export function venueSimilarity(a: VenueInfo, b: VenueInfo): number {
  if (a.norm === b.norm || (a.alias !== undefined && a.alias === b.alias)) return 1;
  const s = nameSimilarity(a, b);
  // "VLDB Journal" is not the VLDB conference, "Diabetes Care" not "Diabetes": a name that says it
  // is a journal against one that does not is at most a partial match.
  return s >= 0.9 && isJournalName(a) !== isJournalName(b) ? 0.5 : s;
}

const isJournalName = (v: VenueInfo): boolean => v.tokens.some((w) => w === 'journal' || w === 'j' || w === 'jour');

function nameSimilarity(a: VenueInfo, b: VenueInfo): number {
  const ta = a.tokens;
  const tb = b.tokens;
  if (a.joined === b.joined) return 1;
  if (abbreviationOf(ta, tb) || abbreviationOf(tb, ta)) return 1;
  // "ACM SIGMOD Record" / "SIGMOD Record": one database writes the publisher before the name.
  if (withoutPublisher(ta, tb) || withoutPublisher(tb, ta)) return 1;
  if (acronymOf(ta, tb) || acronymOf(tb, ta)) return 0.9;
  // "Circulation" vs "Circulation. Conference: AHA Scientific Sessions": the same journal name
  // leads; an abbreviated prefix counts too ("Diabetes" vs "Diabetes Care" is a different journal,
  // which is why only a partial value is returned).
  const n = Math.min(ta.length, tb.length);
  if (n > 0) {
    let lead = 0;
    while (lead < n && (abbreviates(ta[lead] ?? '', tb[lead] ?? '') || abbreviates(tb[lead] ?? '', ta[lead] ?? ''))) lead++;
    if (lead === n) return n >= 2 ? 0.7 : 0.5;
  }
  let common = 0;
  for (let i = 0; i < ta.length; i++) {
    const w = ta[i] ?? '';
    if (ta.indexOf(w) === i && tb.includes(w)) common++;
  }
  let distinctB = 0;
  for (let i = 0; i < tb.length; i++) if (tb.indexOf(tb[i] ?? '') === i) distinctB++;
  let distinctA = 0;
  for (let i = 0; i < ta.length; i++) if (ta.indexOf(ta[i] ?? '') === i) distinctA++;
  const union = distinctA + distinctB - common;
  return union === 0 ? 0 : (common / union) * 0.8;
}
