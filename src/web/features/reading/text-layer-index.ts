/**
 * An alignment between a rendered pdf.js text layer and the page's extracted text. Both come from the same
 * pdf.js text runs in the same order, so once whitespace is set aside they hold the same characters; the
 * index maps each non-space character of the page text to the DOM text node and offset that shows it.
 * With it a stored range is highlighted with the browser's own glyph boxes, and a selection is turned
 * into an exact range of the page text. When the two texts do not align (an unusual PDF), callers fall
 * back to the run boxes and quote search of text-map.ts.
 */
import type { Box, Range } from './text-map.js';

export type LayerIndex = Readonly<{
  nodes: readonly Text[];
  nodeIndex: ReadonlyMap<Text, number>;
  /** For each non-space character of the page text: its text node (index into `nodes`) and offset. */
  node: Int32Array;
  offset: Int32Array;
  /** For each text node, how many non-space characters come before it. */
  before: Int32Array;
  /** Non-space characters of the page text before each offset (length text.length + 1). */
  compactBefore: Int32Array;
  /** The page-text offset of each non-space character. */
  pageOffset: Int32Array;
}>;

const isSpace = (c: string): boolean => /\s/.test(c);

/** Aligns a rendered text layer with the page text, or returns undefined when they differ. */
export function buildLayerIndex(layer: HTMLElement, pageText: string): LayerIndex | undefined {
  const compactBefore = new Int32Array(pageText.length + 1);
  const pageOffsets: number[] = [];
  let compact = '';
  for (let i = 0; i < pageText.length; i++) {
    compactBefore[i] = pageOffsets.length;
    const c = pageText[i]!;
    if (isSpace(c)) continue;
    pageOffsets.push(i);
    compact += c;
  }
  compactBefore[pageText.length] = pageOffsets.length;

  const nodes: Text[] = [];
  const node = new Int32Array(pageOffsets.length);
  const offset = new Int32Array(pageOffsets.length);
  const walker = document.createTreeWalker(layer, NodeFilter.SHOW_TEXT);
  const before: number[] = [];
  let k = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n as Text;
    if (text.parentElement?.closest('.endOfContent')) continue;
    before.push(k);
    nodes.push(text);
    const data = text.data;
    for (let i = 0; i < data.length; i++) {
      const c = data[i]!;
      if (isSpace(c)) continue;
      if (k >= compact.length || compact[k] !== c) return undefined;
      node[k] = nodes.length - 1;
      offset[k] = i;
      k++;
    }
  }
  if (k !== compact.length) return undefined;
  return { nodes, nodeIndex: new Map(nodes.map((t, i) => [t, i])), node, offset, before: Int32Array.from(before), compactBefore, pageOffset: Int32Array.from(pageOffsets) };
}

/** The DOM range showing `[start, end)` of the page text, or undefined when it holds no visible character. */
function domRange(index: LayerIndex, range: Range): globalThis.Range | undefined {
  const a = index.compactBefore[Math.max(0, Math.min(range.start, index.compactBefore.length - 1))]!;
  const b = index.compactBefore[Math.max(0, Math.min(range.end, index.compactBefore.length - 1))]!;
  if (b <= a) return undefined;
  const r = document.createRange();
  r.setStart(index.nodes[index.node[a]!]!, index.offset[a]!);
  r.setEnd(index.nodes[index.node[b - 1]!]!, index.offset[b - 1]! + 1);
  return r;
}

/**
 * The boxes of `[start, end)` as drawn by the text layer, as fractions of the page element, with the
 * rectangles of one line joined into one band.
 */
export function layerBoxes(index: LayerIndex, page: HTMLElement, range: Range): Box[] | undefined {
  const r = domRange(index, range);
  if (!r) return undefined;
  const frame = page.getBoundingClientRect();
  if (frame.width === 0 || frame.height === 0) return undefined;
  const rects = [...r.getClientRects()].filter((x) => x.width > 0.5 && x.height > 0.5).sort((p, q) => p.top - q.top || p.left - q.left);
  const lines: { left: number; top: number; right: number; bottom: number }[] = [];
  for (const x of rects) {
    const line = lines.find((l) => Math.abs(l.top - x.top) < Math.min(l.bottom - l.top, x.height) * 0.5);
    if (line) {
      line.left = Math.min(line.left, x.left);
      line.right = Math.max(line.right, x.right);
      line.top = Math.min(line.top, x.top);
      line.bottom = Math.max(line.bottom, x.bottom);
    } else {
      lines.push({ left: x.left, top: x.top, right: x.right, bottom: x.bottom });
    }
  }
  return lines.map((l) => ({
    left: (l.left - frame.left) / frame.width,
    top: (l.top - frame.top) / frame.height,
    width: (l.right - l.left) / frame.width,
    height: (l.bottom - l.top) / frame.height,
  }));
}

/** Non-space characters before `offset` in a text node of the layer (the compact position of a DOM point). */
function compactAt(index: LayerIndex, container: Node, offset: number): number | undefined {
  if (!(container instanceof Text)) return undefined;
  const i = index.nodeIndex.get(container);
  if (i === undefined) return undefined;
  let k = index.before[i]!;
  const data = container.data;
  for (let j = 0; j < Math.min(offset, data.length); j++) if (!isSpace(data[j]!)) k++;
  return k;
}

/** The range of the page text a DOM selection covers, when both of its ends are in the aligned layer. */
export function selectionRange(index: LayerIndex, selection: globalThis.Range): Range | undefined {
  const a = compactAt(index, selection.startContainer, selection.startOffset);
  const b = compactAt(index, selection.endContainer, selection.endOffset);
  if (a === undefined || b === undefined || b <= a) return undefined;
  return { start: index.pageOffset[a]!, end: index.pageOffset[b - 1]! + 1 };
}
