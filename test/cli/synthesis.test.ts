import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderTextPdf } from '../../src/app/fulltext/index.js';
import { runCli } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'metaethno-cli-synth-'));
const data = join(dir, 'data');

const run = (...args: string[]): ReturnType<typeof runCli> => runCli(data, ...args);

describe('metaethno CLI: a synthesis from a script', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('builds studies, excerpts in an attached PDF, constructs and a third-order construct, then prints its evidence', async () => {
    const project = (JSON.parse((await run('init', 'Scripted synthesis', '--json')).out) as { project: string }).project;
    writeFileSync(
      join(dir, 'arif.pdf'),
      await renderTextPdf({
        title: 'Arif 2019 (illustrative text)',
        sections: [{ heading: 'Findings', paragraphs: ['Returners said that a permanent post decided everything. "Without a permanent post I could not have stayed," one physician said.'] }],
      }),
    );
    const script = [
      { type: 'create', kind: 'study', value: { id: 's-arif', label: 'Arif 2019', year: 2019, reportIds: [] } },
      { type: 'attach', as: 'arif', studyId: 's-arif', path: 'arif.pdf' },
      { type: 'excerpt', id: 'x-post', studyId: 's-arif', fileId: '@arif', quote: 'Without a permanent post I could not have stayed' },
      { type: 'create', kind: 'construct', value: { id: 'c-post', order: 1, studyId: 's-arif', label: 'A permanent post', text: 'Without a permanent post I could not have stayed', excerptIds: ['x-post'] } },
      { type: 'create', kind: 'concept', value: { id: 'k-security', label: 'Job security' } },
      { type: 'link', relation: 'grid', conceptId: 'k-security', constructId: 'c-post' },
      { type: 'create', kind: 'thirdOrder', value: { id: 't-conditional', label: 'Return on conditions', description: 'Return depended on secure posts.', conceptIds: ['k-security'], constructIds: [] } },
      { type: 'put', doc: 'text', key: 'reflexivity', value: 'The team includes doctors who trained abroad.' },
    ];
    writeFileSync(join(dir, 'script.json'), JSON.stringify({ label: 'First pass', steps: script }));
    const applied = await run('synth', 'apply', '--project', project, '--file', join(dir, 'script.json'), '--json');
    expect(applied.err).toBe('');
    expect(applied.code).toBe(0);
    expect(JSON.parse(applied.out)).toMatchObject({ events: 7, files: { arif: expect.any(String) } });

    const shown = await run('show', 'construct', 't-conditional', '--project', project, '--evidence');
    expect(shown.code).toBe(0);
    expect(shown.out).toContain('Return on conditions');
    expect(shown.out).toMatch(/p\. 1: “Without a permanent post I could not have stayed”/);

    const tables = await run('synth', 'tables', '--project', project, '--table', 'grid');
    expect(tables.out).toContain('Job security');
    const check = await run('excerpts', '--project', project);
    expect(check.out).toContain('1 excerpts, 0 orphaned');

    expect((await run('synth', 'undo', '--project', project)).code).toBe(0);
    const state = JSON.parse((await run('synth', 'state', '--project', project, '--json')).out) as { synthesis: { thirdOrders: unknown[]; studies: unknown[] } };
    expect(state.synthesis.thirdOrders).toEqual([]);
    expect(state.synthesis.studies).toHaveLength(1);
    expect((await run('synth', 'redo', '--project', project)).code).toBe(0);
  });

  it('fails a bad script at its first bad step with a clear message and a non-zero exit code', async () => {
    const project = (JSON.parse((await run('init', 'Bad script', '--json')).out) as { project: string }).project;
    writeFileSync(join(dir, 'bad.json'), JSON.stringify([{ type: 'create', kind: 'concept', value: { id: 'k1', label: 'Fine' } }, { type: 'link', relation: 'grid', conceptId: 'k1', constructId: 'nope' }]));
    const r = await run('synth', 'apply', '--project', project, '--file', join(dir, 'bad.json'));
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/Step 2/);
    writeFileSync(join(dir, 'broken.json'), '{ not json');
    expect((await run('synth', 'apply', '--project', project, '--file', join(dir, 'broken.json'))).err).toMatch(/not valid JSON/);
    const state = JSON.parse((await run('synth', 'state', '--project', project, '--json')).out) as { synthesis: { concepts: unknown[] } };
    expect(state.synthesis.concepts).toEqual([]);
  });
});
