import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export type TabDef<T extends string> = Readonly<{ id: T; label: string; badge?: string | undefined }>;

type Props<T extends string> = Readonly<{
  /** Prefix of the element ids, unique on the page. */
  idBase: string;
  label: string;
  tabs: readonly TabDef<T>[];
  current: T;
  onChange: (id: T) => void;
}>;

/**
 * A tab list in the WAI-ARIA pattern: one tab in the Tab order, arrows (and Home/End) move between tabs
 * and show them. The panels are rendered by the caller with `tabPanelProps`.
 */
export function Tabs<T extends string>({ idBase, label, tabs, current, onChange }: Props<T>): ReactNode {
  const refs = useRef(new Map<T, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const index = tabs.findIndex((t) => t.id === current);
    let next = -1;
    if (event.key === 'ArrowRight') next = (index + 1) % tabs.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    if (next < 0) return;
    event.preventDefault();
    const tab = tabs[next]!;
    onChange(tab.id);
    refs.current.get(tab.id)?.focus();
  };
  return (
    <div className="reading-tabs" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {tabs.map((t) => (
        <button
          key={t.id}
          ref={(el) => {
            if (el) refs.current.set(t.id, el);
            else refs.current.delete(t.id);
          }}
          type="button"
          role="tab"
          id={`${idBase}-tab-${t.id}`}
          aria-selected={t.id === current}
          aria-controls={`${idBase}-panel-${t.id}`}
          tabIndex={t.id === current ? 0 : -1}
          className="reading-tab"
          onClick={() => onChange(t.id)}
        >
          {t.label}
          {t.badge ? <span className="reading-tab-badge">{t.badge}</span> : null}
        </button>
      ))}
    </div>
  );
}

export const tabPanelProps = (idBase: string, id: string): Record<string, string | number> => ({
  role: 'tabpanel',
  id: `${idBase}-panel-${id}`,
  'aria-labelledby': `${idBase}-tab-${id}`,
  tabIndex: 0,
});
