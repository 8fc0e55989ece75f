import type { ReactNode } from 'react';

/** The keyboard shortcuts of a page, spelled out where the user can see them. */
export function KbdHint({ keys }: { keys: readonly (readonly [key: string, action: string])[] }): ReactNode {
  return (
    <p className="kbd-hint">
      Keyboard:{' '}
      {keys.map(([key, action], i) => (
        <span key={key} className="kbd-hint-item">
          <kbd>{key}</kbd> {action}
          {i < keys.length - 1 ? ' · ' : ''}
        </span>
      ))}
    </p>
  );
}
