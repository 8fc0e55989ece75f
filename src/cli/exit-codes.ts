import { errorCatalogue, type ErrorCategory, type ErrorCode } from '../core/errors.js';

/**
 * Stable exit codes (documented in docs/cli.md). Scripts may rely on them: they change only with a
 * major version.
 */
export const exitCodes = {
  ok: 0,
  internal: 1,
  invalid_input: 2,
  not_found: 3,
  conflict: 4,
  unauthenticated: 5,
  forbidden: 5,
  unsupported: 6,
  too_large: 7,
} as const satisfies Record<ErrorCategory | 'ok', number>;

export const exitCodeFor = (code: ErrorCode): number => exitCodes[errorCatalogue[code].category];
