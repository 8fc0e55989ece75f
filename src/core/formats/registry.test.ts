import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode.js';
import { fileDiagnosticCodes } from './diagnostic.js';
import { detectEndnoteTagged } from './endnote-tagged/detect.js';
import { detectPubmed } from './pubmed/detect.js';
import { detectFormat, getFormat } from './registry.js';
import { detectRis } from './ris/detect.js';
import { detectWosTagged } from './wos-tagged/detect.js';

const sample = (name: string): string => decodeBytes(readFileSync(new URL(`./fixtures/${name}`, import.meta.url))).text;

describe('detectFormat on the tagged formats', () => {
  it.each([
    ['scopus.ris', 'ris'],
    ['ovid-psycinfo.ris', 'ris'],
    ['wos-bare-cr.ris', 'ris'],
    ['cr-only.ris', 'ris'],
    ['pubmed.nbib', 'pubmed'],
    ['eric.nbib', 'pubmed'],
    ['wos.txt', 'wos-tagged'],
    ['wos-malformed.txt', 'wos-tagged'],
    ['endnote.enw', 'endnote-tagged'],
    ['refer.ref', 'endnote-tagged'],
    ['ovid-labels.txt', 'ovid'],
  ])('%s → %s, whatever the extension says', (name, id) => {
    expect(detectFormat(sample(name), 'export.txt')?.format.id).toBe(id);
    expect(detectFormat(sample(name))?.format.id).toBe(id);
  });

  it('lets each detector claim only its own format', () => {
    const cases: [string, (s: string) => number][] = [
      ['scopus.ris', detectRis],
      ['pubmed.nbib', detectPubmed],
      ['wos.txt', detectWosTagged],
      ['endnote.enw', detectEndnoteTagged],
    ];
    for (const [name, own] of cases) {
      expect(own(sample(name)), name).toBeGreaterThanOrEqual(0.9);
      for (const [, other] of cases.filter(([, d]) => d !== own)) expect(other(sample(name)), name).toBeLessThan(0.3);
    }
  });

  it('gives RIS a weak claim on a file that lost its TY lines, and none to prose', () => {
    expect(detectRis('JF  - A journal\nT1  - A title\nPY  - 2001\nER  - \n')).toBeGreaterThanOrEqual(0.3);
    expect(detectRis('Dear reviewer,\nthe attached file holds our search.\n')).toBe(0);
    expect(detectWosTagged('Dear reviewer,\nER\n')).toBe(0);
    expect(detectEndnoteTagged('Growth was 5% in 2020.\n%s formatting\n')).toBe(0);
  });
});

describe('docs/formats.md', () => {
  it('documents every diagnostic code the tagged formats and the reader can emit', () => {
    const doc = readFileSync(new URL('../../../docs/formats.md', import.meta.url), 'utf8');
    const ids = ['ris', 'pubmed', 'wos-tagged', 'endnote-tagged', 'ovid'] as const;
    const codes = [...Object.keys(fileDiagnosticCodes), ...ids.flatMap((id) => Object.keys(getFormat(id).diagnosticCodes))];
    expect(codes.filter((c) => !doc.includes(`\`${c}\``))).toEqual([]);
  });
});
