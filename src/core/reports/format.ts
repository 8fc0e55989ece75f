/**
 * Small wording helpers shared by the section builders, so that every number, date and list in the report
 * is written the same way ("1,352 records", "1 February 2024", "A, B and C").
 */

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A whole number with thousands separators: 1352 → "1,352". */
export function count(n: number): string {
  const sign = n < 0 ? '-' : '';
  const digits = String(Math.trunc(Math.abs(n)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "1 study", "7 studies". */
export function plural(n: number, one: string, many: string): string {
  return `${count(n)} ${n === 1 ? one : many}`;
}

/** Small counts as words where prose reads better ("two reviewers"); larger ones as digits. */
export function numberWord(n: number): string {
  const words = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
  return Number.isInteger(n) && n >= 0 && n < words.length ? (words[n] ?? count(n)) : count(n);
}

/** "A", "A and B", "A, B and C". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/**
 * An ISO date (full or partial, optionally with a time) in words: "2024-02-01" → "1 February 2024",
 * "2024-02" → "February 2024", "2024" → "2024". Anything else is returned as given, so a date typed oddly
 * still shows rather than disappearing.
 */
export function formatDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?$/.exec(iso.trim());
  if (!m) return iso;
  const [, year, month, day] = m;
  const monthName = month === undefined ? undefined : months[Number(month) - 1];
  if (month !== undefined && monthName === undefined) return iso;
  if (day !== undefined) return `${Number(day)} ${monthName ?? ''} ${year ?? ''}`;
  return monthName ? `${monthName} ${year ?? ''}` : (year ?? iso);
}

/** A share 0–1 as a percentage with at most one decimal: 0.956 → "95.6%". */
export function percent(share: number): string {
  const p = Math.round(share * 1000) / 10;
  return `${String(p)}%`;
}

/** A statistic to two decimals: 0.7812 → "0.78". */
export function twoDecimals(x: number): string {
  const r = (Math.round(x * 100) / 100).toFixed(2);
  return r === '-0.00' ? '0.00' : r;
}

/** Ends a sentence with a full stop unless it already ends with one (or with ?, !, …). */
export function sentence(text: string): string {
  const t = text.trim();
  return /[.!?…:]["”’)]?$/.test(t) ? t : `${t}.`;
}

/** The same text with its first letter in upper case. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Authors' prose split into paragraphs at blank lines; empty or blank text gives none. */
export function paragraphsOf(text: string | undefined): string[] {
  if (text === undefined) return [];
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** Whether an optional text has any content. */
export function hasText(text: string | undefined): text is string {
  return text !== undefined && text.trim() !== '';
}
