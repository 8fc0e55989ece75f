import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors.js';
import { splitAuthors } from '../records/fields.js';
import { canonicalRecord, canonicalWithProvenance } from './canonical.js';
import type { DedupRecord } from './types.js';

type Fields = Partial<Omit<DedupRecord, 'id' | 'authors'>> & { authors?: string };
const rec = (id: string, f: Fields): DedupRecord => ({ type: 'article', keywords: [], urls: [], ...f, authors: splitAuthors(f.authors), id });

describe('canonicalRecord', () => {
  const embase = rec('embase-12', {
    title: 'NURSES’ EXPERIENCES OF CARING FOR PATIENTS WITH DEMENTIA IN ACUTE HOSPITALS',
    authors: 'Lindqvist E; Berg N',
    year: 2017,
    journal: 'Int J Nurs Stud',
    volume: '70',
    pages: '1-12',
    keywords: ['dementia', 'nursing'],
    database: 'Embase',
  });
  const medline = rec('medline-3', {
    title: 'Nurses’ experiences of caring for patients with dementia in acute hospitals. [Review]',
    authors: 'Lindqvist, Eva; Berg, Nils; Holm, Karin',
    year: 2017,
    journal: 'International Journal of Nursing Studies',
    volume: '70',
    issue: '2',
    pages: '1',
    doi: '10.1016/j.ijnurstu.2017.02.001',
    pmid: '28214745',
    abstract: 'Background: People with dementia are often cared for in acute hospitals…',
    keywords: ['Dementia', 'acute care'],
  });
  const cinahl = rec('cinahl-8', {
    title: 'Nurses’ experiences of caring for patients with dementia in acute hospitals',
    authors: 'Lindqvist, E; Berg, N; Holm, K',
    year: 2016,
    journal: 'International Journal of Nursing Studies',
    volume: '70',
    pages: '1-12',
    urls: ['https://example.org/a'],
  });

  it('takes the most complete value of each field', () => {
    const c = canonicalRecord([embase, medline, cinahl]);
    expect(c.title).toBe('Nurses’ experiences of caring for patients with dementia in acute hospitals');
    expect(c.authors.map((a) => `${a.family}, ${a.given ?? ''}`)).toEqual(['Lindqvist, Eva', 'Berg, Nils', 'Holm, Karin']);
    expect(c.year).toBe(2017);
    expect(c.journal).toBe('International Journal of Nursing Studies');
    expect(c.journalAbbrev).toBeUndefined();
    expect(c.pages).toBe('1-12');
    expect(c.issue).toBe('2');
    expect(c.doi).toBe('10.1016/j.ijnurstu.2017.02.001');
    expect(c.pmid).toBe('28214745');
    expect(c.abstract).toContain('People with dementia');
    expect(c.keywords).toEqual(['dementia', 'nursing', 'acute care']);
    expect(c.urls).toEqual(['https://example.org/a']);
  });

  it('says which member gave each field', () => {
    const { provenance } = canonicalWithProvenance([embase, medline, cinahl]);
    expect(provenance).toMatchObject({ doi: 'medline-3', authors: 'medline-3', pages: 'embase-12', title: 'cinahl-8' });
  });

  it('does not depend on anything but the members and their order', () => {
    expect(canonicalRecord([embase, medline, cinahl])).toEqual(canonicalRecord([embase, medline, cinahl]));
    expect(canonicalRecord([cinahl])).toMatchObject({ title: cinahl.title, year: 2016 });
  });

  it('needs at least one member', () => {
    try {
      canonicalRecord([]);
      expect.unreachable();
    } catch (e) {
      expect(isAppError(e) && e.code).toBe('INVALID_ARGUMENT');
    }
  });
});
