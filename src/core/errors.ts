/**
 * The one catalogue of error codes. Codes are stable: clients (the CLI's exit codes, the server's HTTP
 * statuses, scripts that parse `--json` output) depend on them, so a code is never renamed or reused.
 * Each code belongs to a category; the edges map categories, not codes, to exit codes and statuses.
 */
export type ErrorCategory =
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'unauthenticated'
  | 'forbidden'
  | 'too_large'
  | 'unsupported'
  | 'internal';

type Entry = Readonly<{ category: ErrorCategory; summary: string }>;

export const errorCatalogue = {
  INVALID_ARGUMENT: { category: 'invalid_input', summary: 'An argument or field is missing or malformed.' },
  VALIDATION_FAILED: { category: 'invalid_input', summary: 'A request body did not match its schema.' },
  IMPORT_UNREADABLE: {
    category: 'invalid_input',
    summary: 'A file could not be read as any supported format; nothing was imported.',
  },
  IMPORT_FORMAT_UNKNOWN: {
    category: 'unsupported',
    summary: 'The format of a file could not be recognised from its content.',
  },
  IMPORT_BINARY_FILE: { category: 'invalid_input', summary: 'A file is binary (a PDF, a spreadsheet, an image).' },
  IMPORT_EMPTY_FILE: { category: 'invalid_input', summary: 'A file holds no records.' },
  IMPORT_TOO_LARGE: { category: 'too_large', summary: 'An upload is larger than the configured limit.' },
  EXPORT_FORMAT_UNKNOWN: { category: 'unsupported', summary: 'The requested export format does not exist.' },
  PROJECT_NOT_FOUND: { category: 'not_found', summary: 'No project has that id or name.' },
  PROJECT_NAME_AMBIGUOUS: { category: 'conflict', summary: 'More than one project has that name; use its id.' },
  SEARCH_NOT_FOUND: { category: 'not_found', summary: 'No search with that id in this project.' },
  RECORD_NOT_FOUND: { category: 'not_found', summary: 'No record with that id in this project.' },
  ENTITY_NOT_FOUND: { category: 'not_found', summary: 'The entity does not exist in this project.' },
  NOTHING_TO_UNDO: { category: 'conflict', summary: 'There is no action of yours left to undo.' },
  NOTHING_TO_REDO: { category: 'conflict', summary: 'There is no undone action of yours to redo.' },
  FILE_NOT_READY: { category: 'conflict', summary: 'The text of a full-text file is still being extracted, or could not be.' },
  FILE_UNSUPPORTED: { category: 'unsupported', summary: 'A full-text file is not a PDF.' },
  FILE_TOO_LARGE: { category: 'too_large', summary: 'A full-text file is larger than the configured limit.' },
  ARCHIVE_INVALID: { category: 'invalid_input', summary: 'A project archive is damaged, truncated or not an archive.' },
  ARCHIVE_CONFLICT: { category: 'conflict', summary: 'The archived project already exists in this store.' },
  RENDERER_UNAVAILABLE: {
    category: 'unsupported',
    summary: 'PDF and PNG output need Chromium (Debian package chromium, or METAETHNO_CHROMIUM=/path).',
  },
  REPORT_FORMAT_UNKNOWN: { category: 'unsupported', summary: 'The requested report format does not exist.' },
  EDIT_CONFLICT: { category: 'conflict', summary: 'The value was changed by someone else since it was read; reload and retry.' },
  UNDO_CONFLICT: {
    category: 'conflict',
    summary: 'The action cannot be undone or redone because later changes depend on it; undo those first.',
  },
  DEDUP_SELF_MERGE: { category: 'invalid_input', summary: 'A record cannot be merged with itself.' },
  DEDUP_LINK_NOT_FOUND: { category: 'not_found', summary: 'No such duplicate link or candidate.' },
  DEDUP_ALREADY_DECIDED: { category: 'conflict', summary: 'This candidate pair has already been decided.' },
  SCREENING_STAGE_CLOSED: { category: 'conflict', summary: 'The record is not open for screening at this stage.' },
  SCREENING_REASON_REQUIRED: { category: 'invalid_input', summary: 'An exclusion reason is required at this stage.' },
  SCREENING_CONFLICT_NOT_FOUND: { category: 'not_found', summary: 'No open conflict for that record and stage.' },
  SCREENING_ALREADY_DECIDED: {
    category: 'conflict',
    summary: 'You have already decided this record at this stage; change your decision instead.',
  },
  SCREENING_NO_DECISION: { category: 'conflict', summary: 'You have no decision on this record at this stage to change.' },
  AUTH_REQUIRED: { category: 'unauthenticated', summary: 'Sign in first.' },
  AUTH_BAD_CREDENTIALS: { category: 'unauthenticated', summary: 'Unknown user or wrong password.' },
  AUTH_FORBIDDEN: { category: 'forbidden', summary: 'Your role in this project does not allow this action.' },
  USER_EXISTS: { category: 'conflict', summary: 'A user with that name already exists.' },
  MEMBER_NOT_FOUND: { category: 'not_found', summary: 'No member with that name in this project.' },
  BLINDED: { category: 'forbidden', summary: "Blinding hides other reviewers' decisions until conflicts are shown." },
  STORE_MIGRATION_FAILED: { category: 'internal', summary: 'A database migration failed; the store was not changed.' },
  FILE_TYPE_NOT_ALLOWED: { category: 'unsupported', summary: 'That kind of file cannot be attached here.' },
  SYNTHESIS_CYCLE: { category: 'invalid_input', summary: 'The construct hierarchy would contain a cycle.' },
  SYNTHESIS_INVALID_LINK: {
    category: 'invalid_input',
    summary: 'A link points to a missing entity or joins entities that cannot be linked.',
  },
  SYNTHESIS_DUPLICATE: { category: 'conflict', summary: 'An entity or link with that id or key already exists.' },
  SYNTHESIS_IN_USE: {
    category: 'conflict',
    summary: 'Other entities still refer to this one; unlink them first or delete it with its dependents.',
  },
  SYNTHESIS_ORDER_INPUT_MISSING: {
    category: 'invalid_input',
    summary: 'This translation order needs an input that was not given (e.g. quality ratings).',
  },
  APPRAISAL_INVALID_CHECKLIST: { category: 'invalid_input', summary: 'A checklist definition is malformed.' },
  APPRAISAL_INVALID_ANSWER: { category: 'invalid_input', summary: 'An appraisal answer does not fit its checklist.' },
  CHARACTERISTICS_INVALID_FORM: { category: 'invalid_input', summary: 'A characteristics form definition is malformed.' },
  CERQUAL_INVALID_ASSESSMENT: { category: 'invalid_input', summary: 'A GRADE-CERQual assessment is malformed.' },
  PDF_UNREADABLE: {
    category: 'invalid_input',
    summary: 'A file could not be read as a PDF: it is empty, another kind of file, truncated or corrupt.',
  },
  PDF_ENCRYPTED: {
    category: 'invalid_input',
    summary: 'A PDF is password-protected; save an unprotected copy and try again.',
  },
  INTERNAL: { category: 'internal', summary: 'An unexpected error; please report it with the log.' },
} as const satisfies Record<string, Entry>;

export type ErrorCode = keyof typeof errorCatalogue;

/** The only error type our code throws on purpose. `details` must be JSON-serialisable. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(code: ErrorCode, message?: string, details?: Record<string, unknown>, options?: { cause?: unknown }) {
    super(message ?? errorCatalogue[code].summary, options);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  get category(): ErrorCategory {
    return errorCatalogue[this.code].category;
  }

  toJSON(): { code: ErrorCode; message: string; details?: Readonly<Record<string, unknown>> } {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
