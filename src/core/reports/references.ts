/**
 * References in a plain Vancouver-like style (authors, title, journal, year;volume(issue):pages, doi),
 * which every journal accepts as a starting point and reference managers can re-style.
 */
import type { Author, BibRecord } from '../records/record.js';

/** "Motlhatlhedi K", "Wintrob RM"; an organisation as written. */
export function referenceAuthor(a: Author): string {
  if (a.literal) return a.literal.trim();
  const initials = (a.given ?? '')
    .split(/[\s.-]+/)
    .filter((part) => part !== '')
    .map((part) => part.charAt(0).toUpperCase())
    .join('');
  return initials ? `${a.family.trim()} ${initials}` : a.family.trim();
}

const end = (text: string): string => (/[.?!]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** One reference. Up to six authors are listed, then "et al." (ICMJE recommendations). */
export function formatReference(r: BibRecord): string {
  const parts: string[] = [];
  if (r.authors.length > 0) {
    const names = r.authors.slice(0, 6).map(referenceAuthor);
    parts.push(end(`${names.join(', ')}${r.authors.length > 6 ? ', et al' : ''}`));
  }
  if (r.title?.trim()) parts.push(end(r.title));
  const year = r.year ?? (r.date ? Number.parseInt(r.date.slice(0, 4), 10) : undefined);
  const yearText = year !== undefined && Number.isFinite(year) ? String(year) : '';
  if (r.journal?.trim()) {
    let source = yearText;
    if (r.volume?.trim()) source += `;${r.volume.trim()}`;
    if (r.issue?.trim()) source += `(${r.issue.trim()})`;
    if (r.pages?.trim()) source += `:${r.pages.trim()}`;
    parts.push(end(r.journal.trim()));
    if (source !== '') parts.push(end(source));
  } else {
    const publisher = [r.place?.trim(), r.publisher?.trim()].filter((x): x is string => !!x).join(': ');
    if (publisher !== '') parts.push(`${publisher}${yearText ? `; ${yearText}` : ''}.`);
    else if (yearText !== '') parts.push(`${yearText}.`);
  }
  if (r.doi?.trim()) parts.push(`doi:${r.doi.trim()}`);
  return parts.join(' ');
}

/** The method and reporting guidance the report cites. */
export const methodReferences = {
  noblitHare: 'Noblit GW, Hare RD. Meta-ethnography: synthesizing qualitative studies. Newbury Park, CA: Sage; 1988.',
  emerge:
    'France EF, Cunningham M, Ring N, Uny I, Duncan EAS, Jepson RG, et al. Improving reporting of meta-ethnography: the eMERGe reporting guidance. BMC Med Res Methodol. 2019;19:25. doi:10.1186/s12874-018-0600-0',
  entreq:
    'Tong A, Flemming K, McInnes E, Oliver S, Craig J. Enhancing transparency in reporting the synthesis of qualitative research: ENTREQ. BMC Med Res Methodol. 2012;12:181. doi:10.1186/1471-2288-12-181',
  prisma:
    'Page MJ, McKenzie JE, Bossuyt PM, Boutron I, Hoffmann TC, Mulrow CD, et al. The PRISMA 2020 statement: an updated guideline for reporting systematic reviews. BMJ. 2021;372:n71. doi:10.1136/bmj.n71',
  prismaS:
    'Rethlefsen ML, Kirtley S, Waffenschmidt S, Ayala AP, Moher D, Page MJ, et al. PRISMA-S: an extension to the PRISMA Statement for Reporting Literature Searches in Systematic Reviews. Syst Rev. 2021;10:39. doi:10.1186/s13643-020-01542-z',
  cerqual:
    'Lewin S, Booth A, Glenton C, Munthe-Kaas H, Rashidian A, Wainwright M, et al. Applying GRADE-CERQual to qualitative evidence synthesis findings: introduction to the series. Implement Sci. 2018;13(Suppl 1):2.',
} as const;
