import type { ThirdOrderId } from './ids.js';
import type { SynthesisState } from './state.js';
import type { ThirdOrderConstruct } from './third-order.js';

/** A third-order construct with its children; depth 0 is an overarching construct. */
export type HierarchyNode = Readonly<{ thirdOrder: ThirdOrderConstruct; depth: number; children: readonly HierarchyNode[] }>;

/** The construct hierarchy as a forest, roots and siblings in state order. */
export function thirdOrderHierarchy(state: SynthesisState): HierarchyNode[] {
  const childrenOf = new Map<ThirdOrderId | undefined, ThirdOrderConstruct[]>();
  for (const t of state.thirdOrders) {
    const list = childrenOf.get(t.parentId) ?? [];
    list.push(t);
    childrenOf.set(t.parentId, list);
  }
  const build = (t: ThirdOrderConstruct, depth: number): HierarchyNode => ({
    thirdOrder: t,
    depth,
    children: (childrenOf.get(t.id) ?? []).map((c) => build(c, depth + 1)),
  });
  return (childrenOf.get(undefined) ?? []).map((t) => build(t, 0));
}

/** The construct's children, grandchildren and so on, depth first in state order. */
export function descendantsOf(state: SynthesisState, id: ThirdOrderId): ThirdOrderConstruct[] {
  const out: ThirdOrderConstruct[] = [];
  const visit = (parent: ThirdOrderId): void => {
    for (const child of state.thirdOrders.filter((t) => t.parentId === parent)) {
      out.push(child);
      visit(child.id);
    }
  };
  visit(id);
  return out;
}

/** Parent, grandparent, … up to the overarching construct. */
export function ancestorsOf(state: SynthesisState, id: ThirdOrderId): ThirdOrderConstruct[] {
  const out: ThirdOrderConstruct[] = [];
  let at = state.thirdOrders.find((t) => t.id === id)?.parentId;
  while (at !== undefined) {
    const parent = state.thirdOrders.find((t) => t.id === at);
    if (!parent || out.includes(parent)) break;
    out.push(parent);
    at = parent.parentId;
  }
  return out;
}

/** Third-order constructs without children: the level at which findings are usually assessed. */
export function leafThirdOrders(state: SynthesisState): ThirdOrderConstruct[] {
  const parents = new Set(state.thirdOrders.map((t) => t.parentId).filter((p) => p !== undefined));
  return state.thirdOrders.filter((t) => !parents.has(t.id));
}
