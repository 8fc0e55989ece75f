import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { thirdOrderHierarchy } from '../synthesis/hierarchy.js';
import { LineOfArgument } from '../synthesis/line-of-argument.js';
import { ThirdOrderConstruct } from '../synthesis/third-order.js';
import { buildSevenStudies } from '../test-support/seven-studies.js';
import { hierarchySvg } from './figures/hierarchy-svg.js';
import { lineOfArgumentSvg } from './figures/line-of-argument-svg.js';

const nasty = 'Care & <duty> "owed" \'home\' ]]> \u0007';
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });

/** All text content of an SVG, entities decoded by a real XML parser. */
function texts(svg: string): string[] {
  const out: string[] = [];
  const walk = (node: unknown, key = ''): void => {
    if (typeof node === 'string' || typeof node === 'number') {
      if (['text', 'title', 'desc', '#text'].includes(key)) out.push(String(node));
      return;
    }
    if (Array.isArray(node)) return node.forEach((n) => walk(n, key));
    if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, k === '#text' ? key : k);
  };
  walk(parser.parse(svg));
  return out;
}

function checkSelfContained(svg: string): void {
  expect(XMLValidator.validate(svg)).toBe(true);
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" [^>]*role="img"/);
  expect(svg).toMatch(/<title>[^<]+<\/title>/);
  expect(svg.match(/https?:\/\//g)).toHaveLength(1);
  expect(svg).not.toMatch(/\s(id|href|xlink:href|style|class)=|<image|<style|url\(|<script/);
}

describe('hierarchySvg', () => {
  const example = buildSevenStudies();

  it('draws the example hierarchy as a well-formed, self-contained figure', () => {
    const svg = hierarchySvg(thirdOrderHierarchy(example.state), { detail: () => '4 studies' });
    checkSelfContained(svg);
    expect(svg.match(/<rect /g)).toHaveLength(1 + 13);
    expect(texts(svg)).toContain('Challenges associated with');
    expect(svg).toContain('<desc>Reflections on personal development: Growth abroad as capital to bring home; ');
    expect(hierarchySvg(thirdOrderHierarchy(example.state), { detail: () => '4 studies' })).toBe(svg);
  });

  it('escapes labels and draws deeper levels and an empty hierarchy', () => {
    const state = {
      ...example.state,
      thirdOrders: [
        ThirdOrderConstruct.create({ id: 'a', label: nasty }),
        ThirdOrderConstruct.create({ id: 'b', label: 'Child', parentId: 'a' }),
        ThirdOrderConstruct.create({ id: 'c', label: 'Grandchild', parentId: 'b' }),
      ],
    };
    const svg = hierarchySvg(thirdOrderHierarchy(state), { title: nasty });
    checkSelfContained(svg);
    expect(texts(svg).join(' ')).toContain('Care & <duty> "owed"');
    expect(svg).toContain('\uFFFD');
    expect(svg.match(/<polyline /g)).toHaveLength(2);
    const empty = hierarchySvg([]);
    checkSelfContained(empty);
    expect(empty).toContain('No third-order constructs yet.');
  });
});

describe('lineOfArgumentSvg', () => {
  const example = buildSevenStudies();
  const loa = example.state.linesOfArgument[0];

  it('draws the example line of argument: every node, every relation, a legend', () => {
    if (!loa) throw new Error('no line of argument');
    const svg = lineOfArgumentSvg(loa, example.state);
    checkSelfContained(svg);
    const all = texts(svg).join(' ');
    for (const label of ['pull home against push away', 'expectations colour reintegration', 'care at home against remittances', 'in tension with', 'shapes']) expect(all).toContain(label);
    expect(svg.match(/<line /g)?.length).toBe(3 + 2);
    expect(lineOfArgumentSvg(loa, example.state)).toBe(svg);
  });

  it('lays out feedback loops, constructs, unknown nodes and hostile labels', () => {
    const cyclic = LineOfArgument.create({
      id: 'loa-x',
      title: nasty,
      text: 'x',
      nodes: [
        { kind: 'thirdOrder', id: 'h-family' },
        { kind: 'thirdOrder', id: 'h-money' },
        { kind: 'construct', id: 'c-arif-children' },
        { kind: 'thirdOrder', id: 'h-duty' },
        { kind: 'thirdOrder', id: 'unknown-node' },
      ],
      edges: [
        { from: { kind: 'thirdOrder', id: 'h-family' }, to: { kind: 'thirdOrder', id: 'h-money' }, kind: 'leads-to', label: nasty },
        { from: { kind: 'thirdOrder', id: 'h-money' }, to: { kind: 'thirdOrder', id: 'h-family' }, kind: 'shapes' },
        { from: { kind: 'construct', id: 'c-arif-children' }, to: { kind: 'thirdOrder', id: 'h-family' }, kind: 'part-of' },
        { from: { kind: 'construct', id: 'c-arif-children' }, to: { kind: 'thirdOrder', id: 'h-duty' }, kind: 'in-tension-with' },
      ],
    });
    const svg = lineOfArgumentSvg(cyclic, example.state);
    checkSelfContained(svg);
    const all = texts(svg).join(' ');
    expect(all).toContain('“children to know their grandparents and their faith”');
    expect(all).toContain('Arif 2019');
    expect(all).toContain('unknown-node');
    expect(all).toContain('Care & <duty>');
    expect(svg.match(/<line /g)?.length).toBe(4 + 4);
    const bare = LineOfArgument.create({ id: 'loa-y', title: 'Empty', text: 'x' });
    checkSelfContained(lineOfArgumentSvg(bare, example.state));
  });
});
