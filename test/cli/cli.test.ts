import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticCorpus } from '../../src/core/ranking/synthetic.js';
import { runCli } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'metaethno-cli-'));
const data = join(dir, 'data');
const fixture = (name: string): string => new URL(`../fixtures/${name}`, import.meta.url).pathname;

const run = (...args: string[]): ReturnType<typeof runCli> => runCli(data, ...args);

describe('metaethno CLI', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs a project from init to export with --json everywhere', async () => {
    const init = await run('init', 'IMG return', '--json');
    expect(init.code).toBe(0);
    const project = (JSON.parse(init.out) as { project: string }).project;
    const search = JSON.parse((await run('search', 'add', '--project', 'IMG return', '--source', 'MEDLINE', '--platform', 'Ovid', '--hits', '2', '--json')).out) as { search: { id: string } };
    const imp = await run('import', fixture('two-records.ris'), '--project', project, '--search', search.search.id, '--json');
    expect(imp.code).toBe(0);
    expect(JSON.parse(imp.out)).toMatchObject({ records: 2, mismatch: null });
    const list = JSON.parse((await run('records', 'list', '--project', project, '--json')).out) as { total: number; items: { id: string }[] };
    expect(list.total).toBe(2);
    const show = await run('records', 'show', list.items[0]!.id, '--project', project);
    expect(show.out).toContain('Home is home');
    const out = join(dir, 'out.bib');
    expect((await run('records', 'export', '--project', project, '--format', 'bibtex', '--out', out)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/@article\{/);
    const log = JSON.parse((await run('search', 'list', '--project', project, '--json')).out) as { searches: { recordsImported: number }[] };
    expect(log.searches[0]!.recordsImported).toBe(2);
  });

  it('gives stable exit codes and JSON errors', async () => {
    const missing = await run('records', 'list', '--project', 'no such project', '--json');
    expect(missing.code).toBe(3);
    expect(JSON.parse(missing.out)).toMatchObject({ error: { code: 'PROJECT_NOT_FOUND' } });
    const project = (JSON.parse((await run('init', 'exit codes', '--json')).out) as { project: string }).project;
    const search = JSON.parse((await run('search', 'add', '--project', project, '--source', 'Scopus', '--json')).out) as { search: { id: string } };
    const bad = await run('import', fixture('truncated.xml'), '--project', project, '--search', search.search.id);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/truncated\.xml/);
    expect((await run('search', 'add', '--project', project, '--source', 'X', '--date', 'last week')).code).toBe(2);
    expect((await run('frobnicate')).code).toBe(2);
  });

  it('parses files statelessly', async () => {
    const csv = join(dir, 'list.csv');
    writeFileSync(csv, 'ID,title,author,year,journal\n7,"Going home, again",Pérez J.; Smith A.,2019,Med Educ\n');
    const res = await run('parse', fixture('two-records.ris'), csv, '--json');
    const parsed = JSON.parse(res.out) as { files: { format: string; records: { title: string; raw?: unknown }[] }[] };
    expect(parsed.files.map((f) => f.format)).toEqual(['ris', 'csv']);
    expect(parsed.files[1]!.records[0]!.title).toBe('Going home, again');
    expect(parsed.files[0]!.records[0]!.raw).toBeUndefined();
  });
  it('de-duplicates files without a project: each file one database export', async () => {
    const entry = (id: string, extra: string[]): string =>
      ['TY  - JOUR', `ID  - ${id}`, 'TI  - Notes from the field: doctors who went home', 'AU  - Oman, Kamal', 'AU  - Rahman, Sadia', 'PY  - 2019', 'JO  - Journal of Health Workforce Studies', ...extra, 'ER  - '].join('\n');
    const medline = join(dir, 'medline.ris');
    const embase = join(dir, 'embase.ris');
    // MEDLINE lists the column twice (two instalments, one without DOI or pages); Embase once.
    writeFileSync(medline, [entry('m1', ['DO  - 10.5555/jhws.2019.0101', 'SP  - 101', 'EP  - 103']), entry('m2', [])].join('\n\n'));
    writeFileSync(embase, entry('e1', ['DO  - 10.5555/jhws.2019.0101', 'SP  - 101-3']));
    const result = await run('dedup', medline, embase, '--json');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out) as { records: number; groups: string[][]; possible: unknown[] };
    expect(json.records).toBe(3);
    // Embase's record joins the instalment with the DOI; the other instalment stays its own item.
    expect(json.groups).toEqual([['e1', 'm1']]);
    const alone = await run('dedup', medline, '--json');
    expect((JSON.parse(alone.out) as { records: number }).records).toBe(2);
  });

  it('simulates a labelled set, from a seed or from a given prior, and refuses a bad seed or prior', async () => {
    const labelled = join(dir, 'labelled.csv');
    const corpus = syntheticCorpus({ records: 200, includes: 12, signal: 0.3, seed: 5 });
    writeFileSync(labelled, ['record_id,title,abstract,label_included', ...corpus.map((d) => `${d.id},${d.title},${d.abstract},${d.label}`)].join('\n'));
    const svg = join(dir, 'curve.svg');
    const drawn = await run('simulate', labelled, '--seed', '3', '--svg', svg, '--json');
    expect(drawn.code).toBe(0);
    const result = JSON.parse(drawn.out) as { records: number; includes: number; wss95: number; priorIds: string[]; seed: number; curve: number[] };
    expect([result.records, result.includes, result.seed]).toEqual([200, 12, 3]);
    expect(result.curve).toHaveLength(201);
    expect(readFileSync(svg, 'utf8')).toMatch(/^<svg/);
    // The drawn prior, given back, replays the same run; another prior gives another.
    const replay = await run('simulate', labelled, '--seed', '3', '--prior', result.priorIds.join(','), '--json');
    expect(JSON.parse(replay.out)).toEqual(result);
    const otherInclude = corpus.find((d) => d.label === 1 && d.id !== result.priorIds[0])!.id;
    const other = JSON.parse((await run('simulate', labelled, '--seed', '3', '--prior', `${otherInclude},${result.priorIds[1]!}`, '--json')).out) as { priorIds: string[] };
    expect(other.priorIds).toEqual([otherInclude, result.priorIds[1]]);
    const text = await run('simulate', labelled, '--seed', '3');
    expect(text.out).toContain(`prior include ${result.priorIds[0]!}, exclude ${result.priorIds[1]!}`);
    for (const bad of [['--seed', 'soon'], ['--seed', '-1'], ['--prior', result.priorIds[0]!], ['--prior', `${result.priorIds[1]!},${result.priorIds[0]!}`]]) {
      const refused = await run('simulate', labelled, ...bad);
      expect(refused.code, bad.join(' ')).toBe(2);
      expect(refused.err).not.toBe('');
    }
  });

  it('screens with two blinded reviewers, resolves their conflict and lists it as settled', async () => {
    const project = (JSON.parse((await run('init', 'two reviewers', '--json')).out) as { project: string }).project;
    const search = JSON.parse((await run('search', 'add', '--project', project, '--source', 'MEDLINE', '--json')).out) as { search: { id: string } };
    await run('import', fixture('two-records.ris'), '--project', project, '--search', search.search.id, '--json');
    for (const name of ['alice', 'bob']) {
      expect((await run('user', 'add', name, '--password', 'long enough secret')).code).toBe(0);
      expect((await run('members', 'add', name, '--project', project)).code).toBe(0);
    }
    expect((await run('screen', 'settings', '--project', project, '--reviewers', '2', '--blinded', 'on')).code).toBe(0);
    const queue = JSON.parse((await run('--as', 'alice', 'screen', 'queue', '--project', project, '--json')).out) as { items: { recordId: string }[] };
    const record = queue.items[0]!.recordId;
    expect((await run('--as', 'alice', 'screen', 'decide', record, 'include', '--project', project)).code).toBe(0);
    expect((await run('--as', 'bob', 'screen', 'decide', record, 'exclude', '--project', project)).code).toBe(0);
    // Bob, a reviewer, may not see the queue of conflicts (blinded), settled or not.
    expect((await run('--as', 'bob', 'screen', 'conflicts', '--project', project, '--resolved', '--json')).code).toBe(5);
    const open = JSON.parse((await run('screen', 'conflicts', '--project', project, '--json')).out) as { conflicts: { recordId: string }[] };
    expect(open.conflicts.map((c) => c.recordId)).toEqual([record]);
    expect((await run('screen', 'resolve', record, 'include', '--project', project, '--method', 'consensus')).code).toBe(0);
    expect((JSON.parse((await run('screen', 'conflicts', '--project', project, '--json')).out) as { conflicts: unknown[] }).conflicts).toEqual([]);
    const settled = JSON.parse((await run('screen', 'conflicts', '--project', project, '--resolved', '--json')).out) as { resolved: { recordId: string; resolution: { decision: string; method: string } }[] };
    expect(settled.resolved).toMatchObject([{ recordId: record, resolution: { decision: 'include', method: 'consensus' } }]);
    expect((await run('screen', 'conflicts', '--project', project, '--resolved')).out).toContain('consensus');
  });
});
