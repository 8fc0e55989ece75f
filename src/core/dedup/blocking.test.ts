import { describe, expect, it } from 'vitest';
import { splitAuthors } from '../records/fields.js';
import { blockingKeyCount, candidatePairs } from './blocking.js';
import { estimateJaccard, signature } from './minhash.js';
import { prepareRecord } from './prepare.js';
import type { DedupRecord } from './types.js';

type Fields = Partial<Omit<DedupRecord, 'id' | 'authors'>> & { authors?: string };
const rec = (id: string, f: Fields): DedupRecord => ({ type: 'article', keywords: [], urls: [], ...f, authors: splitAuthors(f.authors), id });
const pairsOf = (records: readonly DedupRecord[], max = 64): string[] => {
  const prepared = records.map((r) => prepareRecord(r));
  const { pairs } = candidatePairs(prepared, max);
  const out: string[] = [];
  for (let k = 0; k < pairs.length; k += 2) out.push(`${prepared[pairs[k] ?? 0]?.id ?? ''}-${prepared[pairs[k + 1] ?? 0]?.id ?? ''}`);
  return out;
};

describe('MinHash', () => {
  it('estimates a high Jaccard similarity for a title with a typo and a low one for another title', () => {
    const a = signature('livingwithchronicpainametaethnographyofpatientnarratives');
    const typo = signature('livingwithchronicpianametaethnographyofpatientnarratives');
    const other = signature('parentsperceptionsofchildhoodvaccinationinruralkenya');
    expect(estimateJaccard(a, typo)).toBeGreaterThan(0.6);
    expect(estimateJaccard(a, other)).toBeLessThan(0.2);
  });
});

describe('candidatePairs', () => {
  it('pairs records through any shared key: DOI, title, title start or end, MinHash, locators', () => {
    const records = [
      rec('doi1', { title: 'Completely different words here', doi: '10.1000/xyz123' }),
      rec('doi2', { title: 'Nothing in common at all today', doi: 'https://doi.org/10.1000/XYZ123' }),
      rec('cut1', { title: 'Self-management of type 2 diabetes in South Asian communities: a qualitative synthesis' }),
      rec('cut2', { title: 'Self-management of type 2 diabetes in South Asian communities' }),
      rec('typo1', { title: 'Barriers to physical activity in adolescents with obesity' }),
      rec('typo2', { title: 'Barriers to physcial activity in adolescents with obseity' }),
      rec('loc1', { title: 'Título en español sobre la atención primaria', year: 2019, volume: '12', pages: '211-229' }),
      rec('loc2', { title: 'A title in English about primary care', year: 2019, volume: '12', pages: '211-9' }),
      rec('alone', { title: 'Parents’ perceptions of childhood vaccination in rural Kenya' }),
    ];
    const pairs = pairsOf(records);
    expect(pairs).toEqual(expect.arrayContaining(['doi1-doi2', 'cut1-cut2', 'typo1-typo2', 'loc1-loc2']));
    expect(pairs.some((p) => p.includes('alone'))).toBe(false);
  });

  it('compares an oversized block with a sliding window, independent of input order', () => {
    const many = Array.from({ length: 40 }, (_, i) => rec(`e${String(i).padStart(2, '0')}`, { title: 'Editorial', year: 2000 + (i % 3), authors: `Author${i}, A` }));
    const windowed = pairsOf(many, 10);
    expect(windowed.length).toBeLessThan((40 * 39) / 2);
    expect(windowed.length).toBeGreaterThan(0);
    expect(pairsOf([...many].reverse().sort((a, b) => (a.id < b.id ? -1 : 1)), 10)).toEqual(windowed);
  });

  it('gives a record one key per signal it has', () => {
    const full = prepareRecord(rec('f', { title: 'Barriers to physical activity in adolescents with obesity: focus groups', doi: '10.1186/s12889-016-3412-9', year: 2016, volume: '16', pages: '732', authors: 'Nguyen, L' }));
    // DOI, title, prefix, suffix, 6 bands, locator, author+page, author+year (+ first title word for one author)
    expect(blockingKeyCount(full)).toBe(13);
  });

  it('pairs records by year and authors in any order when their titles were reworded', () => {
    const records = [
      rec('acm', { title: 'Microsoft TerraServer: a spatial data warehouse', authors: 'Barclay, T; Gray, J; Slutz, D', year: 2000 }),
      rec('dblp', { title: 'TerraServer: A Spatial Data Warehouse', authors: 'Slutz, Donald R.; Gray, Jim; Barclay, Tom', year: 2000 }),
      rec('later', { title: 'TerraServer: A Spatial Data Warehouse', authors: 'Slutz, Donald R.; Gray, Jim; Barclay, Tom', year: 2003 }),
    ];
    expect(pairsOf(records)).toContain('acm-dblp');
  });
});
