import { useEffect, useRef } from 'react';

/**
 * Single-key shortcuts for a page (`d`, `n`, arrows…). Keys typed into a form control, or pressed with
 * a modifier, are left alone, so shortcuts never fire while someone writes a note or a reason.
 */
export function useShortcuts(handlers: Readonly<Record<string, () => void>>, enabled = true): void {
  const current = useRef(handlers);
  current.current = handlers;
  useEffect(() => {
    if (!enabled) return undefined;
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.metaKey || event.ctrlKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(target.tagName))) {
        // A focused button keeps Enter and Space; letters still act as shortcuts.
        if (target.tagName !== 'BUTTON' || event.key.length !== 1 || event.key === ' ') return;
      }
      const handler = current.current[event.key];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled]);
}
