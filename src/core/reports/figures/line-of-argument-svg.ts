/**
 * The line of argument as a self-contained SVG: its constructs as boxes in layers (an idea above the ideas
 * it bears on), its relations as arrows styled by kind and labelled. The layout is deterministic: feedback
 * loops are broken in node order, layers are longest paths, and each layer is ordered by the positions of
 * the nodes that point into it (ties by node order).
 */
import { ArgumentNode, type ArgumentEdgeKind, type LineOfArgument } from '../../synthesis/line-of-argument.js';
import type { SynthesisState } from '../../synthesis/state.js';
import { arrowHead, escapeXml, num, svgOpen, textWidth, wrapText } from './svg-parts.js';

export type LineOfArgumentSvgOptions = Readonly<{ fontSize?: number }>;

/** A node's label as the report prints it: a third-order construct's label, or a construct's (participants' words quoted). */
export function argumentNodeLabel(state: SynthesisState, node: ArgumentNode): string {
  if (node.kind === 'thirdOrder') return state.thirdOrders.find((t) => t.id === node.id)?.label ?? node.id;
  const c = state.constructs.find((x) => x.id === node.id);
  return c ? (c.order === 1 ? `“${c.label}”` : c.label) : node.id;
}

const styles: Readonly<Record<ArgumentEdgeKind, Readonly<{ colour: string; dash?: string; both: boolean; words: string }>>> = {
  'leads-to': { colour: '#1a1a1a', both: false, words: 'leads to' },
  shapes: { colour: '#1f4e79', dash: '6 4', both: false, words: 'shapes' },
  'in-tension-with': { colour: '#a4372a', dash: '9 3 2 3', both: true, words: 'in tension with' },
  'part-of': { colour: '#6b6b6b', dash: '2 3', both: false, words: 'part of' },
};

/** A fallback point for lookups the layout guarantees (kept for the type checker). */
const origin: [number, number] = [0, 0];

type Box = { index: number; label: string[]; detail: string[]; layer: number; x: number; y: number; w: number; h: number; construct: boolean; dummy: boolean };

export function lineOfArgumentSvg(loa: LineOfArgument, state: SynthesisState, options: LineOfArgumentSvgOptions = {}): string {
  const f = options.fontSize ?? 12;
  const s = f / 12;
  const lh = f * 1.3;
  const df = f * 0.85;
  const dlh = df * 1.3;
  const pad = 8 * s;
  const margin = 20 * s;
  const boxW = 200 * s;
  const gapX = 70 * s;
  const rowGap = 90 * s;
  const slack = 1.1;

  const keys = loa.nodes.map((n) => ArgumentNode.key(n));
  const indexOf = new Map(keys.map((k, i) => [k, i] as const));
  const edges = loa.edges.flatMap((e) => {
    const from = indexOf.get(ArgumentNode.key(e.from));
    const to = indexOf.get(ArgumentNode.key(e.to));
    return from === undefined || to === undefined || from === to ? [] : [{ from, to, kind: e.kind, label: e.label?.trim() ?? '' }];
  });
  const desc =
    edges.length > 0
      ? edges.map((e) => `${argumentNodeLabel(state, loa.nodes[e.from] as ArgumentNode)} ${styles[e.kind].words} ${argumentNodeLabel(state, loa.nodes[e.to] as ArgumentNode)}${e.label ? ` (${e.label})` : ''}.`).join(' ')
      : loa.nodes.length > 0
        ? `Constructs: ${loa.nodes.map((n) => argumentNodeLabel(state, n)).join('; ')}.`
        : 'No constructs drawn yet.';

  // Break feedback loops: a depth-first walk in node order marks edges that point back up its path.
  const forward = new Set<number>();
  const stateOf = new Array<number>(keys.length).fill(0);
  const visit = (v: number): void => {
    stateOf[v] = 1;
    edges.forEach((e, i) => {
      if (e.from !== v) return;
      if (stateOf[e.to] === 1) return;
      forward.add(i);
      if (stateOf[e.to] === 0) visit(e.to);
    });
    stateOf[v] = 2;
  };
  for (let v = 0; v < keys.length; v++) if (stateOf[v] === 0) visit(v);
  // Longest-path layers over the forward edges (the forward graph is acyclic, so this settles).
  const layer = new Array<number>(keys.length).fill(0);
  for (let pass = 0; pass < keys.length; pass++) {
    let changed = false;
    edges.forEach((e, i) => {
      if (forward.has(i) && (layer[e.to] ?? 0) < (layer[e.from] ?? 0) + 1) {
        layer[e.to] = (layer[e.from] ?? 0) + 1;
        changed = true;
      }
    });
    if (!changed) break;
  }

  const boxes: Box[] = loa.nodes.map((node, index) => {
    const construct = node.kind === 'construct' ? state.constructs.find((c) => c.id === node.id) : undefined;
    const study = construct ? state.studies.find((st) => st.id === construct.studyId)?.label : undefined;
    const label = wrapText(argumentNodeLabel(state, node), (boxW - 2 * pad) / slack, f, node.kind === 'thirdOrder');
    const detail = study ? wrapText(study, (boxW - 2 * pad) / slack, df) : [];
    return { index, label, detail, layer: layer[index] ?? 0, x: 0, y: 0, w: boxW, h: 2 * pad + label.length * lh + detail.length * dlh, construct: node.kind === 'construct', dummy: false };
  });
  // A relation that spans several layers runs through a narrow invisible waypoint in each layer between,
  // which takes its place in the row like a box, so the line goes around boxes rather than through them.
  const items: Box[] = [...boxes];
  const chains = edges.map((e) => {
    const from = layer[e.from] ?? 0;
    const to = layer[e.to] ?? 0;
    const step = to > from ? 1 : -1;
    const chain = [e.from];
    for (let l = from + step; l !== to; l += step) {
      const dummy: Box = { index: items.length, label: [], detail: [], layer: l, x: 0, y: 0, w: 16 * s, h: 0, construct: false, dummy: true };
      items.push(dummy);
      chain.push(dummy.index);
    }
    chain.push(e.to);
    return chain;
  });
  const above = new Map<number, number[]>();
  for (const chain of chains) {
    for (let i = 1; i < chain.length; i++) {
      const [p, q] = [chain[i - 1] ?? 0, chain[i] ?? 0];
      const [upper, lower] = (items[p]?.layer ?? 0) < (items[q]?.layer ?? 0) ? [p, q] : [q, p];
      above.set(lower, [...(above.get(lower) ?? []), upper]);
    }
  }
  const layers: Box[][] = [];
  for (const b of items) (layers[b.layer] ??= []).push(b);
  // Each row is ordered by the mean position of what it hangs from in the row above (ties: node order).
  const position = new Map<number, number>();
  layers.forEach((row, k) => {
    if (k > 0) {
      const weight = (b: Box): number => {
        const ps = (above.get(b.index) ?? []).map((i) => position.get(i)).filter((p): p is number => p !== undefined);
        return ps.length > 0 ? ps.reduce((a, p) => a + p, 0) / ps.length : Number.POSITIVE_INFINITY;
      };
      row.sort((a, b) => weight(a) - weight(b) || a.index - b.index);
    }
    row.forEach((b, i) => position.set(b.index, i));
  });

  const gapBetween = (a: Box, b: Box): number => (a.dummy || b.dummy ? 20 * s : gapX);
  const rowWidths = layers.map((row) => row.reduce((w, b, i) => w + b.w + (i > 0 ? gapBetween(row[i - 1] as Box, b) : 0), 0));
  const innerW = Math.max(boxW, ...rowWidths);
  let y = margin;
  layers.forEach((row, k) => {
    const rowH = Math.max(...row.map((b) => b.h));
    let x = margin + (innerW - (rowWidths[k] ?? 0)) / 2;
    row.forEach((b, i) => {
      if (i > 0) x += gapBetween(row[i - 1] as Box, b);
      b.x = x;
      b.y = y + (rowH - b.h) / 2;
      x += b.w;
    });
    y += rowH + rowGap;
  });
  const contentBottom = layers.length > 0 ? y - rowGap : margin;

  // Lines run between the boxes' borders through their waypoints; two relations between the same pair of
  // boxes are drawn side by side. A label sits at the middle of its line unless that would cover a box or
  // another label; then it slides along the line to the first free place.
  const lines: string[] = [];
  const labels: string[] = [];
  type Rect = { x: number; y: number; w: number; h: number };
  const taken: Rect[] = boxes.map((b) => ({ x: b.x, y: b.y, w: b.w, h: b.h }));
  const overlaps = (r: Rect): boolean => taken.some((t) => r.x < t.x + t.w && t.x < r.x + r.w && r.y < t.y + t.h && t.y < r.y + r.h);
  const centre = (b: Box): [number, number] => [b.x + b.w / 2, b.y + b.h / 2];
  /** Where the ray from `p` (inside `b`) along (dx, dy) leaves the box. */
  const exit = (b: Box, p: readonly [number, number], dx: number, dy: number): [number, number] => {
    const tx = dx > 0 ? (b.x + b.w - p[0]) / dx : dx < 0 ? (b.x - p[0]) / dx : Number.POSITIVE_INFINITY;
    const ty = dy > 0 ? (b.y + b.h - p[1]) / dy : dy < 0 ? (b.y - p[1]) / dy : Number.POSITIVE_INFINITY;
    const t = Math.max(0, Math.min(tx, ty));
    return [p[0] + dx * t, p[1] + dy * t];
  };
  const pairKey = (e: (typeof edges)[number]): string => (e.from < e.to ? `${e.from}:${e.to}` : `${e.to}:${e.from}`);
  const pairs = new Map<string, number>();
  edges.forEach((e, i) => {
    const chain = chains[i] ?? [];
    const a = items[e.from];
    const b = items[e.to];
    if (!a || !b) return;
    const style = styles[e.kind];
    const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : '';
    let points: [number, number][];
    if (chain.length === 2) {
      const same = edges.filter((x) => pairKey(x) === pairKey(e)).length;
      const k = pairs.get(pairKey(e)) ?? 0;
      pairs.set(pairKey(e), k + 1);
      const [ca, cb] = [centre(a), centre(b)];
      const len = Math.hypot(cb[0] - ca[0], cb[1] - ca[1]) || 1;
      // Offsets are measured across the pair's canonical direction, so opposite relations separate.
      const sign = e.from < e.to ? 1 : -1;
      const off = (k - (same - 1) / 2) * 12 * s * sign;
      const [ox, oy] = [(-(cb[1] - ca[1]) / len) * off, ((cb[0] - ca[0]) / len) * off];
      const [pa, pb]: [[number, number], [number, number]] = [[ca[0] + ox, ca[1] + oy], [cb[0] + ox, cb[1] + oy]];
      const [dx, dy] = [pb[0] - pa[0], pb[1] - pa[1]];
      points = [exit(a, pa, dx, dy), exit(b, pb, -dx, -dy)];
    } else {
      const waypoints = chain.slice(1, -1).map((j) => centre(items[j] as Box));
      const first = waypoints[0] ?? centre(b);
      const last = waypoints.at(-1) ?? centre(a);
      const ca = centre(a);
      const cb = centre(b);
      points = [exit(a, ca, first[0] - ca[0], first[1] - ca[1]), ...waypoints, exit(b, cb, last[0] - cb[0], last[1] - cb[1])];
    }
    const list = points.map(([px, py]) => `${num(px)},${num(py)}`).join(' ');
    lines.push(
      points.length === 2
        ? `<line x1="${num(points[0]?.[0] ?? 0)}" y1="${num(points[0]?.[1] ?? 0)}" x2="${num(points[1]?.[0] ?? 0)}" y2="${num(points[1]?.[1] ?? 0)}" stroke="${style.colour}" stroke-width="1.5"${dash}/>`
        : `<polyline points="${list}" fill="none" stroke="${style.colour}" stroke-width="1.5"${dash}/>`,
    );
    const [p0, p1] = [points[0] ?? origin, points[1] ?? origin];
    const [q0, q1] = [points.at(-2) ?? origin, points.at(-1) ?? origin];
    lines.push(arrowHead(q1, q1[0] - q0[0], q1[1] - q0[1], style.colour, 8 * s));
    if (style.both) lines.push(arrowHead(p0, p0[0] - p1[0], p0[1] - p1[1], style.colour, 8 * s));

    const lengths = points.slice(1).map((p, j) => Math.hypot(p[0] - (points[j]?.[0] ?? 0), p[1] - (points[j]?.[1] ?? 0)));
    const total = lengths.reduce((x, l) => x + l, 0);
    const at = (t: number): [number, number] => {
      let rest = t * total;
      for (let j = 0; j < lengths.length; j++) {
        const l = lengths[j] ?? 0;
        const [u, v] = [points[j] ?? origin, points[j + 1] ?? origin];
        if (rest <= l || j === lengths.length - 1) {
          const r = l === 0 ? 0 : Math.min(1, rest / l);
          return [u[0] + (v[0] - u[0]) * r, u[1] + (v[1] - u[1]) * r];
        }
        rest -= l;
      }
      return points[0] ?? origin;
    };
    const text = e.label || style.words;
    const wrapped = wrapText(text, 130 * s, df);
    const w = Math.max(...wrapped.map((l) => textWidth(l, df))) * slack + 8 * s;
    const h = wrapped.length * dlh + 4 * s;
    const rectAt = (t: number): Rect => {
      const [x, y] = at(t);
      return { x: x - w / 2, y: y - h / 2, w, h };
    };
    const t = [0.5, 0.38, 0.62, 0.28, 0.72, 0.2, 0.8].find((c) => !overlaps(rectAt(c))) ?? 0.5;
    const mid = at(t);
    taken.push(rectAt(t));
    labels.push(`<rect x="${num(mid[0] - w / 2)}" y="${num(mid[1] - h / 2)}" width="${num(w)}" height="${num(h)}" fill="#ffffff" fill-opacity="0.9" stroke="none"/>`);
    wrapped.forEach((l, j) => {
      labels.push(`<text x="${num(mid[0])}" y="${num(mid[1] - h / 2 + 2 * s + j * dlh + (dlh + df * 0.7) / 2)}" text-anchor="middle" font-size="${num(df)}" fill="${style.colour}">${escapeXml(l)}</text>`);
    });
  });

  // Legend: one sample line per kind of relation used.
  const used = (Object.keys(styles) as ArgumentEdgeKind[]).filter((k) => edges.some((e) => e.kind === k));
  const legendTop = contentBottom + 28 * s;
  const legend: string[] = [];
  let lx = margin;
  for (const k of used) {
    const st = styles[k];
    const dash = st.dash ? ` stroke-dasharray="${st.dash}"` : '';
    legend.push(`<line x1="${num(lx)}" y1="${num(legendTop)}" x2="${num(lx + 34 * s)}" y2="${num(legendTop)}" stroke="${st.colour}" stroke-width="1.5"${dash}/>`);
    legend.push(arrowHead([lx + 34 * s, legendTop], 1, 0, st.colour, 7 * s));
    if (st.both) legend.push(arrowHead([lx, legendTop], -1, 0, st.colour, 7 * s));
    legend.push(`<text x="${num(lx + 40 * s)}" y="${num(legendTop + df * 0.35)}" font-size="${num(df)}" fill="#333333">${escapeXml(st.words)}</text>`);
    lx += 40 * s + textWidth(st.words, df) * slack + 24 * s;
  }
  const width = Math.max(2 * margin + innerW, lx + margin);
  const height = (used.length > 0 ? legendTop + 14 * s : contentBottom) + margin;

  const out = svgOpen(width, height, f, loa.title, desc, escapeXml);
  if (boxes.length === 0) {
    out.push(`<text x="${num(margin)}" y="${num(margin + f)}" fill="#444444">No constructs drawn yet.</text>`);
  }
  out.push('<g>', ...lines, '</g>');
  for (const b of boxes) {
    out.push(`<rect x="${num(b.x)}" y="${num(b.y)}" width="${num(b.w)}" height="${num(b.h)}" rx="${num(6 * s)}" fill="${b.construct ? '#fff8e1' : '#dbe8f5'}" stroke="#1f4e79" stroke-width="1.2"/>`);
    b.label.forEach((line, i) => {
      out.push(`<text x="${num(b.x + b.w / 2)}" y="${num(b.y + pad + i * lh + (lh + f * 0.7) / 2)}" text-anchor="middle"${b.construct ? '' : ' font-weight="bold"'} fill="#000000">${escapeXml(line)}</text>`);
    });
    b.detail.forEach((line, i) => {
      out.push(`<text x="${num(b.x + b.w / 2)}" y="${num(b.y + pad + b.label.length * lh + i * dlh + (dlh + df * 0.7) / 2)}" text-anchor="middle" font-size="${num(df)}" fill="#444444">${escapeXml(line)}</text>`);
    });
  }
  out.push('<g>', ...labels, '</g>', ...legend, '</svg>');
  return `${out.join('\n')}\n`;
}
