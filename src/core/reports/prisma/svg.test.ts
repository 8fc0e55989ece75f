import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { prismaCounts, prismaSvg, type PrismaInput, type PrismaRecord } from './index.js';
import { escapeXml, textWidth, wrapText } from './text.js';

const rec = (id: string, outcome: PrismaRecord['outcome'], extra: Partial<PrismaRecord> = {}): PrismaRecord => ({ id, route: 'databases', outcome, ...extra });
const input: PrismaInput = {
  sources: [
    { name: 'MEDLINE', platform: 'Ovid', kind: 'database', records: 1200 },
    { name: 'PsycINFO', platform: 'Ovid', kind: 'database', records: 3 },
  ],
  removedBeforeScreening: { duplicates: 1200 },
  records: [rec('a', 'excluded-at-screening'), rec('b', 'included', { studyId: 'S' }), rec('c', 'awaiting-eligibility')],
  reasons: [],
};

/** Every <text> with its position, as drawn. */
function texts(svg: string): { x: number; y: number; text: string; anchor?: string }[] {
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['g', 'text', 'rect'].includes(name) }).parse(svg) as {
    svg: { g: { text?: ({ '#text'?: string | number; x: string; y: string; 'text-anchor'?: string } | string)[] }[] };
  };
  return doc.svg.g.flatMap((g) =>
    (g.text ?? []).flatMap((t) =>
      typeof t === 'string' ? [] : [{ x: Number(t.x), y: Number(t.y), text: String(t['#text'] ?? ''), ...(t['text-anchor'] ? { anchor: t['text-anchor'] } : {}) }],
    ),
  );
}

/** Every <rect> of the boxes group. */
function rects(svg: string): { x: number; y: number; width: number; height: number }[] {
  return [...svg.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    width: Number(m[3]),
    height: Number(m[4]),
  }));
}

describe('prismaSvg', () => {
  it('draws the databases-only variant when nothing came from other methods', () => {
    const svg = prismaSvg(prismaCounts(input));
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('Identification of new studies via databases and registers');
    expect(svg).not.toContain('other methods');
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
    // Per-database lines with the platform, thousands grouped, no-break spaces inside "(n = …)".
    expect(svg).toContain('MEDLINE via Ovid (n\u00a0=\u00a01,200)');
    expect(texts(svg).map((t) => t.text)).toContain('Duplicate records removed (n\u00a0=\u00a01,200)');
    for (const band of ['Identification', 'Screening', 'Included']) expect(svg).toContain(`>${band}</text>`);
  });

  it('says when the diagram is provisional, and can drop the citation or the separator', () => {
    const svg = prismaSvg(prismaCounts(input), { citation: false, thousandsSeparator: '' });
    expect(svg).toContain('Provisional: 1 report(s) awaiting a full-text decision.');
    expect(svg).not.toContain('BMJ 2021');
    expect(svg).toContain('(n\u00a0=\u00a01200)');
  });

  it('describes itself for screen readers', () => {
    const svg = prismaSvg(prismaCounts(input), { title: 'Figure 1 – study selection' });
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toContain('<title>Figure 1 – study selection</title>');
    expect(svg).toMatch(/<desc>Databases and registers: 1203 records identified, 1200 removed before screening, 3 screened/);
  });

  it('escapes every piece of text, so hostile labels stay text', () => {
    const hostile = '</text><script>alert("x")</script> & \u0007bell \uD800';
    const svg = prismaSvg(
      prismaCounts({
        sources: [{ name: hostile, platform: '"Ovid"', kind: 'database', records: 1 }, { name: "O'Brien's list", kind: 'other', records: 1 }],
        removedBeforeScreening: { duplicates: 0 },
        records: [rec('a', 'excluded-at-eligibility', { reasonCode: 'x' }), rec('b', 'included', { route: 'other' })],
        reasons: [{ code: 'x', label: hostile }],
      }),
      { title: hostile },
    );
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;/text&gt;&lt;script&gt;');
    expect(svg).toContain('O&apos;Brien&apos;s list');
    expect(svg).not.toContain('\u0007');
    expect(svg.split('').some((c) => c === '\uD800')).toBe(false);
  });

  it('keeps every line inside its box, even for long labels and large counts', () => {
    const long = 'Participants were not the population of interest because they were children or adolescents in a school setting';
    const counts = prismaCounts({
      sources: [
        { name: 'Cumulative Index to Nursing and Allied Health Literature Complete', platform: 'EBSCOhost', kind: 'database', records: 123456 },
        { name: 'Supercalifragilisticexpialidociousdatabasewithoutspaces', kind: 'register', records: 2 },
        { name: 'Citation searching (backward and forward, via Scopus and Google Scholar)', kind: 'other', records: 1 },
      ],
      removedBeforeScreening: { duplicates: 123456, automation: 0, otherReasons: 0 },
      records: [rec('a', 'excluded-at-eligibility', { reasonCode: 'pop' }), rec('b', 'included'), rec('c', 'included', { route: 'other' })],
      reasons: [{ code: 'pop', label: long }],
    });
    const svg = prismaSvg(counts);
    const boxes = rects(svg).slice(1); // the first rect is the background
    let checked = 0;
    for (const t of texts(svg)) {
      if (t.anchor === 'middle') continue; // centred headers and band labels
      const box = boxes.find((b) => t.x >= b.x && t.x <= b.x + b.width && t.y >= b.y && t.y <= b.y + b.height);
      if (!box) continue; // notes under the diagram
      // With 10% to spare for a wider fallback font than Arial.
      expect(t.x + textWidth(t.text, 12) * 1.1).toBeLessThanOrEqual(box.x + box.width);
      checked++;
    }
    expect(checked).toBeGreaterThan(25);
    // Boxes never overlap each other.
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        const nested = b.x >= a.x && b.x + b.width <= a.x + a.width && b.y >= a.y && b.y + b.height <= a.y + a.height;
        expect(apart || nested).toBe(true);
      }
    }
  });

  it('scales with the font size', () => {
    const small = prismaSvg(prismaCounts(input));
    const large = prismaSvg(prismaCounts(input), { fontSize: 18 });
    const width = (svg: string) => Number(/width="([\d.]+)"/.exec(svg)?.[1]);
    expect(width(large)).toBeCloseTo(width(small) * 1.5, 0);
  });
});

describe('text helpers', () => {
  it('estimate Arial widths from the Helvetica metrics', () => {
    // "Hello" = H 722 + e 556 + l 222 + l 222 + o 556 = 2278 thousandths of an em.
    expect(textWidth('Hello', 10)).toBeCloseTo(22.78, 6);
    expect(textWidth('Éé', 10)).toBe(textWidth('Ee', 10));
    expect(textWidth('漢', 10)).toBe(10);
  });

  it('wrap at spaces, keep no-break spans together, and cut words longer than a line', () => {
    expect(wrapText('Records identified from (n\u00a0=\u00a012)', 100, 12)).toEqual(['Records identified', 'from (n\u00a0=\u00a012)']);
    const cut = wrapText('a'.repeat(40), 60, 12);
    expect(cut.join('')).toBe('a'.repeat(40));
    for (const line of cut) expect(textWidth(line, 12)).toBeLessThanOrEqual(60);
  });

  it('escapes to valid XML for any input (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (s) => {
        expect(XMLValidator.validate(`<t a="${escapeXml(s)}">${escapeXml(s)}</t>`)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
