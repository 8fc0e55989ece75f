import { describe, expect, it } from 'vitest';
import { appraisalIdBrands } from '../appraisal/checklist.js';
import { cerqualIdBrands } from '../cerqual/finding.js';
import { characteristicsIdBrands } from '../characteristics/form.js';
import { AppError } from '../errors.js';
import { ConstructId, StudyId, synthesisIdBrands } from './ids.js';

describe('branded ids', () => {
  it('uses every brand name once across the domain', () => {
    const all = [...synthesisIdBrands, ...appraisalIdBrands, ...characteristicsIdBrands, ...cerqualIdBrands];
    expect(new Set(all).size).toBe(all.length);
  });

  it('accepts ordinary ids and rejects empty, padded or control-character ones', () => {
    expect(StudyId.of('s-motlhatlhedi')).toBe('s-motlhatlhedi');
    for (const bad of ['', ' s1', 's1 ', 'a\nb']) expect(() => ConstructId.of(bad)).toThrow(AppError);
    expect(ConstructId.is(42)).toBe(false);
  });
});
