import type { ApiError } from '../api/client.js';

/** Server validation issues keyed by field name, so each message can sit under its input. */
export function fieldErrors(error: ApiError | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error?.details?.issues ?? []) {
    const key = issue.path || '_';
    out[key] ??= issue.message;
  }
  return out;
}
