/**
 * The study's PDF, drawn by pdf.js page by page with a text layer to select from. Only the pages near the
 * viewport are rendered (an IntersectionObserver decides), so a 300-page thesis opens as fast as a short
 * article. Excerpts are drawn under the text layer as boxes (fractions of the page, so they follow the
 * zoom), and a selection offers to code the passage.
 *
 * pdf.js is loaded with this module only: the workspace imports it lazily.
 */
import { GlobalWorkerOptions, TextLayer, VerbosityLevel, getDocument, normalizeUnicode, type PDFDocumentProxy, type RenderTask } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent, type MouseEvent as ReactMouseEvent, type ReactNode } from 'react';
import { Loading } from '../../components/loading.js';
import { buildLayerIndex, layerBoxes, selectionRange, type LayerIndex } from './text-layer-index.js';
import type { Box, Range } from './text-map.js';

GlobalWorkerOptions.workerSrc = workerUrl;

export type HighlightTone = 'excerpt' | 'first' | 'second';

/**
 * One excerpt drawn on a page: its range of the page text and the boxes of the text runs it covers (drawn
 * until the page's text layer is rendered and aligned, which then gives the exact glyph boxes).
 */
export type PageHighlight = Readonly<{ excerptId: string; tone: HighlightTone; range: Range; boxes: readonly Box[] }>;

/**
 * What the user selected: on which page, the text, how far down the page (points) it starts, and the
 * exact range of the page text when the text layer is aligned with it.
 */
export type PdfSelection = Readonly<{ page: number; text: string; topPt: number; range?: Range | undefined }>;

export type CodeKind = 'excerpt' | 1 | 2;

/** A request to bring an excerpt into view; `nonce` makes a second request for the same excerpt count. */
export type FocusRequest = Readonly<{ excerptId: string; page: number; top: number; nonce: number }>;

type Props = Readonly<{
  url: string;
  fileName: string;
  /** Page sizes in points from the extracted text, when there is one (saves asking pdf.js for each page). */
  pageSizes: readonly Readonly<{ width: number; height: number }>[] | undefined;
  /** The extracted text of each page (page 1 first), when there is one. */
  pageTexts: readonly string[] | undefined;
  highlights: ReadonlyMap<number, readonly PageHighlight[]>;
  selectedExcerptId: string | undefined;
  focus: FocusRequest | undefined;
  /** Why coding is not possible now (no permission, text not extracted yet), or undefined when it is. */
  codeBlocked: string | undefined;
  /** Codes the selection; resolves to true when it was used (the selection is then cleared). */
  onCode: (kind: CodeKind, selection: PdfSelection) => Promise<boolean> | boolean;
  onSelectExcerpt: (excerptId: string) => void;
}>;

const zoomLevels = [0.5, 0.67, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3] as const;
const MIN_ZOOM = zoomLevels[0];
const MAX_ZOOM = zoomLevels[zoomLevels.length - 1]!;
/** CSS pixels per PDF point at 100 %: PDF user space is 72 per inch, CSS 96. */
const CSS_PER_POINT = 96 / 72;
const FRAME_PAD = 16;

type Size = Readonly<{ width: number; height: number }>;
type Toolbar = Readonly<{ selection: PdfSelection | undefined; message: string | undefined; x: number; y: number }>;

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function loadErrorText(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') return 'This PDF is protected by a password, so it cannot be shown. Upload a copy without a password.';
  if (name === 'InvalidPDFException') return 'This file is not a readable PDF.';
  if (name === 'ResponseException' || name === 'MissingPDFException') return 'The PDF could not be downloaded from the server.';
  return `The PDF could not be shown: ${messageOf(error)}`;
}

export function PdfViewer({ url, fileName, pageSizes, pageTexts, highlights, selectedExcerptId, focus, codeBlocked, onCode, onSelectExcerpt }: Props): ReactNode {
  const [doc, setDoc] = useState<PDFDocumentProxy | undefined>(undefined);
  const [loadError, setLoadError] = useState<string | undefined>(undefined);
  const [ownSizes, setOwnSizes] = useState<Size[] | undefined>(undefined);
  const [zoom, setZoom] = useState<number | 'fit'>('fit');
  const [frameWidth, setFrameWidth] = useState(0);
  const [visible, setVisible] = useState<ReadonlySet<number>>(() => new Set());
  const [currentPage, setCurrentPage] = useState(1);
  const [pageInput, setPageInput] = useState('1');
  const [toolbar, setToolbar] = useState<Toolbar | undefined>(undefined);
  const [coding, setCoding] = useState(false);
  const [flashing, setFlashing] = useState<string | undefined>(undefined);
  const scroller = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const pageEls = useRef(new Map<number, HTMLDivElement>());
  const currentRef = useRef(1);
  const indexes = useRef(new Map<number, LayerIndex>());

  // Load the document; a new URL (another file) starts over.
  useEffect(() => {
    setDoc(undefined);
    setLoadError(undefined);
    setOwnSizes(undefined);
    const task = getDocument({ url, isEvalSupported: false, verbosity: VerbosityLevel.ERRORS, enableXfa: false });
    let alive = true;
    task.promise.then(
      (loaded) => {
        if (alive) setDoc(loaded);
      },
      (error: unknown) => {
        if (alive) setLoadError(loadErrorText(error));
      },
    );
    return () => {
      alive = false;
      void task.destroy();
    };
  }, [url]);

  // Without extracted text the page sizes come from pdf.js itself.
  useEffect(() => {
    if (!doc || (pageSizes && pageSizes.length === doc.numPages)) return undefined;
    let alive = true;
    const numbers = Array.from({ length: doc.numPages }, (_, i) => i + 1);
    Promise.all(numbers.map((n) => doc.getPage(n).then((p) => p.getViewport({ scale: 1 })))).then(
      (viewports) => {
        if (alive) setOwnSizes(viewports.map((v) => ({ width: v.width, height: v.height })));
      },
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, [doc, pageSizes]);

  const sizes: readonly Size[] | undefined = doc ? (pageSizes && pageSizes.length === doc.numPages ? pageSizes : ownSizes) : undefined;
  const widest = sizes && sizes.length > 0 ? Math.max(...sizes.map((s) => s.width)) : 595;

  // Fit to width follows the column as the window is resized.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return undefined;
    const observer = new ResizeObserver(() => setFrameWidth(el.clientWidth));
    observer.observe(el);
    setFrameWidth(el.clientWidth);
    return () => observer.disconnect();
  }, [doc]);

  const fitScale = frameWidth > 0 ? Math.max(0.3, (frameWidth - 2 * FRAME_PAD) / widest) : CSS_PER_POINT;
  const scale = zoom === 'fit' ? fitScale : zoom * CSS_PER_POINT;
  const percent = Math.round((scale / CSS_PER_POINT) * 100);

  // Keep the reader's place when the zoom changes.
  const lastScale = useRef(scale);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || lastScale.current === scale) return;
    const ratio = el.scrollTop / Math.max(1, el.scrollHeight);
    lastScale.current = scale;
    el.scrollTop = ratio * el.scrollHeight;
  }, [scale]);

  // Which pages are near the viewport: those are rendered, the others are empty frames of the right size.
  useEffect(() => {
    const root = scroller.current;
    if (!root || !sizes) return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        setVisible((before) => {
          const next = new Set(before);
          for (const entry of entries) {
            const n = Number((entry.target as HTMLElement).dataset['pageNumber']);
            if (entry.isIntersecting) next.add(n);
            else next.delete(n);
          }
          return next;
        });
      },
      { root, rootMargin: '100% 0px' },
    );
    for (const el of pageEls.current.values()) observer.observe(el);
    return () => observer.disconnect();
  }, [sizes]);

  const onScroll = useCallback(() => {
    const el = scroller.current;
    if (!el) return;
    const line = el.scrollTop + el.clientHeight / 3;
    let page = 1;
    for (const [n, pageEl] of pageEls.current) if (pageEl.offsetTop <= line && n > page) page = n;
    if (page !== currentRef.current) {
      currentRef.current = page;
      setCurrentPage(page);
      setPageInput(String(page));
    }
  }, []);

  const goToPage = (n: number, top = 0): void => {
    const el = scroller.current;
    const pageEl = pageEls.current.get(n);
    if (!el || !pageEl) return;
    el.scrollTo({ top: Math.max(0, pageEl.offsetTop + top - 8), behavior: 'auto' });
  };

  // Bring a requested excerpt into view (a third of the way down the column) and make it flash.
  useEffect(() => {
    if (!focus || !sizes) return undefined;
    const el = scroller.current;
    const pageEl = pageEls.current.get(focus.page);
    const size = sizes[focus.page - 1];
    if (!el || !pageEl || !size) return undefined;
    const y = pageEl.offsetTop + focus.top * size.height * scale;
    el.scrollTo({ top: Math.max(0, y - el.clientHeight / 3), behavior: 'auto' });
    setFlashing(focus.excerptId);
    const timer = setTimeout(() => setFlashing(undefined), 2000);
    return () => clearTimeout(timer);
    // The scale is read, not watched: zooming should not scroll back to the excerpt.
  }, [focus, sizes]);

  // The toolbar for a selection inside one page's text layer.
  const readSelection = useCallback(() => {
    const selection = window.getSelection();
    const root = content.current;
    if (!selection || selection.isCollapsed || selection.rangeCount === 0 || !root) {
      setToolbar(undefined);
      return;
    }
    const range = selection.getRangeAt(0);
    const pageOf = (node: Node): HTMLElement | null => (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('.pdf-page') ?? null;
    const startPage = pageOf(range.startContainer);
    const endPage = pageOf(range.endContainer);
    if (!startPage || !root.contains(startPage)) {
      setToolbar(undefined);
      return;
    }
    const text = selection.toString();
    if (text.trim() === '') {
      setToolbar(undefined);
      return;
    }
    const rect = range.getBoundingClientRect();
    const rootRect = root.getBoundingClientRect();
    const x = Math.min(Math.max(rect.left + rect.width / 2 - rootRect.left, 215), rootRect.width - 215);
    const y = rect.bottom - rootRect.top + 8;
    if (startPage !== endPage) {
      setToolbar({ selection: undefined, message: 'Select text on one page at a time.', x, y });
      return;
    }
    const page = Number(startPage.dataset['pageNumber']);
    const pageRect = startPage.getBoundingClientRect();
    const topPt = (rect.top - pageRect.top) / (pageRect.height / (sizes?.[page - 1]?.height ?? pageRect.height));
    // pdf.js's own normalisation (ligatures and the like), the one the extracted text went through.
    const normalized = normalizeUnicode(text) as string;
    const index = indexes.current.get(page);
    const exact = index ? selectionRange(index, range) : undefined;
    setToolbar({ selection: { page, text: normalized, topPt, range: exact }, message: undefined, x, y });
  }, [sizes]);

  const readSelectionRef = useRef(readSelection);
  readSelectionRef.current = readSelection;
  useEffect(() => {
    // A selection cleared by clicking elsewhere hides the toolbar; one finished anywhere (a drag may end
    // outside the column) shows it, if it lies in this PDF.
    const onChange = (): void => {
      const selection = window.getSelection();
      if (!selection || selection.isCollapsed) setToolbar((t) => (t ? undefined : t));
    };
    const onMouseUp = (): void => {
      setTimeout(() => readSelectionRef.current(), 0);
    };
    document.addEventListener('selectionchange', onChange);
    document.addEventListener('mouseup', onMouseUp);
    return () => {
      document.removeEventListener('selectionchange', onChange);
      document.removeEventListener('mouseup', onMouseUp);
    };
  }, []);

  const code = async (kind: CodeKind): Promise<void> => {
    const selection = toolbar?.selection;
    if (!selection || coding) return;
    setCoding(true);
    try {
      const used = await onCode(kind, selection);
      if (used) {
        window.getSelection()?.removeAllRanges();
        setToolbar(undefined);
      }
    } finally {
      setCoding(false);
    }
  };

  const onKeyDown = (event: ReactKeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'Escape' && toolbar) {
      event.preventDefault();
      window.getSelection()?.removeAllRanges();
      setToolbar(undefined);
    }
  };

  const submitPage = (): void => {
    const n = Math.round(Number(pageInput));
    if (doc && Number.isFinite(n) && n >= 1 && n <= doc.numPages) goToPage(n);
    else setPageInput(String(currentPage));
  };

  const zoomBy = (direction: 1 | -1): void => {
    const now = scale / CSS_PER_POINT;
    const next = direction > 0 ? zoomLevels.find((z) => z > now + 0.001) : [...zoomLevels].reverse().find((z) => z < now - 0.001);
    if (next !== undefined) setZoom(next);
  };

  return (
    <div className="pdf-viewer">
      <div className="pdf-toolbar" role="toolbar" aria-label="PDF view">
        <div className="pdf-toolbar-group">
          <button type="button" className="button button-small" onClick={() => zoomBy(-1)} disabled={!doc || scale / CSS_PER_POINT <= MIN_ZOOM + 0.001} aria-label="Zoom out">
            −
          </button>
          <span className="pdf-zoom" aria-live="polite">
            <span className="visually-hidden">Zoom </span>
            {percent} %
          </span>
          <button type="button" className="button button-small" onClick={() => zoomBy(1)} disabled={!doc || scale / CSS_PER_POINT >= MAX_ZOOM - 0.001} aria-label="Zoom in">
            +
          </button>
          <button type="button" className="button button-small" onClick={() => setZoom('fit')} disabled={!doc || zoom === 'fit'}>
            Fit width
          </button>
        </div>
        <ul className="pdf-legend" aria-label="Highlight colours">
          <li>
            <span className="pdf-swatch pdf-swatch-first" aria-hidden="true" />
            First-order
          </li>
          <li>
            <span className="pdf-swatch pdf-swatch-second" aria-hidden="true" />
            Second-order
          </li>
          <li>
            <span className="pdf-swatch pdf-swatch-excerpt" aria-hidden="true" />
            Excerpt
          </li>
        </ul>
        {doc ? (
          <form
            className="pdf-toolbar-group pdf-page-nav"
            onSubmit={(e) => {
              e.preventDefault();
              submitPage();
            }}
          >
            <label htmlFor="pdf-page-input">Page</label>
            <input id="pdf-page-input" className="input input-small pdf-page-input" inputMode="numeric" value={pageInput} onChange={(e) => setPageInput(e.target.value)} onBlur={submitPage} />
            <span>of {doc.numPages}</span>
          </form>
        ) : null}
      </div>
      <div className="pdf-scroll" ref={scroller} onScroll={onScroll} tabIndex={0} aria-label={`${fileName}, the full text`} role="region" onKeyDown={onKeyDown}>
        {loadError ? (
          <div className="notice notice-error pdf-notice" role="alert">
            <p className="notice-title">The PDF cannot be shown</p>
            <p>{loadError}</p>
          </div>
        ) : !doc || !sizes ? (
          <Loading label="Opening the PDF…" />
        ) : (
          <div className="pdf-pages" ref={content} onKeyUp={(e) => (e.shiftKey ? readSelection() : undefined)}>
            {sizes.map((size, i) => (
              <PdfPage
                key={i + 1}
                doc={doc}
                number={i + 1}
                size={size}
                scale={scale}
                rendered={visible.has(i + 1)}
                highlights={highlights.get(i + 1)}
                pageText={pageTexts?.[i]}
                onIndex={(index) => {
                  if (index) indexes.current.set(i + 1, index);
                  else indexes.current.delete(i + 1);
                }}
                selectedExcerptId={selectedExcerptId}
                flashingExcerptId={flashing}
                onSelectExcerpt={onSelectExcerpt}
                register={(el) => {
                  if (el) pageEls.current.set(i + 1, el);
                  else pageEls.current.delete(i + 1);
                }}
              />
            ))}
            {toolbar ? (
              <div className="selection-toolbar" role="toolbar" aria-label="Code the selected text" style={{ left: toolbar.x, top: toolbar.y }} onMouseDown={(e) => e.preventDefault()}>
                {toolbar.message || codeBlocked ? (
                  <p className="selection-toolbar-message">{toolbar.message ?? codeBlocked}</p>
                ) : (
                  <>
                    <button type="button" className="button button-small" disabled={coding} onClick={() => void code('excerpt')}>
                      Excerpt
                    </button>
                    <button type="button" className="button button-small selection-first" disabled={coding} onClick={() => void code(1)}>
                      First-order construct
                    </button>
                    <button type="button" className="button button-small selection-second" disabled={coding} onClick={() => void code(2)}>
                      Second-order construct
                    </button>
                  </>
                )}
              </div>
            ) : null}
          </div>
        )}
      </div>
    </div>
  );
}

type PageProps = Readonly<{
  doc: PDFDocumentProxy;
  number: number;
  size: Size;
  scale: number;
  rendered: boolean;
  highlights: readonly PageHighlight[] | undefined;
  pageText: string | undefined;
  onIndex: (index: LayerIndex | undefined) => void;
  selectedExcerptId: string | undefined;
  flashingExcerptId: string | undefined;
  onSelectExcerpt: (excerptId: string) => void;
  register: (el: HTMLDivElement | null) => void;
}>;

/** The excerpt drawn under a point of the page (fractions of its size), the smallest when they overlap. */
function excerptAt(highlights: readonly Readonly<{ excerptId: string; boxes: readonly Box[] }>[] | undefined, fx: number, fy: number): string | undefined {
  let best: { id: string; area: number } | undefined;
  for (const h of highlights ?? []) {
    for (const b of h.boxes) {
      if (fx < b.left || fx > b.left + b.width || fy < b.top || fy > b.top + b.height) continue;
      const area = b.width * b.height;
      if (!best || area < best.area) best = { id: h.excerptId, area };
    }
  }
  return best?.id;
}

function PdfPage({ doc, number, size, scale, rendered, highlights, pageText, onIndex, selectedExcerptId, flashingExcerptId, onSelectExcerpt, register }: PageProps): ReactNode {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const frameRef = useRef<HTMLDivElement | null>(null);
  const [status, setStatus] = useState<'idle' | 'rendering' | 'done' | 'failed'>('idle');
  const [overHighlight, setOverHighlight] = useState(false);
  const [index, setIndex] = useState<LayerIndex | undefined>(undefined);
  const onIndexRef = useRef(onIndex);
  onIndexRef.current = onIndex;

  // Align the rendered text layer with the extracted text, for exact highlights and selections.
  useEffect(() => {
    const layer = textRef.current;
    const next = status === 'done' && layer && pageText !== undefined ? buildLayerIndex(layer, pageText) : undefined;
    setIndex(next);
    onIndexRef.current(next);
  }, [status, pageText]);

  // The glyph boxes of each highlight, once the layer is aligned; the run boxes until then.
  const drawn = useMemo(() => {
    const frame = frameRef.current;
    return (highlights ?? []).map((h) => ({ ...h, boxes: (index && frame ? layerBoxes(index, frame, h.range) : undefined) ?? h.boxes }));
  }, [highlights, index]);

  useEffect(() => {
    const canvas = canvasRef.current;
    const textDiv = textRef.current;
    if (!rendered || !canvas || !textDiv) {
      setStatus('idle');
      return undefined;
    }
    let alive = true;
    let renderTask: RenderTask | undefined;
    let textLayer: TextLayer | undefined;
    setStatus('rendering');
    void (async () => {
      try {
        const page = await doc.getPage(number);
        if (!alive) return;
        const viewport = page.getViewport({ scale });
        // Sharp on high-density screens, but never a canvas so large that the browser refuses it.
        const ratio = Math.min(window.devicePixelRatio || 1, Math.sqrt(16_000_000 / (viewport.width * viewport.height)));
        canvas.width = Math.floor(viewport.width * ratio);
        canvas.height = Math.floor(viewport.height * ratio);
        renderTask = page.render({ canvas, viewport, ...(ratio !== 1 ? { transform: [ratio, 0, 0, ratio, 0, 0] } : {}) });
        textDiv.replaceChildren();
        textLayer = new TextLayer({ textContentSource: page.streamTextContent({ includeMarkedContent: true }), container: textDiv, viewport });
        await Promise.all([renderTask.promise, textLayer.render()]);
        if (!alive) return;
        // pdf.js's viewer adds this element so that dragging past the last line keeps selecting text.
        const end = document.createElement('div');
        end.className = 'endOfContent';
        textDiv.append(end);
        setStatus('done');
      } catch (error) {
        if (!alive || (error instanceof Error && (error.name === 'RenderingCancelledException' || error.name === 'AbortException'))) return;
        setStatus('failed');
      }
    })();
    return () => {
      alive = false;
      renderTask?.cancel();
      textLayer?.cancel();
      textDiv.replaceChildren();
      // Release the pixels of pages far from view.
      canvas.width = 0;
      canvas.height = 0;
    };
  }, [doc, number, scale, rendered]);

  const point = (event: ReactMouseEvent<HTMLDivElement>): [number, number] => {
    const rect = event.currentTarget.getBoundingClientRect();
    return [(event.clientX - rect.left) / rect.width, (event.clientY - rect.top) / rect.height];
  };

  const boxes = useMemo(
    () =>
      drawn.flatMap((h) =>
        h.boxes.map((b, i) => {
          const classes = ['pdf-hl', `pdf-hl-${h.tone}`];
          if (h.excerptId === selectedExcerptId) classes.push('is-selected');
          if (h.excerptId === flashingExcerptId) classes.push('is-flashing');
          return <div key={`${h.excerptId}-${i}`} className={classes.join(' ')} data-excerpt-id={h.excerptId} style={{ left: `${b.left * 100}%`, top: `${b.top * 100}%`, width: `${b.width * 100}%`, height: `${b.height * 100}%` }} />;
        }),
      ),
    [drawn, selectedExcerptId, flashingExcerptId],
  );

  return (
    <div
      ref={(el) => {
        frameRef.current = el;
        register(el);
      }}
      className={`pdf-page${overHighlight ? ' is-over-highlight' : ''}`}
      data-page-number={number}
      style={{ width: size.width * scale, height: size.height * scale, ['--total-scale-factor' as string]: scale }}
      onMouseDown={(e) => {
        if (e.target instanceof HTMLElement && e.target.closest('.textLayer')) textRef.current?.classList.add('selecting');
      }}
      onMouseUp={() => textRef.current?.classList.remove('selecting')}
      onMouseMove={(e) => {
        if (drawn.length === 0) return;
        const [fx, fy] = point(e);
        const over = excerptAt(drawn, fx, fy) !== undefined;
        if (over !== overHighlight) setOverHighlight(over);
      }}
      onClick={(e) => {
        const selection = window.getSelection();
        if (selection && !selection.isCollapsed) return;
        const [fx, fy] = point(e);
        const id = excerptAt(drawn, fx, fy);
        if (id) onSelectExcerpt(id);
      }}
    >
      <canvas ref={canvasRef} className="pdf-canvas" aria-hidden="true" />
      <div className="pdf-highlights" aria-hidden="true">
        {boxes}
      </div>
      <div ref={textRef} className="textLayer" />
      {status === 'failed' ? <p className="pdf-page-failed">Page {number} could not be drawn.</p> : null}
    </div>
  );
}
