import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AppError } from '../errors.js';
import { StudyId } from '../synthesis/ids.js';
import { StudyAppraisal, appraisalRating, unansweredItems } from './answers.js';
import { caspQualitative } from './casp.js';
import { Checklist } from './checklist.js';
import { compareAppraisals, draftConsensus } from './consensus.js';
import { jbiQualitative } from './jbi.js';
import { appraisalTable } from './table.js';

const at = '2024-04-01T10:00:00Z';
const code = (fn: () => unknown): string | undefined => {
  try {
    fn();
    return undefined;
  } catch (error) {
    return error instanceof AppError ? error.code : 'not an AppError';
  }
};
/** A reviewer's CASP appraisal from answer letters (Y, N, C) and comments by question number. */
const casp = (studyId: string, by: string, letters: string, comments: Record<number, string> = {}) =>
  StudyAppraisal.create(caspQualitative, {
    studyId,
    role: 'reviewer',
    by,
    at,
    answers: [...letters].map((l, i) => ({
      itemId: `q${i + 1}`,
      value: { Y: 'yes', N: 'no', C: 'cant-tell' }[l]!,
      ...(comments[i + 1] ? { comment: comments[i + 1] } : {}),
    })),
  });

describe('built-in checklists', () => {
  it('CASP: ten questions in three sections, Q10 free text, yes / no / can’t tell', () => {
    expect(caspQualitative.items).toHaveLength(10);
    expect(caspQualitative.sections.map((s) => s.id)).toEqual(['A', 'B', 'C']);
    expect(caspQualitative.items[9]).toMatchObject({ number: 10, kind: 'text', options: [] });
    expect(caspQualitative.items[0]!.options.map((o) => o.value)).toEqual(['yes', 'no', 'cant-tell']);
    expect(caspQualitative.source.citation).toMatch(/CASP/);
  });

  it('JBI: ten items answered yes / no / unclear / not applicable', () => {
    expect(jbiQualitative.items).toHaveLength(10);
    expect(jbiQualitative.items.every((i) => i.options.map((o) => o.value).join() === 'yes,no,unclear,not-applicable')).toBe(true);
  });

  it('are frozen', () => {
    expect(Object.isFrozen(caspQualitative.items[0]!.options)).toBe(true);
  });
});

describe('custom checklists', () => {
  const valid = {
    id: 'team-v1',
    name: 'Team checklist',
    version: '1',
    source: { citation: 'Our protocol, appendix 2' },
    items: [
      { id: 'b', number: 2, short: 'Context', question: 'Is the context described?', kind: 'choice', options: [{ value: 'yes', label: 'Yes', favourable: true }, { value: 'no', label: 'No' }] },
      { id: 'a', number: 1, short: 'Notes', question: 'Anything else?', kind: 'text' },
    ],
  };

  it('accepts a valid definition, with items in number order', () => {
    const c = Checklist.define(valid);
    expect(c.items.map((i) => i.id)).toEqual(['a', 'b']);
    expect(c.items[0]!.allowComment).toBe(true);
  });

  it('lists every problem of an invalid definition', () => {
    const broken = {
      ...valid,
      items: [
        { id: 'a', number: 1, short: 'One', question: 'Q', kind: 'choice', options: [{ value: 'yes', label: 'Yes' }] },
        { id: 'a', number: 1, short: 'Two', question: 'Q', kind: 'text', options: [{ value: 'x', label: 'X' }], section: 'Z' },
      ],
    };
    try {
      Checklist.define(broken);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      const problems = (error as AppError).details?.['problems'] as string[];
      expect(problems).toEqual(
        expect.arrayContaining([
          'item id a is used twice',
          'item number 1 is used twice',
          'item a: a choice needs at least two options',
          'item a: a free-text item has no options',
          'item a: unknown section Z',
        ]),
      );
    }
    expect(code(() => Checklist.define({ ...valid, items: [] }))).toBe('APPRAISAL_INVALID_CHECKLIST');
    expect(code(() => Checklist.define({ ...valid, source: { citation: 'x', url: 'not a url' } }))).toBe('APPRAISAL_INVALID_CHECKLIST');
    expect(code(() => Checklist.define('nonsense'))).toBe('APPRAISAL_INVALID_CHECKLIST');
  });
});

describe('appraisals', () => {
  it('validates answers against the checklist', () => {
    expect(code(() => casp('s1', 'ana', 'YYX'))).toBe('APPRAISAL_INVALID_ANSWER');
    const base = { studyId: 's1', role: 'reviewer' as const, by: 'ana', at };
    expect(code(() => StudyAppraisal.create(caspQualitative, { ...base, answers: [{ itemId: 'q99', value: 'yes' }] }))).toBe('APPRAISAL_INVALID_ANSWER');
    expect(code(() => StudyAppraisal.create(caspQualitative, { ...base, answers: [{ itemId: 'q10', value: 'yes' }] }))).toBe('APPRAISAL_INVALID_ANSWER');
    expect(code(() => StudyAppraisal.create(caspQualitative, { ...base, answers: [{ itemId: 'q1', text: 'fine' }] }))).toBe('APPRAISAL_INVALID_ANSWER');
    expect(code(() => StudyAppraisal.create(caspQualitative, { ...base, answers: [{ itemId: 'q10', text: 'x', comment: 'y' }] }))).toBe('APPRAISAL_INVALID_ANSWER');
    expect(code(() => StudyAppraisal.create(caspQualitative, { ...base, answers: [{ itemId: 'q1', value: 'yes' }, { itemId: 'q1', value: 'no' }] }))).toBe(
      'APPRAISAL_INVALID_ANSWER',
    );
    const partial = StudyAppraisal.create(caspQualitative, { ...base, answers: [{ itemId: 'q2', value: 'no' }, { itemId: 'q1', value: 'yes', comment: 'Clear.' }] });
    expect(partial.answers.map((a) => a.itemId)).toEqual(['q1', 'q2']);
    expect(unansweredItems(caspQualitative, partial).map((i) => i.number)).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('compares reviewers item by item and drafts a consensus of what they agree on', () => {
    const ana = casp('s1', 'ana', 'YYYCYNYYY', { 6: 'No reflexivity.' });
    const ben = casp('s1', 'ben', 'YYYYYNYCY');
    const comparison = compareAppraisals(caspQualitative, [ana, ben]);
    expect(comparison.agreement).toEqual({ agreed: 7, compared: 9 });
    expect(comparison.items.filter((i) => !i.agreed).map((i) => i.number)).toEqual([4, 8, 10]);
    const draft = draftConsensus(caspQualitative, [ana, ben], { by: 'ana', at });
    expect(draft.role).toBe('consensus');
    expect(draft.answers.map((a) => a.itemId)).toEqual(['q1', 'q2', 'q3', 'q5', 'q6', 'q7', 'q9']);
    expect(draft.answers.find((a) => a.itemId === 'q6')?.comment).toBe('No reflexivity.');
    expect(code(() => compareAppraisals(caspQualitative, [ana, casp('s2', 'ben', 'YY')]))).toBe('APPRAISAL_INVALID_ANSWER');
    expect(code(() => compareAppraisals(caspQualitative, []))).toBe('APPRAISAL_INVALID_ANSWER');
  });

  it('rates the share of favourable answers, ignoring "not applicable"', () => {
    const jbi = StudyAppraisal.create(jbiQualitative, {
      studyId: 's1', role: 'consensus', by: 'ana', at,
      answers: [{ itemId: 'j1', value: 'yes' }, { itemId: 'j2', value: 'not-applicable' }, { itemId: 'j3', value: 'unclear' }],
    });
    expect(appraisalRating(jbiQualitative, jbi)).toBe(0.5);
    fc.assert(
      fc.property(fc.array(fc.constantFrom('yes', 'no', 'unclear', 'not-applicable'), { minLength: 10, maxLength: 10 }), (values) => {
        const a = StudyAppraisal.create(jbiQualitative, { studyId: 's1', role: 'reviewer', by: 'ana', at, answers: values.map((value, i) => ({ itemId: `j${i + 1}`, value })) });
        const rating = appraisalRating(jbiQualitative, a);
        if (values.every((v) => v === 'not-applicable')) expect(rating).toBeUndefined();
        else expect(rating).toBeCloseTo(values.filter((v) => v === 'yes').length / values.filter((v) => v !== 'not-applicable').length, 12);
      }),
    );
  });
});

describe('appraisalTable', () => {
  const studies = ['s1', 's2', 's3', 's4'].map((id) => ({ id: StudyId.of(id), label: `Study ${id}` }));

  it('shows the consensus, a single reviewer, or why there is nothing to show', () => {
    const rows = appraisalTable(caspQualitative, studies, [
      casp('s1', 'ana', 'YYYYYYYYY'),
      casp('s1', 'ben', 'NNNNNNNNN'),
      StudyAppraisal.create(caspQualitative, { studyId: 's1', role: 'consensus', by: 'ana', at, answers: [{ itemId: 'q1', value: 'yes' }], overallComment: 'Agreed.' }),
      casp('s2', 'ana', 'YNC'),
      casp('s3', 'ana', 'Y'),
      casp('s3', 'ben', 'N'),
    ]).rows;
    expect(rows.map((r) => r.source)).toEqual(['consensus', 'single-reviewer', 'awaiting-consensus', 'not-appraised']);
    expect(rows[0]).toMatchObject({ overallComment: 'Agreed.', favourable: 1, applicable: 1 });
    expect(rows[1]!.cells.slice(0, 3).map((c) => c.label)).toEqual(['Yes', 'No', "Can't tell"]);
    expect(rows[2]!.cells.every((c) => c.value === undefined)).toBe(true);
  });

  it('uses a reviewer’s latest revision and ignores other checklists', () => {
    const first = casp('s1', 'ana', 'N');
    const revised = StudyAppraisal.create(caspQualitative, { studyId: 's1', role: 'reviewer', by: 'ana', at: '2024-04-02T10:00:00Z', answers: [{ itemId: 'q1', value: 'yes' }] });
    const jbi = StudyAppraisal.create(jbiQualitative, { studyId: 's1', role: 'consensus', by: 'ana', at, answers: [{ itemId: 'j1', value: 'no' }] });
    const row = appraisalTable(caspQualitative, studies.slice(0, 1), [revised, first, jbi]).rows[0]!;
    expect(row.source).toBe('single-reviewer');
    expect(row.cells[0]!.value).toBe('yes');
  });
});
