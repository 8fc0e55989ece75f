import { missing, note, notRecorded, notWritten, paragraph, prose, section } from '../blocks.js';
import { statusOf, type BuildContext } from '../context.js';
import { sourceName, type ReportFacts } from '../facts.js';
import { count, formatDate, hasText, joinAnd, plural } from '../format.js';
import type { ReportSearch } from '../input.js';
import { productLocations as where } from '../locations.js';
import type { ReportBlock, ReportSection } from '../model.js';

const kindLabels: Readonly<Record<ReportSearch['kind'], string>> = { database: 'Database', register: 'Register', other: 'Other method' };

const cell = (v: string | number | undefined): string => (v === undefined || (typeof v === 'string' && v.trim() === '') ? '–' : typeof v === 'number' ? count(v) : v.trim());

/** Searching (eMERGe 5–6, PRISMA-S 1–13): the rationale, every source with its platform, date and yield. */
export function searchSection(ctx: BuildContext, facts: ReportFacts): ReportSection {
  const { input } = ctx;
  const blocks: ReportBlock[] = [];
  const rationaleGap = notWritten('the rationale for the search approach (comprehensive or purposive, and why)', where.reportTexts);
  if (hasText(input.project.texts.searchRationale)) blocks.push(...prose(input.project.texts.searchRationale));
  else blocks.push(missing(rationaleGap));
  ctx.topic('search-rationale', 'methods-search', hasText(input.project.texts.searchRationale) ? 'complete' : 'missing', hasText(input.project.texts.searchRationale) ? [] : [rationaleGap]);

  const searches = input.searches;
  const gaps: string[] = [];
  if (searches.length === 0) {
    const gap = notRecorded('log each database search (source, platform, date, full strategy and hits)', where.searchLog);
    blocks.push(missing(gap));
    ctx.topic('searches', 'methods-search', 'missing', [gap]);
    ctx.topic('search-strategies', ['methods-search', 'appendix-search-strategies'], 'missing', [gap]);
    return section('methods-search', 'Searching', 3, blocks);
  }

  const dbs = facts.databaseSearches;
  const when = (s: ReportSearch): string => (hasText(s.dateRun) ? formatDate(s.dateRun) : 'date not recorded');
  if (dbs.length > 0) {
    const registers = dbs.filter((s) => s.kind === 'register').length;
    const what = registers === 0 ? plural(dbs.length, 'electronic database', 'electronic databases') : `${plural(dbs.length - registers, 'electronic database', 'electronic databases')} and ${plural(registers, 'register', 'registers')}`;
    blocks.push(paragraph(`We searched ${what} (${ctx.nextTableLabel()}): ${joinAnd(dbs.map((s) => `${sourceName(s)} (${when(s)})`))}.`));
  } else {
    const gap = notRecorded('log the electronic database searches', where.searchLog);
    gaps.push(gap);
    blocks.push(missing(gap));
  }
  if (facts.otherSearches.length > 0) {
    const others = facts.otherSearches.map((s) => {
      const how = [s.method?.trim(), hasText(s.dateRun) ? formatDate(s.dateRun) : undefined].filter((x): x is string => !!x);
      return `${s.source.trim().toLowerCase()}${how.length > 0 ? ` (${how.join(', ')})` : ''}`;
    });
    blocks.push(paragraph(`We also searched by other methods: ${joinAnd(others)}.`));
  } else {
    blocks.push(paragraph('No other search methods (citation searching, hand-searching, contacting experts or organisations) were logged.'));
  }

  const undated = searches.filter((s) => !hasText(s.dateRun)).map(sourceName);
  if (undated.length > 0) gaps.push(notRecorded(`record the date searched for ${joinAnd(undated)}`, where.searchLog));
  const uncounted = searches.filter((s) => s.hitsReported === undefined && s.recordsImported === undefined).map(sourceName);
  if (uncounted.length > 0) gaps.push(notRecorded(`record the number of records found by ${joinAnd(uncounted)}`, where.searchLog));
  ctx.topic('searches', 'methods-search', dbs.length === 0 ? 'partial' : gaps.length > 0 ? 'partial' : 'complete', gaps);
  for (const gap of gaps.slice(dbs.length === 0 ? 1 : 0)) blocks.push(missing(gap));

  const withQuery = dbs.filter((s) => hasText(s.query));
  const withoutQuery = dbs.filter((s) => !hasText(s.query)).map(sourceName);
  const strategyGaps = withoutQuery.length > 0 ? [notRecorded(`record the full search strategy as run for ${joinAnd(withoutQuery)}`, where.searchLog)] : [];
  ctx.topic('search-strategies', ['methods-search', 'appendix-search-strategies'], statusOf(withQuery.length, withoutQuery.length), strategyGaps);
  if (withQuery.length > 0) blocks.push(paragraph('The full search strategies, with their limits and filters, are given as run in Appendix C.'));

  const mismatches = searches.flatMap((s) =>
    s.hitsReported !== undefined && s.recordsImported !== undefined && s.hitsReported !== s.recordsImported
      ? [`${sourceName(s)}: ${plural(s.hitsReported, 'hit', 'hits')} reported, ${plural(s.recordsImported, 'record', 'records')} imported.`]
      : [],
  );
  blocks.push(
    ctx.table({
      id: 'search-log',
      caption: 'Search log: every source searched, with platform, date and yield (PRISMA-S)',
      header: ['Source', 'Kind', 'Platform or method', 'Date searched', 'Limits', 'Filters', 'Hits reported', 'Records imported'],
      rows: searches.map((s) => [
        s.source.trim(),
        kindLabels[s.kind],
        cell(s.kind === 'other' ? (s.method ?? s.platform) : s.platform),
        cell(s.dateRun),
        cell(s.limits),
        cell(s.filters),
        cell(s.hitsReported),
        cell(s.recordsImported),
      ]),
      ...(mismatches.length > 0 ? { notes: mismatches } : {}),
    }),
  );
  return section('methods-search', 'Searching', 3, blocks);
}

/** De-duplication (PRISMA-S 16): the method and the counts, checked for arithmetic. */
export function dedupSection(ctx: BuildContext): ReportSection {
  const dedup = ctx.input.dedup;
  if (!dedup) {
    const gap = notRecorded('de-duplicate the imported records', where.dedup);
    ctx.topic('dedup', 'methods-dedup', 'missing', [gap]);
    return section('methods-dedup', 'De-duplication', 3, [missing(gap)]);
  }
  const blocks: ReportBlock[] = [
    paragraph(
      `The ${plural(dedup.recordsImported, 'record', 'records')} imported from the searches were de-duplicated by ${dedup.method.trim().replace(/\.$/, '')}. `,
      `${plural(dedup.duplicatesRemoved, 'duplicate was', 'duplicates were')} removed, leaving ${plural(dedup.uniqueRecords, 'unique record', 'unique records')}.`,
    ),
  ];
  const expected = dedup.recordsImported - dedup.duplicatesRemoved;
  if (expected !== dedup.uniqueRecords) {
    blocks.push(note(`Check: ${count(dedup.recordsImported)} records imported minus ${count(dedup.duplicatesRemoved)} duplicates is ${count(expected)}, not ${count(dedup.uniqueRecords)}.`));
  }
  ctx.topic('dedup', 'methods-dedup', 'complete');
  return section('methods-dedup', 'De-duplication', 3, blocks);
}
