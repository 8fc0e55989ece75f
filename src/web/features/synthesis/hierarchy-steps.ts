/**
 * Moving a third-order construct in the hierarchy as steps: an update of its parent (when it changes) and a
 * move in the collection (sibling order is collection order). Pure, so the tree's buttons, keys and drops
 * share it.
 */
import type { ThirdOrderConstruct } from '../../../core/synthesis/third-order.js';
import type { Step } from './api.js';

type Node = ThirdOrderConstruct;

const parentOf = (t: Node): string | undefined => t.parentId ?? undefined;

/** Steps that make `id` a child of `parentId` (undefined: a root), just before `beforeId` or last. */
export function placeSteps(all: readonly Node[], id: string, parentId: string | undefined, beforeId: string | null): Step[] {
  const node = all.find((t) => t.id === id);
  if (!node) return [];
  const steps: Step[] = [];
  if (parentOf(node) !== parentId) {
    const { parentId: _old, ...rest } = node;
    steps.push({ type: 'update', kind: 'thirdOrder', value: parentId ? { ...rest, parentId } : rest });
  }
  const at = all.indexOf(node);
  const without = all.filter((t) => t.id !== id);
  const siblings = without.filter((t) => parentOf(t) === parentId);
  let to: number;
  if (beforeId !== null) to = without.findIndex((t) => t.id === beforeId);
  else if (siblings.length > 0) to = without.indexOf(siblings[siblings.length - 1]!) + 1;
  else to = at;
  if (to >= 0 && to !== at) steps.push({ type: 'move', kind: 'thirdOrder', id, toIndex: to });
  return steps;
}

export const siblingsOf = (all: readonly Node[], node: Node): Node[] => all.filter((t) => parentOf(t) === parentOf(node));

/** Whether `candidate` is `id` or lies under it (a construct cannot go inside itself). */
export function isWithin(all: readonly Node[], candidate: string, id: string): boolean {
  const seen = new Set<string>();
  for (let at: string | undefined = candidate; at !== undefined && !seen.has(at); at = all.find((t) => t.id === at)?.parentId) {
    if (at === id) return true;
    seen.add(at);
  }
  return false;
}

export type TreeMove = 'up' | 'down' | 'indent' | 'outdent';

/** The steps of a keyboard or button move, or null when the move is not possible. */
export function treeMoveSteps(all: readonly Node[], id: string, move: TreeMove): Step[] | null {
  const node = all.find((t) => t.id === id);
  if (!node) return null;
  const siblings = siblingsOf(all, node);
  const i = siblings.indexOf(node);
  switch (move) {
    case 'up': {
      const prev = siblings[i - 1];
      return prev ? placeSteps(all, id, parentOf(node), prev.id) : null;
    }
    case 'down': {
      const next = siblings[i + 1];
      if (!next) return null;
      return placeSteps(all, id, parentOf(node), siblings[i + 2]?.id ?? null);
    }
    case 'indent': {
      const prev = siblings[i - 1];
      return prev ? placeSteps(all, id, prev.id, null) : null;
    }
    case 'outdent': {
      const parent = node.parentId ? all.find((t) => t.id === node.parentId) : undefined;
      if (!parent) return null;
      const parentSiblings = siblingsOf(all, parent);
      const after = parentSiblings[parentSiblings.indexOf(parent) + 1];
      return placeSteps(all, id, parentOf(parent), after?.id ?? null);
    }
  }
}
