import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { applySynthesisEvent } from '../synthesis/apply.js';
import { planDeletion } from '../synthesis/deletion.js';
import { buildSevenStudies } from '../test-support/seven-studies.js';
import { CerqualAssessment, reviewAssessment } from './assessment.js';
import { componentInputs, relevanceStatus } from './component-inputs.js';
import { contributingStudies } from './contributing.js';
import { evidenceProfiles } from './evidence-profile.js';
import { Finding, defaultFindings } from './finding.js';
import { soqfTable } from './soqf.js';

const example = buildSevenStudies();
const meta = { actor: 'ana', at: '2024-06-01T12:00:00Z' };
const context = {
  checklist: example.checklist,
  appraisals: example.appraisals,
  form: example.form,
  characteristics: example.characteristics,
  relevance: example.relevance,
};
const finding = (thirdOrderId: string): Finding => example.findings.find((f) => f.thirdOrderId === thirdOrderId)!;

describe('findings', () => {
  it('default to one per third-order construct below the overarching ones', () => {
    const findings = defaultFindings(example.state);
    expect(findings).toHaveLength(10);
    expect(findings.some((f) => f.thirdOrderId?.startsWith('o-'))).toBe(false);
    expect(findings[0]).toMatchObject({ id: 'finding-h-growth', label: 'Growth abroad as capital to bring home' });
  });

  it('take their contributing studies from the evidence chain, and follow it when the synthesis changes', () => {
    const f = finding('h-money');
    expect(contributingStudies(example.state, f).map((s) => s.label)).toEqual(['Oman 2009', 'Adzei 2014', 'Humphries 2017']);
    const unlinked = applySynthesisEvent(example.state, { type: 'unlink', relation: 'grid', conceptId: example.state.concepts.find((k) => k.id === 'k-pay')!.id, constructId: example.state.constructs.find((c) => c.id === 'c-hum-conditions')!.id, ...meta });
    expect(contributingStudies(unlinked, f).map((s) => s.label)).toEqual(['Oman 2009', 'Adzei 2014']);
  });

  it('may list their studies when they rest on no third-order construct, but not both', () => {
    const manual = Finding.create({ id: 'f-manual', label: 'Manual', statement: 'A finding from the discussion.', studyIds: ['s-arif', 's-gaviria'] });
    expect(contributingStudies(example.state, manual).map((s) => s.label)).toEqual(['Gaviria 1975', 'Arif 2019']);
    expect(() => Finding.create({ id: 'f', label: 'x', statement: 'y', thirdOrderId: 'h-money', studyIds: [] })).toThrow(AppError);
  });
});

describe('assessments', () => {
  it('need an explanation for every judgement', () => {
    const base = { findingId: 'finding-h-money', assessedBy: 'ana', at: meta.at };
    expect(() => CerqualAssessment.create({ ...base, components: { coherence: { concerns: 'none', explanation: ' ' } } })).toThrow(/explain/);
    expect(() => CerqualAssessment.create({ ...base, overall: { confidence: 'high', explanation: '' } })).toThrow(AppError);
    expect(() => CerqualAssessment.create({ ...base, components: { dissemination: { concerns: 'none', explanation: 'x' } } as never })).toThrow(/Unknown CERQual component/);
    expect(() => CerqualAssessment.create({ ...base, components: { adequacy: { concerns: 'grave' as never, explanation: 'x' } } })).toThrow(AppError);
  });

  it('get warnings, not errors, for judgements that look inconsistent', () => {
    const judged = (concerns: 'none' | 'serious') => ({ concerns, explanation: 'because' });
    const codes = (input: Parameters<typeof CerqualAssessment.create>[0]) => reviewAssessment(CerqualAssessment.create(input)).map((w) => w.code);
    const base = { findingId: 'f', assessedBy: 'ana', at: meta.at };
    expect(codes({ ...base })).toEqual(['component-missing', 'component-missing', 'component-missing', 'component-missing', 'overall-missing']);
    const all = { 'methodological-limitations': judged('none'), coherence: judged('none'), adequacy: judged('serious'), relevance: judged('none') };
    expect(codes({ ...base, components: all, overall: { confidence: 'high', explanation: 'x' } })).toEqual(['not-downgraded']);
    expect(codes({ ...base, components: { ...all, adequacy: judged('none') }, overall: { confidence: 'low', explanation: 'x' } })).toEqual(['downgraded-without-concerns']);
    expect(codes({ ...base, components: { coherence: judged('none') }, overall: { confidence: 'moderate', explanation: 'x' } })).toContain('overall-before-components');
    for (const a of example.assessments) expect(reviewAssessment(a)).toEqual([]);
  });
});

describe('componentInputs', () => {
  it('sets beside each component the data it draws on', () => {
    const inputs = componentInputs(example.state, finding('h-resources'), context);
    expect(inputs.studies.map((s) => s.label)).toEqual(['Motlhatlhedi 2018', 'Gaviria 1975', 'Adzei 2014']);
    const gaviria = inputs.methodologicalLimitations.studies.find((s) => s.study.id === 's-gaviria')!;
    expect(gaviria.contribution).toEqual({ constructs: 1, quotes: 1, excerpts: 1 });
    expect(gaviria.appraisal?.concerns.map((c) => `${c.number}:${c.answer}`)).toEqual(['3:Can\'t tell', '4:Can\'t tell', '6:No', '7:Can\'t tell', '8:Can\'t tell']);
    expect(inputs.adequacy).toMatchObject({ studies: 3, firstOrder: 1, secondOrder: 2, excerpts: 3 });
    expect(inputs.coherence.refutations.map((r) => r.linkId)).toEqual(['l-skills-2']);
    const gaviriaRelevance = inputs.relevance.studies.find((s) => s.study.id === 's-gaviria')!;
    expect(gaviriaRelevance.checks.map((c) => c.status)).toEqual(['matches', 'differs']);
  });

  it('counts unexplained refutations for coherence', () => {
    const inputs = componentInputs(example.state, finding('h-changed-self'), context);
    expect(inputs.coherence).toMatchObject({ unexplained: 1, reciprocalLinks: 1 });
  });

  it('works without appraisal or characteristics, leaving those inputs empty', () => {
    const inputs = componentInputs(example.state, finding('h-duty'));
    expect(inputs.methodologicalLimitations.studies.every((s) => s.appraisal === undefined)).toBe(true);
    expect(inputs.relevance.studies.every((s) => s.checks.length === 0)).toBe(true);
  });

  it('judges relevance of lists as matching, partial or differing', () => {
    const c = { fieldId: 'hostCountry', label: 'Host in Oceania', anyOf: ['AU', 'NZ'] };
    expect(relevanceStatus(c, ['AU', 'NZ'])).toBe('matches');
    expect(relevanceStatus(c, ['AU', 'US'])).toBe('partial');
    expect(relevanceStatus(c, 'US')).toBe('differs');
    expect(relevanceStatus(c, [])).toBe('not-reported');
    expect(relevanceStatus({ fieldId: 'year', label: 'Recent', min: 1990, max: 2020 }, 2021)).toBe('differs');
  });
});

describe('SoQF table and evidence profiles', () => {
  it('number studies consistently and show unassessed findings as such', () => {
    const table = soqfTable(example.state, example.findings, example.assessments.slice(1));
    expect(table.rows[0]?.confidence).toBeUndefined();
    expect(table.rows[3]).toMatchObject({ confidence: 'high', studies: expect.arrayContaining([{ id: 's-motlhatlhedi', label: 'Motlhatlhedi 2018', number: 1 }]) });
    expect(table.studies.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const profiles = evidenceProfiles(example.state, example.findings, []);
    expect(profiles[0]?.components.every((c) => c.judgement === undefined)).toBe(true);
  });

  it('stay derived: deleting a study removes it from every row', () => {
    const state = applySynthesisEvent(example.state, planDeletion(example.state, { kind: 'study', id: example.state.studies.find((s) => s.id === 's-arif')!.id }, meta));
    const table = soqfTable(state, example.findings, example.assessments);
    expect(table.rows.flatMap((r) => r.studies.map((s) => s.id))).not.toContain('s-arif');
    expect(table.studies).toHaveLength(6);
  });
});
