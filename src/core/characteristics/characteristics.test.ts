import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AppError } from '../errors.js';
import { StudyId } from '../synthesis/ids.js';
import { continents, countries, findCountry } from './countries.js';
import { defaultCharacteristicsForm as form } from './default-form.js';
import { CharacteristicsForm } from './form.js';
import { characteristicsSummaryToMarkdown, formatFieldValue, summariseCharacteristics } from './summary.js';
import { StudyCharacteristics, validateCharacteristics } from './values.js';

const issues = (values: Record<string, unknown>) => validateCharacteristics(form, values).map((i) => `${i.fieldId}:${i.code}`);
const complete = { year: 2018, country: 'BW', participants: 'Eight returned health workers' };

describe('the country table', () => {
  it('covers ISO 3166-1 with a continent for each code', () => {
    expect(countries.size).toBeGreaterThanOrEqual(249);
    for (const [code, c] of countries) {
      expect(code).toMatch(/^[A-Z]{2}$/);
      expect(Object.keys(continents)).toContain(c.continent);
    }
    expect(countries.get('BW')).toMatchObject({ name: 'Botswana', continent: 'AF' });
    expect(countries.get('FJ')?.continent).toBe('OC');
    expect(countries.get('PE')?.continent).toBe('SA');
  });

  it('finds countries by code or by name, ignoring case and accents', () => {
    expect(findCountry('pk')?.name).toBe('Pakistan');
    expect(findCountry('cote d’ivoire'.replace('’', "'"))?.code).toBe('CI');
    expect(findCountry('Turkiye')?.code).toBe('TR');
    expect(findCountry('Atlantis')).toBeUndefined();
  });
});

describe('validateCharacteristics', () => {
  it('accepts a complete default form', () => {
    expect(issues({ ...complete, hostCountry: ['AU', 'NZ'], participantsN: 8, methodology: 'phenomenology', dataCollection: ['semi-structured-interviews'] })).toEqual([]);
  });

  it('reports every problem beside its field', () => {
    expect(
      issues({
        year: 18.5,
        country: 'Botswana',
        hostCountry: ['AU', 'AU', 'XX'],
        participantsN: -3,
        participants: '',
        methodology: 'astrology',
        dataCollection: 'interviews',
        colour: 'blue',
      }),
    ).toEqual([
      'year:not-integer',
      'year:below-min',
      'country:unknown-country',
      'hostCountry:unknown-country',
      'hostCountry:repeated-value',
      'participantsN:below-min',
      'participants:required',
      'methodology:not-an-option',
      'dataCollection:wrong-type',
      'colour:unknown-field',
    ]);
  });

  it('never throws, whatever the values', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...form.fields.map((f) => f.id), 'other'), fc.anything()), (values) => {
        expect(Array.isArray(validateCharacteristics(form, values))).toBe(true);
      }),
    );
  });
});

describe('CharacteristicsForm.define', () => {
  it('rejects malformed forms with every problem listed', () => {
    const bad = {
      id: 'f',
      name: 'Form',
      fields: [
        { id: 'year', label: 'Year', kind: 'text', role: 'year' },
        { id: 'year', label: 'Again', kind: 'choice', options: [{ value: 'a', label: 'A' }] },
        { id: 'n', label: 'N', kind: 'number', min: 5, max: 1, multiple: true },
      ],
    };
    try {
      CharacteristicsForm.define(bad);
      expect.unreachable();
    } catch (error) {
      expect((error as AppError).code).toBe('CHARACTERISTICS_INVALID_FORM');
      expect((error as AppError).details?.['problems']).toEqual([
        'field year: role year needs a number field',
        'field id year is used twice',
        'field year: a choice needs at least two options',
        'field n: min is above max',
        'field n: only country fields take "multiple" (use multi-choice)',
      ]);
    }
    expect(() => CharacteristicsForm.define({ id: 'f', name: 'x', fields: [] })).toThrow(AppError);
  });
});

describe('summariseCharacteristics', () => {
  const studies = ['a', 'b', 'c', 'd'].map((id) => ({ id: StudyId.of(id), label: `Study ${id.toUpperCase()}` }));
  const records = [
    StudyCharacteristics.create('a', { year: 2001, country: 'GH', participantsN: 10, methodology: 'phenomenology', dataCollection: ['focus-groups', 'observation'] }),
    StudyCharacteristics.create('b', { year: 2019, country: 'KE', hostCountry: ['GB', 'US'], participantsN: 5, methodology: 'phenomenology' }),
    StudyCharacteristics.create('c', { year: 1999, country: 'GB', methodology: 'grounded-theory', dataCollection: ['focus-groups'] }),
    StudyCharacteristics.create('d', { participants: '', dataCollection: [] }),
  ];

  it('computes totals, ranges, countries by continent and method counts', () => {
    const s = summariseCharacteristics(form, studies, records);
    expect(s.studies).toBe(4);
    expect(s.participants).toMatchObject({ total: 15, reported: 2, min: 5, max: 10 });
    expect(s.participants?.notReported.map((x) => x.id)).toEqual(['c', 'd']);
    expect(s.years).toMatchObject({ from: 1999, to: 2019, reported: 3 });
    expect(s.countries?.continents.map((c) => [c.name, c.studies, c.countries])).toEqual([
      ['Africa', 2, 2],
      ['Europe', 1, 1],
    ]);
    expect(s.hostCountries?.countries.map((c) => c.code)).toEqual(['GB', 'US']);
    const methodology = s.methods.find((m) => m.fieldId === 'methodology')!;
    expect(methodology.counts.map((c) => [c.value, c.studies])).toEqual([
      ['phenomenology', 2],
      ['grounded-theory', 1],
    ]);
    expect(methodology.notReported).toBe(1);
    expect(s.methods.find((m) => m.fieldId === 'dataCollection')!.counts.map((c) => [c.value, c.studies])).toEqual([
      ['focus-groups', 2],
      ['observation', 1],
    ]);
    expect(characteristicsSummaryToMarkdown(s)).toContain('Participants: 15 in 2 studies');
  });

  it('keeps its totals consistent with the records (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.nat(500), { nil: undefined }), { minLength: 1, maxLength: 12 }), (counts) => {
        const ids = counts.map((_, i) => ({ id: StudyId.of(`s${i}`), label: `S${i}` }));
        const recs = counts.map((n, i) => StudyCharacteristics.create(`s${i}`, n === undefined ? {} : { participantsN: n }));
        const s = summariseCharacteristics(form, ids, recs);
        const given = counts.filter((n): n is number => n !== undefined);
        if (given.length === 0) expect(s.participants).toBeUndefined();
        else expect(s.participants).toMatchObject({ total: given.reduce((a, b) => a + b, 0), reported: given.length });
        expect((s.participants?.reported ?? 0) + (s.participants?.notReported.length ?? counts.length)).toBe(counts.length);
      }),
    );
  });

  it('formats values as a table shows them', () => {
    const host = form.fields.find((f) => f.id === 'hostCountry')!;
    expect(formatFieldValue(host, ['AU', 'NZ'])).toBe('Australia, New Zealand');
    expect(formatFieldValue(form.fields.find((f) => f.id === 'methodology')!, 'case-study')).toBe('Case study');
    expect(formatFieldValue(host, undefined)).toBe('–');
  });
});
