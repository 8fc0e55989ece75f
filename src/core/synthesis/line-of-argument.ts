import { AppError } from '../errors.js';
import { ConstructId, LineOfArgumentId, ThirdOrderId } from './ids.js';
import { definedOnly, optionalText, requireOneOf, requireText } from './validate.js';

/** A node of the line-of-argument graph: a third-order construct or a (first- or second-order) construct. */
export type ArgumentNode = Readonly<{ kind: 'thirdOrder'; id: ThirdOrderId } | { kind: 'construct'; id: ConstructId }>;

export const argumentEdgeKinds = ['leads-to', 'shapes', 'in-tension-with', 'part-of'] as const;
/** How one idea bears on another in the line of argument. */
export type ArgumentEdgeKind = (typeof argumentEdgeKinds)[number];

export type ArgumentEdge = Readonly<{ from: ArgumentNode; to: ArgumentNode; kind: ArgumentEdgeKind; label?: string }>;

/**
 * The line-of-argument synthesis (Noblit & Hare phase 6): the new whole in prose, with a small typed graph
 * of the constructs it connects. Cycles are allowed in the graph: feedback between ideas is common.
 */
export type LineOfArgument = Readonly<{
  id: LineOfArgumentId;
  title: string;
  text: string;
  nodes: readonly ArgumentNode[];
  edges: readonly ArgumentEdge[];
}>;

type NodeInput = Readonly<{ kind: 'thirdOrder' | 'construct'; id: string }>;

export type LineOfArgumentInput = Readonly<{
  id: string;
  title: string;
  text: string;
  nodes?: readonly NodeInput[];
  edges?: readonly Readonly<{ from: NodeInput; to: NodeInput; kind: ArgumentEdgeKind; label?: string }>[];
}>;

export const ArgumentNode = {
  /** Validates and freezes a node reference. */
  create(input: NodeInput): ArgumentNode {
    const kind = requireOneOf(input.kind, ['thirdOrder', 'construct'] as const, 'ArgumentNode', 'kind');
    return Object.freeze(
      kind === 'thirdOrder' ? { kind, id: ThirdOrderId.of(input.id) } : { kind, id: ConstructId.of(input.id) },
    );
  },
  /** `thirdOrder:h1`: a stable string for sets and messages. */
  key(node: ArgumentNode): string {
    return `${node.kind}:${node.id}`;
  },
} as const;

export const LineOfArgument = {
  /** Validates and freezes a line of argument: nodes unique, edges join two different listed nodes, once. */
  create(input: LineOfArgumentInput): LineOfArgument {
    const nodes = (input.nodes ?? []).map((n) => ArgumentNode.create(n));
    const keys = new Set<string>();
    for (const node of nodes) {
      const key = ArgumentNode.key(node);
      if (keys.has(key)) throw new AppError('SYNTHESIS_DUPLICATE', `The line of argument lists ${key} twice.`, { node: key });
      keys.add(key);
    }
    const edgeKeys = new Set<string>();
    const edges = (input.edges ?? []).map((e) => {
      const from = ArgumentNode.create(e.from);
      const to = ArgumentNode.create(e.to);
      const kind = requireOneOf(e.kind, argumentEdgeKinds, 'ArgumentEdge', 'kind');
      const [fromKey, toKey] = [ArgumentNode.key(from), ArgumentNode.key(to)];
      if (!keys.has(fromKey) || !keys.has(toKey) || fromKey === toKey) {
        throw new AppError('SYNTHESIS_INVALID_LINK', `An edge must join two different nodes of the graph (${fromKey} → ${toKey}).`, {
          from: fromKey,
          to: toKey,
        });
      }
      const edgeKey = `${fromKey}→${toKey}:${kind}`;
      if (edgeKeys.has(edgeKey)) throw new AppError('SYNTHESIS_DUPLICATE', `The edge ${edgeKey} appears twice.`, { edge: edgeKey });
      edgeKeys.add(edgeKey);
      return Object.freeze(definedOnly({ from, to, kind, label: optionalText(e.label, 'ArgumentEdge', 'label') }));
    });
    return Object.freeze({
      id: LineOfArgumentId.of(input.id),
      title: requireText(input.title, 'LineOfArgument', 'title').trim(),
      text: requireText(input.text, 'LineOfArgument', 'text'),
      nodes: Object.freeze(nodes),
      edges: Object.freeze(edges),
    });
  },
} as const;
