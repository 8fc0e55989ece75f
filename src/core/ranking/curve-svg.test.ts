import { describe, expect, it } from 'vitest';
import { recallCurveSvg } from './curve-svg.js';
import type { SimulationResult } from './simulate.js';

const result: SimulationResult = {
  records: 10,
  includes: 3,
  wss95: 0.3,
  wss100: -0.1,
  recallAt5: 0,
  recallAt10: 1 / 3,
  recallAt20: 1 / 3,
  atd: 14 / 3,
  insights: { wss95: 0.3, wss100: -0.1, recallAt5: 0, recallAt10: 1 / 3, recallAt20: 1 / 3 },
  curve: [0, 1, 1, 2, 2, 2, 2, 2, 2, 2, 3],
  priorIds: ['a', 'b'],
  seed: 4,
};

describe('recallCurveSvg', () => {
  const svg = recallCurveSvg(result, 'Nudging <2019> & co');

  it('is one SVG document with an escaped, accessible title', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg).toContain('<title id="title">Nudging &lt;2019&gt; &amp; co</title>');
    expect(svg).not.toContain('<2019>');
  });

  it('draws the curve as steps at each include, and the random diagonal', () => {
    // x: 64 + k/10 · 552; y: 48 + 316 − found/3 · 316.
    expect(svg).toContain('d="M64,364H119.2V258.67H229.6V153.33H616V48H616"');
    expect(svg).toContain('x1="64" y1="364" x2="616" y2="48"');
    expect(svg).toContain('stroke-dasharray="6 4"');
  });

  it('labels axes, legend and headline figures', () => {
    for (const text of ['Records screened', 'Includes found', 'Active learning', 'Random screening (expected)', 'WSS@95 30.0%', 'recall@10% 33.3%', '95% found after 10']) {
      expect(svg).toContain(text);
    }
  });

  it('balances its tags', () => {
    const opened = (svg.match(/<(?!\/)[a-z]+[^>]*[^/]>/g) ?? []).length;
    const closed = (svg.match(/<\/[a-z]+>/g) ?? []).length;
    expect(opened).toBe(closed);
  });
});
