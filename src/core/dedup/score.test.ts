import { describe, expect, it } from 'vitest';
import { splitAuthors } from '../records/fields.js';
import { compareRecords } from './score.js';
import type { DedupRecord } from './types.js';

type Fields = Partial<Omit<DedupRecord, 'id' | 'authors'>> & { authors?: string };
const rec = (id: string, f: Fields): DedupRecord => ({
  type: 'article',
  keywords: [],
  urls: [],
  ...f,
  authors: splitAuthors(f.authors),
  id,
});

const base: Fields = {
  title: 'Returning home: a qualitative study of older migrants and their families',
  authors: 'Pérez, Ana; Okafor, Chidi; Lindqvist, Eva',
  year: 2019,
  journal: 'Journal of Migration and Health',
  volume: '12',
  issue: '3',
  pages: '211-229',
  doi: '10.1016/j.jmh.2019.100211',
};

describe('compareRecords: duplicates across databases', () => {
  it('merges the same article written differently and explains every field', () => {
    const a = rec('embase-1', base);
    const b = rec('medline-7', {
      ...base,
      title: 'RETURNING HOME: A QUALITATIVE STUDY OF OLDER MIGRANTS AND THEIR FAMILIES.',
      authors: 'Perez A; Okafor C; Lindqvist E',
      journal: 'J Migr Health',
      pages: '211-29',
      doi: 'https://doi.org/10.1016/J.JMH.2019.100211',
    });
    const v = compareRecords(a, b);
    expect(v.class).toBe('duplicate');
    expect(v.rule).toBe('score');
    const notes = Object.fromEntries(v.evidence.map((e) => [e.field, e.note]));
    expect(notes).toMatchObject({ doi: 'DOI equal', title: 'titles equal', authors: 'all authors match', pages: 'same pages' });
    expect(notes.journal).toContain('same journal');
    expect(v.score).toBe(v.evidence.reduce((s, e) => s + e.weight, 0));
  });

  it('merges a record without a DOI when title, authors, year and journal agree', () => {
    const v = compareRecords(rec('a', base), rec('b', { ...base, doi: undefined, volume: undefined, issue: undefined, pages: undefined }));
    expect(v.class).toBe('duplicate');
  });

  it('accepts online-first and print years one apart when the journal agrees', () => {
    const print = rec('print', { ...base, year: 2020, doi: undefined });
    const online = rec('online', { ...base, year: 2019, volume: undefined, issue: undefined, pages: '1-19', doi: undefined });
    const v = compareRecords(print, online);
    expect(v.class).toBe('duplicate');
    expect(v.evidence.find((e) => e.field === 'pages')?.note).toContain('online-first');
  });

  it('is symmetric and does not depend on which record comes first', () => {
    const a = rec('x1', base);
    const b = rec('x2', { ...base, title: 'Returning home: a qualitative study of older migrants and their family' });
    expect(compareRecords(a, b)).toEqual(compareRecords(b, a));
  });
});

describe('compareRecords: cases the literature warns about', () => {
  it('keeps an erratum apart from the article it corrects', () => {
    const erratum = rec('e', { ...base, title: `Erratum: ${base.title ?? ''}`, pages: '230', doi: undefined });
    const v = compareRecords(rec('a', base), erratum);
    expect(v.class).toBe('distinct');
    expect(v.rule).toBe('erratum-vs-original');
  });

  // A database sometimes lists the article again under its correction's title, abstract and all.
  const abstract =
    'Background: Older migrants who return home after decades abroad meet families, health systems and neighbourhoods that have changed. ' +
    'Methods: We interviewed 42 returnees and 30 relatives in three regions and analysed the transcripts thematically. ' +
    'Results: Returnees described belonging as something rebuilt through care work, remittances and daily routines, and families as both refuge and obligation. ' +
    'Conclusions: Return is a process, not an event; services should follow returnees over years rather than at arrival.';

  it('groups an erratum record carrying the article\'s own abstract with the article, and no other notice', () => {
    const article = rec('a', { ...base, abstract });
    const listedAgain = rec('e', { ...base, title: `Erratum to: ${base.title ?? ''}`, pages: '230', doi: '10.1016/j.jmh.2019.100230', abstract });
    const v = compareRecords(article, listedAgain);
    expect(v.class).toBe('duplicate');
    expect(v.rule).toBe('erratum-with-article');
    // Its own short text: a notice, kept apart.
    const notice = rec('n', { ...base, title: `Erratum to: ${base.title ?? ''}`, pages: '230', doi: '10.1016/j.jmh.2019.100230', abstract: 'The second author\'s affiliation was given wrongly.' });
    expect(compareRecords(article, notice).class).toBe('distinct');
    const retraction = rec('r', { ...base, title: `Retraction notice: ${base.title ?? ''}`, pages: '231', doi: '10.1016/j.jmh.2019.100231', abstract });
    expect(compareRecords(article, retraction).class).toBe('distinct');
  });

  it('groups one article printed twice in one journal (same abstract), not two articles that share a title', () => {
    const first = rec('p1', { ...base, abstract });
    const reprint = rec('p2', { ...base, year: 2020, volume: '13', issue: '1', pages: '40-58', doi: '10.1016/j.jmh.2020.100040', abstract });
    const v = compareRecords(first, reprint);
    expect(v.class).toBe('duplicate');
    expect(v.rule).toBe('reprinted');
    // Without the abstracts, two DOIs and two places in the journal are two works.
    const bare = (r: DedupRecord): DedupRecord => ({ ...r, abstract: undefined });
    expect(compareRecords(bare(first), bare(reprint)).class).toBe('distinct');
    // Another journal: a duplicate publication is a person's call, not a merge.
    expect(compareRecords(first, { ...reprint, journal: 'Ageing and Society' }).class).not.toBe('duplicate');
  });

  it('keeps a comment and a reply apart from the original and from each other', () => {
    const comment = rec('c', { ...base, title: `Comment on: ${base.title ?? ''}`, authors: 'Brown, T', doi: undefined, pages: '300-301' });
    const reply = rec('r', { ...base, title: `Reply to comment on: ${base.title ?? ''}`, doi: undefined, pages: '302' });
    expect(compareRecords(rec('a', base), comment).class).toBe('distinct');
    expect(compareRecords(rec('a', base), reply).rule).toBe('reply-vs-original');
    expect(compareRecords(comment, reply).class).toBe('distinct');
  });

  it('sends a meeting abstract and the full paper to a person, not to an automatic merge', () => {
    const abstract = rec('abs', {
      ...base,
      type: 'conference-abstract',
      journal: 'Journal of Migration and Health. Conference: European Migration Health Congress',
      volume: '10',
      issue: 'Supplement 1',
      pages: 'S45',
      doi: undefined,
      year: 2019,
    });
    const v = compareRecords(rec('paper', { ...base, doi: undefined }), abstract);
    expect(v.class).not.toBe('duplicate');
  });

  it('sends a preprint and its published version to a person', () => {
    const preprint = rec('pre', {
      ...base,
      type: 'preprint',
      journal: 'medRxiv',
      volume: undefined,
      issue: undefined,
      pages: undefined,
      doi: '10.1101/2019.01.15.19000123',
      year: 2019,
    });
    const v = compareRecords(rec('pub', base), preprint);
    expect(v.class).toBe('possible');
    expect(v.evidence.some((e) => e.note === 'preprint vs published version')).toBe(true);
  });

  it('treats versions of a Cochrane review as possible duplicates unless asked to merge them', () => {
    const review: Fields = {
      title: 'Air versus oxygen for resuscitation of infants at birth',
      authors: "Tan, A; Schulze, A; O'Donnell, C P; Davis, P G",
      journal: 'Cochrane Database Syst Rev',
      pages: 'CD002273',
    };
    const pub2 = rec('pub2', { ...review, year: 2004, issue: '3', doi: '10.1002/14651858.CD002273.pub2' });
    const pub3 = rec('pub3', { ...review, year: 2005, issue: '2', doi: '10.1002/14651858.CD002273.pub3' });
    const v = compareRecords(pub2, pub3);
    expect(v.class).toBe('possible');
    expect(v.rule).toBe('review-versions');
    expect(v.evidence.find((e) => e.field === 'doi')?.note).toContain('pub2 vs pub3');
    expect(compareRecords(pub2, pub3, { mergeReviewVersions: true }).class).toBe('duplicate');
  });

  it('keeps Part 1 and Part 2 of a series apart', () => {
    const p1 = rec('p1', { ...base, title: 'Meta-ethnography in practice. Part 1: selecting studies', doi: undefined, pages: '10-19' });
    const p2 = rec('p2', { ...base, title: 'Meta-ethnography in practice. Part 2: selecting studies', doi: undefined, pages: '20-29' });
    const v = compareRecords(p1, p2);
    expect(v.class).toBe('distinct');
    expect(v.rule).toBe('multi-part');
  });

  it('keeps the same title in different years apart (annual reports, minitrack introductions)', () => {
    const intro: Fields = {
      type: 'conference-paper',
      title: 'Introduction to the Minitrack on Crowdsourcing and Digital Workforce in the Gig Economy',
      authors: 'Deng, Xuefei; Taylor, Joseph; Moussawi, Sara',
      journal: 'Proceedings of the Annual Hawaii International Conference on System Sciences',
    };
    const y2021 = rec('h21', { ...intro, year: 2021, doi: '10.24251/HICSS.2021.510' });
    const y2022 = rec('h22', { ...intro, year: 2022, doi: '10.24251/HICSS.2022.544' });
    expect(compareRecords(y2021, y2022).class).toBe('distinct');
    const r2019 = rec('r19', { title: 'Annual report of the national screening programme', year: 2019, journal: 'Health Reports' });
    const r2021 = rec('r21', { title: 'Annual report of the national screening programme', year: 2021, journal: 'Health Reports' });
    expect(compareRecords(r2019, r2021).rule).toBe('years-apart');
  });

  it('does not merge articles that share a DOI prefix but not the suffix', () => {
    const cais: Fields = { journal: 'Communications of the Association for Information Systems', volume: '42', year: 2018 };
    const a = rec('a', { ...cais, title: 'Understanding information privacy assimilation in IT organizations', authors: 'Attili, V; Mathew, S', doi: '10.17705/1CAIS.04204', pages: '61-80' });
    const b = rec('b', { ...cais, title: 'Understanding information security assimilation in IT organizations', authors: 'Attili, V; Mathew, S', doi: '10.17705/1CAIS.04205', pages: '81-99' });
    const v = compareRecords(a, b);
    expect(v.class).toBe('distinct');
    expect(v.rule).toBe('identifier-conflict');
    expect(v.evidence.find((e) => e.field === 'doi')?.note).toBe('DOIs differ');
  });

  it('forgives a mistyped DOI when everything else is the same citation', () => {
    const v = compareRecords(rec('a', base), rec('b', { ...base, doi: '10.1016/j.jmh.2019.100221' }));
    expect(v.class).toBe('duplicate');
    expect(v.evidence.find((e) => e.field === 'doi')?.note).toContain('wrong DOI');
  });

  it('ignores a DOI cut to its journal prefix', () => {
    const v = compareRecords(rec('a', { ...base, doi: '10.17705/1CAIS.04204' }), rec('b', { ...base, doi: '10.17705/1CAIS.' }));
    expect(v.evidence.find((e) => e.field === 'doi')?.note).toContain('cut short');
    expect(v.class).toBe('duplicate');
  });

  it('does not merge records that share a DOI but clearly are different papers', () => {
    const a = rec('a', { title: 'Understanding information privacy assimilation in IT organizations', authors: 'Attili, V; Mathew, S', year: 2018, doi: '10.17705/1CAIS.04204' });
    const b = rec('b', { title: 'MISunderstood: a longitudinal analysis of major misperceptions', authors: 'Annabi, H; McGann, S', year: 2019, doi: '10.17705/1CAIS.04204' });
    expect(compareRecords(a, b).class).toBe('distinct');
  });

  it('needs more than a short generic title', () => {
    const e1 = rec('e1', { title: 'Editorial', authors: 'Smith, J', year: 2020, journal: 'Nursing Inquiry', volume: '27', issue: '1', pages: '1' });
    const e2 = rec('e2', { title: 'Editorial', authors: 'Smith, J', year: 2020, journal: 'Nursing Inquiry', volume: '27', issue: '2', pages: '1' });
    expect(compareRecords(e1, e2).class).toBe('distinct');
    const again = rec('e3', { title: 'Editorial', authors: 'Smith, J', year: 2020, journal: 'Nursing Inquiry', volume: '27', issue: '1', pages: '1' });
    expect(compareRecords(e1, again).class).not.toBe('distinct');
    const bookReview = rec('b1', { title: 'Book review', year: 1995, journal: 'European Journal of Information Systems', volume: '4' });
    const specific = rec('b2', {
      title: 'Book review: Reengineering the corporation: a manifesto for business revolution',
      authors: 'Hammer, Michael; Champy, James',
      year: 1995,
      journal: 'European Journal of Information Systems',
      volume: '4',
    });
    expect(compareRecords(bookReview, specific).class).toBe('distinct');
  });

  it('does not merge a journal article with a workshop paper of the same title', () => {
    const paper: Fields = { title: 'Learning-based scheduling for digital work platforms', authors: 'Smith, John', year: 2020 };
    const v = compareRecords(rec('j', { ...paper, journal: 'Journal of Digital Studies' }), rec('w', { ...paper, journal: 'Workshop of Digital Studies' }));
    expect(v.class).not.toBe('duplicate');
    expect(v.evidence.find((e) => e.field === 'type')?.note).toBe('journal vs conference');
  });

  it('keeps a companion paper apart: similar letters, another word', () => {
    const mice = rec('m', { ...base, title: 'Effects of exercise on depressive symptoms in older adults living alone', doi: undefined, pages: undefined, volume: undefined, issue: undefined });
    const rats = rec('r', { ...base, title: 'Effects of exercise on anxiety symptoms in older adults living alone', doi: undefined, pages: undefined, volume: undefined, issue: undefined });
    const v = compareRecords(mice, rats);
    expect(v.class).not.toBe('duplicate');
    expect(v.evidence.find((e) => e.field === 'title')?.note).toContain('differ in words');
  });

  it('merges a translated title when journal, year, volume, pages and authors agree', () => {
    const en = rec('en', { title: 'Platform economy and crowdworking as challenges for industrial relations', authors: 'Greef, S; Schroeder, W', year: 2020, journal: 'Industrielle Beziehungen', volume: '27', issue: '2', pages: '205-226' });
    const de = rec('de', { title: 'Plattformökonomie und Crowdworking als Herausforderungen für die Arbeitsbeziehungen', authors: 'Greef, Samuel; Schroeder, Wolfgang', year: 2020, journal: 'Industrielle Beziehungen', volume: '27', issue: '2', pages: '205-226' });
    const v = compareRecords(en, de);
    expect(v.class).toBe('duplicate');
    expect(v.evidence.find((e) => e.field === 'title')?.note).toContain('translated title?');
  });
});

describe('compareRecords: one paper as two catalogues list it (DBLP, ACM)', () => {
  const sigmod = (id: string, title: string, authors: string, extra: Fields = {}): DedupRecord =>
    rec(id, { type: 'other', title, authors, year: 2000, journal: 'SIGMOD Record', ...extra });

  it('reads panel, tutorial and demo labels wherever a database puts them', () => {
    const acm = sigmod('acm', 'XML data management (panel session): go native or spruce up relational systems?', 'Larson, Per-Ake');
    const dblp = sigmod('dblp', 'XML Data Management: Go Native or Spruce up Relational Systems? (Panel Abstract)', 'Larson, Per-Ake');
    const v = compareRecords(acm, dblp);
    expect(v.class).toBe('duplicate');
    expect(v.evidence.find((e) => e.field === 'title')?.note).toBe('titles equal');
    const tutorial = sigmod('t', 'Tutorial: LDAP directory services - just another database application?', 'Shukla, S; Deshpande, A');
    const session = sigmod('s', 'LDAP directory services- just another database application? (tutorial session)', 'Deshpande, A; Shukla, S');
    expect(compareRecords(tutorial, session).class).toBe('duplicate');
  });

  it('counts a label on one side only a little, and two different labels as two items', () => {
    const plain = sigmod('p', 'Data warehousing and OLAP for decision support', 'Chaudhuri, S; Dayal, U');
    const labelled = sigmod('l', 'Data Warehousing and OLAP for Decision Support (Tutorial)', 'Chaudhuri, S; Dayal, U');
    const v = compareRecords(plain, labelled);
    expect(v.class).toBe('duplicate');
    expect(v.evidence.find((e) => e.field === 'type')?.note).toBe('only one title is labelled a tutorial');
    const demo = sigmod('d', 'Data Warehousing and OLAP for Decision Support (Demo Abstract)', 'Chaudhuri, S; Dayal, U');
    expect(compareRecords(labelled, demo).rule).toBe('conference-item-kind');
  });

  it('merges a title with a word added or left out when every author, the year and the venue agree', () => {
    const a = sigmod('a', 'Maintenance of cube automatic summary tables', 'Lehner, W; Sidle, R; Pirahesh, H; Cochrane, R');
    const b = sigmod('b', 'Maintenance of Automatic Summary Tables', 'Sidle, R; Lehner, W; Pirahesh, H; Cochrane, R');
    const v = compareRecords(a, b);
    expect(v.class).toBe('duplicate');
    expect(v.evidence.find((e) => e.field === 'title')?.note).toContain('4 words in common');
    // not when the venue is unknown or the pages differ
    expect(compareRecords(a, { ...b, journal: undefined }).class).not.toBe('duplicate');
    expect(compareRecords({ ...a, pages: '12-20' }, { ...b, pages: '40-48' }).class).not.toBe('duplicate');
  });

  it('merges a replaced word only between two exports (each lists a companion paper too)', () => {
    const a = sigmod('a', 'Applying the golden rule of sampling for query estimation', 'Wu, Y; Agrawal, D; Abbadi, A');
    const b = sigmod('b', 'Using the Golden Rule of Sampling for Query Estimation', 'Abbadi, A; Wu, Y; Agrawal, D');
    expect(compareRecords(a, b).class).not.toBe('duplicate');
    expect(compareRecords({ ...a, origin: 'acm.csv' }, { ...b, origin: 'dblp.csv' }).class).toBe('duplicate');
  });

  it('merges a title given with and without a leading label', () => {
    const a = sigmod('a', 'SIGMOD challenges paper: database issues in telecommunications network management', 'Ahn, I');
    const b = sigmod('b', 'Database Issues in Telecommunications Network Management', 'Ahn, Ilsoo');
    const v = compareRecords(a, b);
    expect(v.class).toBe('duplicate');
    expect(v.evidence.find((e) => e.field === 'title')?.note).toContain('without its leading label');
  });

  it('keeps two records of one export apart unless an identifier or the pages say they are one', () => {
    const a = sigmod('a', 'XPath processing in a nutshell', 'Gottlob, G; Koch, C; Pichler, R', { origin: 'acm.csv' });
    const b = sigmod('b', 'XPath processing in a nutshell', 'Gottlob, G; Koch, C; Pichler, R', { origin: 'acm.csv' });
    const v = compareRecords(a, b);
    expect(v.class).toBe('distinct');
    expect(v.rule).toBe('same-export');
    expect(compareRecords({ ...a, origin: 'dblp.csv' }, b).class).toBe('duplicate');
    expect(compareRecords({ ...a, doi: '10.1145/640990.640992' }, { ...b, doi: '10.1145/640990.640992' }).class).toBe('duplicate');
  });

  it('reads ordinals as numbers and the numbers of a title in any order', () => {
    const a = sigmod('a', "Report on NGITS'99: the fourth international workshop on next generation information technologies and systems", 'Etzion, O');
    const b = sigmod('b', "Report on NGITS'99: The 4th International Workshop on Next Generation Information Technologies and Systems", 'Etzion, Opher');
    expect(compareRecords(a, b).evidence.some((e) => e.note.startsWith('numbers in the titles differ'))).toBe(false);
    expect(compareRecords(a, b).class).toBe('duplicate');
  });

  it('does not read a year in the volume field or a month in the issue field against the other record', () => {
    const a = rec('a', { title: "Upwork's CEO on how an introverted engineer learned to lead", authors: 'Kasriel, S.', year: 2016, journal: 'Harvard Business Review', volume: '2016', issue: 'May' });
    const b = rec('b', { title: "How I did it ... Upwork's CEO on how an introverted engineer learned to lead", authors: 'Kasriel, Stephane', year: 2016, journal: 'Harvard Business Review', volume: '94', issue: '5', pages: '35+' });
    const v = compareRecords(a, b);
    expect(v.evidence.some((e) => e.field === 'volume' || e.field === 'issue')).toBe(false);
    expect(v.class).toBe('duplicate');
  });

  it('matches a group author written apart and together', () => {
    const a = sigmod('a', 'In-memory data management for consumer transactions the timesten approach', '', { authors: undefined });
    const withGroup = (r: DedupRecord, name: string): DedupRecord => ({ ...r, authors: [{ family: name, literal: name }] });
    const v = compareRecords(withGroup(a, 'CORPORATE TimesTen Team'), withGroup({ ...a, id: 'b', title: 'In-Memory Data Management for Consumer Transactions The Times-Ten Approach' }, 'Times-Ten Team'));
    expect(v.evidence.find((e) => e.field === 'authors')?.note).toBe('all authors match');
  });
});
