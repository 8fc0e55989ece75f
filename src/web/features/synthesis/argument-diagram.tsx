/**
 * The line-of-argument graph drawn as SVG: ideas in layers from left to right (a node sits one layer after the
 * furthest node that leads to it; feedback edges are drawn as arcs), relations as labelled arrows. The same
 * content is given as text beside it, so the diagram is never the only way to read the argument.
 */
import { useId, type ReactNode } from 'react';
import type { ArgumentEdgeKind, ArgumentNode } from '../../../core/synthesis/line-of-argument.js';
import { edgeKindLabels } from './labels.js';

export type DiagramNode = Readonly<{ key: string; label: string; kind: ArgumentNode['kind'] }>;
export type DiagramEdge = Readonly<{ from: string; to: string; kind: ArgumentEdgeKind; label?: string | undefined }>;

export const nodeKey = (n: Readonly<{ kind: string; id: string }>): string => `${n.kind}:${n.id}`;

const NODE_W = 168;
const NODE_H = 58;
const GAP_X = 190;
const GAP_Y = 28;
const PAD = 16;
const LINE_CHARS = 24;

type Placed = DiagramNode & { x: number; y: number; lines: string[] };

/** Layers by longest path over the edges that do not close a cycle (found by depth-first search). */
function layout(nodes: readonly DiagramNode[], edges: readonly DiagramEdge[]): { placed: Placed[]; width: number; height: number; back: Set<DiagramEdge> } {
  const out = new Map<string, DiagramEdge[]>();
  for (const e of edges) out.set(e.from, [...(out.get(e.from) ?? []), e]);
  const state = new Map<string, 'open' | 'done'>();
  const back = new Set<DiagramEdge>();
  const visit = (key: string): void => {
    state.set(key, 'open');
    for (const e of out.get(key) ?? []) {
      const s = state.get(e.to);
      if (s === 'open') back.add(e);
      else if (s === undefined) visit(e.to);
    }
    state.set(key, 'done');
  };
  for (const n of nodes) if (!state.has(n.key)) visit(n.key);
  const forward = edges.filter((e) => !back.has(e));
  const layer = new Map(nodes.map((n) => [n.key, 0]));
  // Longest path by relaxation; the forward edges form a DAG, so |nodes| rounds suffice.
  for (let round = 0; round < nodes.length; round++) {
    let changed = false;
    for (const e of forward) {
      const next = (layer.get(e.from) ?? 0) + 1;
      if (next > (layer.get(e.to) ?? 0)) {
        layer.set(e.to, next);
        changed = true;
      }
    }
    if (!changed) break;
  }
  const columns = new Map<number, DiagramNode[]>();
  for (const n of nodes) {
    const l = layer.get(n.key) ?? 0;
    columns.set(l, [...(columns.get(l) ?? []), n]);
  }
  const tallest = Math.max(1, ...[...columns.values()].map((c) => c.length));
  const height = PAD * 2 + tallest * NODE_H + (tallest - 1) * GAP_Y + 24;
  const placed: Placed[] = [];
  for (const [l, column] of columns) {
    const columnHeight = column.length * NODE_H + (column.length - 1) * GAP_Y;
    const top = (height - columnHeight) / 2;
    column.forEach((n, i) => placed.push({ ...n, x: PAD + l * (NODE_W + GAP_X), y: top + i * (NODE_H + GAP_Y), lines: wrap(n.label) }));
  }
  const layers = Math.max(1, columns.size === 0 ? 1 : Math.max(...columns.keys()) + 1);
  return { placed, width: PAD * 2 + layers * NODE_W + (layers - 1) * GAP_X, height, back };
}

function wrap(text: string): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && `${line} ${w}`.length > LINE_CHARS) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  if (lines.length > 3) {
    const kept = lines.slice(0, 3);
    kept[2] = `${kept[2]!.slice(0, LINE_CHARS - 1)}…`;
    return kept;
  }
  return lines;
}

type Route = Readonly<{ key: string; edge: DiagramEdge; d: string; lx: number; ly: number; lw: number; text: string }>;

/**
 * Paths for the edges: forward edges leave a node's right side and enter the next node's left side, spread
 * over the side when several meet there; feedback edges arc below. Labels sit at the middle of each path.
 */
function route(edges: readonly DiagramEdge[], at: ReadonlyMap<string, Placed>, back: ReadonlySet<DiagramEdge>): Route[] {
  const isBack = (e: DiagramEdge): boolean => {
    const a = at.get(e.from);
    const b = at.get(e.to);
    return back.has(e) || !a || !b || b.x <= a.x;
  };
  const forward = edges.filter((e) => !isBack(e));
  const ports = (side: 'from' | 'to'): Map<DiagramEdge, number> => {
    const out = new Map<DiagramEdge, number>();
    const groups = new Map<string, DiagramEdge[]>();
    for (const e of forward) groups.set(e[side], [...(groups.get(e[side]) ?? []), e]);
    for (const [key, list] of groups) {
      const node = at.get(key)!;
      const other = side === 'from' ? 'to' : 'from';
      list.sort((a, b) => (at.get(a[other])?.y ?? 0) - (at.get(b[other])?.y ?? 0));
      list.forEach((e, i) => out.set(e, node.y + (NODE_H * (i + 1)) / (list.length + 1)));
    }
    return out;
  };
  const outY = ports('from');
  const inY = ports('to');
  const labelWidth = GAP_X - 16;
  return edges.flatMap((e, i): Route[] => {
    const a = at.get(e.from);
    const b = at.get(e.to);
    if (!a || !b) return [];
    const full = e.label ? `${edgeKindLabels[e.kind]}: ${e.label}` : edgeKindLabels[e.kind];
    const max = Math.floor(labelWidth / 6.1) - 1;
    const text = full.length > max ? `${full.slice(0, max - 1)}…` : full;
    const lw = text.length * 6.1 + 10;
    const key = `${e.from}-${e.to}-${e.kind}-${i}`;
    if (isBack(e)) {
      const x1 = a.x + NODE_W / 2;
      const x2 = b.x + NODE_W / 2;
      const y1 = a.y + NODE_H;
      const y2 = b.y + NODE_H;
      const bend = Math.max(36, Math.abs(x2 - x1) / 3);
      const d = `M ${x1} ${y1} C ${x1} ${y1 + bend}, ${x2} ${y2 + bend}, ${x2} ${y2 + 2}`;
      return [{ key, edge: e, d, lx: (x1 + x2) / 2, ly: Math.max(y1, y2) + bend * 0.75, lw, text }];
    }
    const x1 = a.x + NODE_W;
    const x2 = b.x;
    const y1 = outY.get(e) ?? a.y + NODE_H / 2;
    const y2 = inY.get(e) ?? b.y + NODE_H / 2;
    const d = `M ${x1} ${y1} C ${x1 + GAP_X / 2} ${y1}, ${x2 - GAP_X / 2} ${y2}, ${x2 - 2} ${y2}`;
    // A label nearer the source than the middle, so labels of edges that meet at one node do not stack.
    const t = 0.42;
    const bez = (p0: number, p1: number, p2: number, p3: number): number => (1 - t) ** 3 * p0 + 3 * (1 - t) ** 2 * t * p1 + 3 * (1 - t) * t ** 2 * p2 + t ** 3 * p3;
    return [{ key, edge: e, d, lx: bez(x1, x1 + GAP_X / 2, x2 - GAP_X / 2, x2), ly: bez(y1, y1, y2, y2), lw, text }];
  });
}

type Props = Readonly<{ title: string; nodes: readonly DiagramNode[]; edges: readonly DiagramEdge[] }>;

export function ArgumentDiagram({ title, nodes, edges }: Props): ReactNode {
  const id = useId();
  const { placed, width, height, back } = layout(nodes, edges);
  const at = new Map(placed.map((p) => [p.key, p]));
  const routes = route(edges, at, back);
  const description = `${nodes.length} ideas and ${edges.length} relations; the same content is listed as text below the diagram.`;
  return (
    <div className="synth-diagram-scroll" tabIndex={0} role="region" aria-label="Diagram of the line of argument">
      <svg className="synth-diagram" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>{`Diagram of the line of argument: ${title}`}</title>
        <desc id={`${id}-d`}>{description}</desc>
        <defs>
          <marker id={`${id}-arrow`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" className="synth-diagram-arrowhead" />
          </marker>
        </defs>
        {routes.map((r) => (
          <path key={`p${r.key}`} d={r.d} className={`synth-edge synth-edge-${r.edge.kind}`} markerEnd={`url(#${id}-arrow)`} fill="none" />
        ))}
        {placed.map((n) => (
          <g key={n.key} className={`synth-node synth-node-${n.kind}`}>
            <rect x={n.x} y={n.y} width={NODE_W} height={NODE_H} rx={6} />
            <text x={n.x + NODE_W / 2} y={n.y + NODE_H / 2 - ((n.lines.length - 1) * 15) / 2 + 4} textAnchor="middle">
              {n.lines.map((line, i) => (
                <tspan key={i} x={n.x + NODE_W / 2} dy={i === 0 ? 0 : 15}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        ))}
        {routes.map((r) => (
          <g key={`l${r.key}`} className="synth-edge-label-group">
            <rect x={r.lx - r.lw / 2} y={r.ly - 9} width={r.lw} height={16} rx={3} className="synth-edge-label-bg" />
            <text x={r.lx} y={r.ly + 3} textAnchor="middle" className="synth-edge-label">
              {r.text}
            </text>
          </g>
        ))}
      </svg>
    </div>
  );
}

