import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { RecordSort, SortDirection } from '../../api/client.js';
import type { RecordPages } from './use-record-pages.js';

type Props = {
  pages: RecordPages;
  sort: RecordSort;
  dir: SortDirection;
  /** Search id → the label shown in the Search column. */
  searchLabels: ReadonlyMap<string, string>;
  activeIndex: number;
  selectedId: string | undefined;
  onActivate: (index: number) => void;
  onOpen: (index: number) => void;
};

const ROW_HEIGHT = 56;

const ariaSort = (column: RecordSort, sort: RecordSort, dir: SortDirection): 'ascending' | 'descending' | undefined =>
  column === sort ? (dir === 'asc' ? 'ascending' : 'descending') : undefined;

/**
 * The records grid. Only the rows in view exist in the DOM (react-virtual), and their data comes page
 * by page from the server, so 100,000 records scroll as smoothly as 100. Keyboard: the grid takes focus
 * and moves an active row with the arrow keys, Page Up/Down, Home and End; Enter opens the record.
 */
export function RecordTable({ pages, sort, dir, searchLabels, activeIndex, selectedId, onActivate, onOpen }: Props): ReactNode {
  // The grid itself scrolls (its header row sticks to the top), so that the element keyboard users focus
  // is the one that scrolls; the rows start below the header, which the virtualizer is told as a margin.
  const scroller = useRef<HTMLDivElement>(null);
  const head = useRef<HTMLDivElement>(null);
  const [headHeight, setHeadHeight] = useState(ROW_HEIGHT);
  useLayoutEffect(() => {
    if (head.current) setHeadHeight(head.current.offsetHeight);
  }, []);
  const count = pages.rowCount;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollMargin: headHeight,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  // A new filter or sort is a new list: go back to its top instead of loading the rows that happen
  // to be at the old scroll position (the hook already fetches the first page of every new list).
  const shownKey = useRef(pages.key);
  useEffect(() => {
    if (shownKey.current !== pages.key) {
      shownKey.current = pages.key;
      virtualizer.scrollToOffset(0);
      return;
    }
    if (count > 0) pages.ensure(first, last);
  }, [first, last, count, pages, virtualizer]);

  const move = (index: number): void => {
    if (count === 0) return;
    const next = Math.max(0, Math.min(count - 1, index));
    onActivate(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const pageRows = Math.max(1, Math.floor(((scroller.current?.clientHeight ?? ROW_HEIGHT * 10) - headHeight) / ROW_HEIGHT) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(activeIndex + 1),
      ArrowUp: () => move(activeIndex - 1),
      PageDown: () => move(activeIndex + pageRows),
      PageUp: () => move(activeIndex - pageRows),
      Home: () => move(0),
      End: () => move(count - 1),
      Enter: () => onOpen(activeIndex),
      ' ': () => onOpen(activeIndex),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  const activeRow = pages.row(activeIndex);
  return (
    <div
      className="record-grid"
      role="grid"
      aria-label="Records"
      aria-rowcount={count + 1}
      aria-colcount={5}
      tabIndex={0}
      aria-activedescendant={activeRow ? `record-row-${activeIndex}` : undefined}
      onKeyDown={onKeyDown}
      data-testid="record-grid"
      ref={scroller}
    >
      <div role="rowgroup" className="record-grid-head" ref={head}>
        <div role="row" aria-rowindex={1} className="record-row record-row-head">
          <div role="columnheader" className="cell cell-seq" aria-sort={ariaSort('seq', sort, dir)}>
            #
          </div>
          <div role="columnheader" className="cell cell-title" aria-sort={ariaSort('title', sort, dir)}>
            Title and authors
          </div>
          <div role="columnheader" className="cell cell-year" aria-sort={ariaSort('year', sort, dir)}>
            Year
          </div>
          <div role="columnheader" className="cell cell-journal">
            Journal
          </div>
          <div role="columnheader" className="cell cell-search">
            Search
          </div>
        </div>
      </div>
      <div role="rowgroup" className="record-grid-body">
        <div className="record-grid-canvas" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const record = pages.row(item.index);
            const active = item.index === activeIndex;
            const selected = record !== undefined && record.id === selectedId;
            return (
              <div
                key={item.key}
                id={`record-row-${item.index}`}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={selected}
                className={`record-row${active ? ' record-row-active' : ''}${selected ? ' record-row-selected' : ''}${record ? '' : ' record-row-loading'}`}
                style={{ height: ROW_HEIGHT, transform: `translateY(${item.start - headHeight}px)` }}
                data-record-id={record?.id}
                onClick={() => {
                  onActivate(item.index);
                  if (record) onOpen(item.index);
                }}
              >
                {record ? (
                  <>
                    <div role="gridcell" className="cell cell-seq">
                      {record.seq}
                    </div>
                    <div role="gridcell" className="cell cell-title">
                      <span className="record-title">{record.title ?? <span className="muted">Untitled record</span>}</span>
                      <span className="record-authors">{record.authors || '\u00a0'}</span>
                    </div>
                    <div role="gridcell" className="cell cell-year">
                      {record.year ?? ''}
                    </div>
                    <div role="gridcell" className="cell cell-journal">
                      {record.journal ?? ''}
                    </div>
                    <div role="gridcell" className="cell cell-search">
                      {searchLabels.get(record.searchId) ?? ''}
                    </div>
                  </>
                ) : (
                  <div role="gridcell" className="cell cell-skeleton" aria-busy="true">
                    <span className="skeleton skeleton-title" />
                    <span className="skeleton skeleton-meta" />
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
