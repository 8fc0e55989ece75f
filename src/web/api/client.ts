/**
 * Typed client for the metaethno HTTP API. The shapes mirror src/app (the use-cases the routes call);
 * record and diagnostic shapes are imported from core as types only, so the server and the browser
 * cannot drift apart on them.
 */
import type { Diagnostic } from '../../core/formats/diagnostic.js';
import type { ColumnMapping, ExportFormatId, FormatId } from '../../core/formats/plugin.js';
import type { Author, BibRecord, RawField } from '../../core/records/record.js';
import type { FieldEvidence, PairVerdict } from '../../core/dedup/types.js';
import type { HighlightSpan } from '../../core/screening/highlight.js';
import type { StageAgreement } from '../../core/screening/agreement.js';
import type { ReviewerDecision, ScreeningSettings, ScreeningStage } from '../../core/screening/types.js';
import type { ConflictItem, ResolvedConflict } from '../../core/screening/conflicts.js';
import type { PrismaCounts } from '../../core/reports/prisma/counts.js';

export type { Author, BibRecord, ColumnMapping, Diagnostic, ExportFormatId, FormatId, RawField };
export type { FieldEvidence, HighlightSpan, PairVerdict, PrismaCounts, ReviewerDecision, ScreeningSettings, ScreeningStage, StageAgreement };

export type Role = 'owner' | 'reviewer' | 'viewer';

export type Project = Readonly<{
  id: string;
  name: string;
  title: string;
  question: string;
  role: Role;
  createdAt: string;
  isExample: boolean;
}>;

/** A report sought for retrieval (PRISMA): pending until its full text is recorded as retrieved or not. */
export type RetrievalItem = Readonly<{ recordId: string; title: string | null; authors: string; year: number | null; journal: string | null; doi: string | null; status: string }>;
export type Retrievals = Readonly<{ pending: readonly RetrievalItem[]; recorded: readonly RetrievalItem[] }>;

export type ProjectSummary = Project & Readonly<{ records: number }>;

export type NewProject = Readonly<{ name: string; title?: string; question?: string }>;

export type SearchKind = 'database' | 'register' | 'other';

export type Mismatch = Readonly<{ reported: number; imported: number; message: string }>;

export type ImportedFile = Readonly<{
  id: string;
  fileName: string;
  format: string;
  encoding: string;
  recordCount: number;
  byteSize: number;
  diagnostics: readonly Diagnostic[];
  importedAt: string;
}>;

export type Search = Readonly<{
  id: string;
  kind: SearchKind;
  source: string;
  platform: string | null;
  method: string | null;
  dateRun: string | null;
  query: string | null;
  limits: string | null;
  filters: string | null;
  hitsReported: number | null;
  notes: string | null;
  createdAt: string;
}>;

export type SearchLogEntry = Search &
  Readonly<{
    recordsImported: number;
    files: readonly ImportedFile[];
    mismatch: Mismatch | null;
  }>;

export type NewSearch = Readonly<{
  kind: SearchKind;
  source: string;
  platform?: string;
  method?: string;
  dateRun?: string;
  query?: string;
  limits?: string;
  filters?: string;
  hitsReported?: number;
  notes?: string;
}>;

export type ImportedFileSummary = Readonly<{
  fileId: string;
  name: string;
  format: FormatId;
  encoding: string;
  records: number;
  bytes: number;
  diagnostics: readonly Diagnostic[];
}>;

export type ImportSummary = Readonly<{
  searchId: string;
  files: readonly ImportedFileSummary[];
  records: number;
  mismatch: Mismatch | null;
}>;

export type RecordSort = 'seq' | 'year' | 'title';
export type SortDirection = 'asc' | 'desc';

export type RecordQuery = Readonly<{
  q?: string;
  search?: string;
  offset: number;
  limit: number;
  sort: RecordSort;
  dir: SortDirection;
}>;

export type RecordSummary = Readonly<{
  id: string;
  searchId: string;
  seq: number;
  type: string;
  title: string | null;
  authors: string | null;
  year: number | null;
  journal: string | null;
  doi: string | null;
}>;

export type RecordPage = Readonly<{ total: number; items: readonly RecordSummary[] }>;

export type StoredRecord = Readonly<{
  id: string;
  searchId: string;
  fileId: string;
  seq: number;
  /** 0-based position of the record in its file. */
  position: number;
  /** 1-based line where the record starts in its file. */
  line: number;
  sourceId: string | null;
  record: BibRecord;
  raw: readonly RawField[];
  createdAt: string;
}>;

export type ValidationIssue = Readonly<{ path: string; message: string }>;

export type ErrorDetails = Readonly<{
  file?: string;
  diagnostics?: readonly Diagnostic[];
  issues?: readonly ValidationIssue[];
  [key: string]: unknown;
}>;

/** An error the API answered with (`{error: {code, message, details?}}`), or a network failure. */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details: ErrorDetails | undefined;

  constructor(code: string, message: string, status: number, details?: ErrorDetails) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.details = details;
  }
}

type ErrorBody = { error?: { code?: unknown; message?: unknown; details?: unknown } };

/** Turn any response body into an ApiError; proxies and crashes do not always answer in our shape. */
export function toApiError(status: number, body: unknown): ApiError {
  const error = (body as ErrorBody | null)?.error;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    const details = error.details && typeof error.details === 'object' ? (error.details as ErrorDetails) : undefined;
    return new ApiError(error.code, error.message, status, details);
  }
  return new ApiError('HTTP_' + status, `The server answered with status ${status}.`, status);
}

const networkError = (): ApiError => new ApiError('NETWORK', 'The server could not be reached. Is metaethno still running?', 0);

async function request<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
      signal: signal ?? null,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw networkError();
  }
  const text = await response.text();
  let parsed: unknown = undefined;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
  }
  if (!response.ok) throw toApiError(response.status, parsed);
  return parsed as T;
}

const enc = encodeURIComponent;

/** Drop empty strings so optional fields are left out instead of sent blank (the schemas are strict). */
function compact<T extends Record<string, unknown>>(input: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [key, value] of Object.entries(input) as [keyof T, T[keyof T]][]) {
    if (value === undefined || value === '') continue;
    out[key] = value;
  }
  return out;
}

export type User = Readonly<{ id: string; name: string; displayName: string }>;
export type Me = Readonly<{ user: User | null; personal: boolean }>;
export type Member = User & Readonly<{ role: Role }>;
export type NewUser = Readonly<{ name: string; password: string; displayName?: string }>;

export type DedupRunSummary = Readonly<{ records: number; groups: number; duplicates: number; possible: number; seconds: number; at: string }>;
export type DedupOverview = Readonly<{
  run: DedupRunSummary | null;
  records: number;
  groups: readonly Readonly<{ ids: readonly string[]; canonical: BibRecord }>[];
  queue: readonly PairVerdict[];
  decided: number;
  unique: number;
}>;
export type PairComparison = Readonly<{ verdict: PairVerdict; a: StoredRecord; b: StoredRecord }>;
export type DedupDecision = Readonly<{ action: 'confirm' | 'reject'; a: string; b: string }> | Readonly<{ action: 'merge' | 'unmerge'; records: readonly string[] }>;

export type KeywordSettings = Readonly<{ include: readonly string[]; exclude: readonly string[] }>;
export type ScreeningSettingsView = Readonly<{ settings: ScreeningSettings; keywords: KeywordSettings }>;
export type ScreeningSettingsUpdate = Readonly<{
  reviewersPerRecord?: Partial<Record<ScreeningStage, 1 | 2 | 3>>;
  blinded?: boolean;
  exclusionReasons?: readonly Readonly<{ code: string; label: string; stages?: readonly ScreeningStage[] }>[];
  eligibilityCriteria?: string;
  keywords?: KeywordSettings;
}>;
export type DecisionValue = 'include' | 'exclude' | 'maybe';
export type QueueItem = Readonly<{
  recordId: string;
  rank: number;
  title: string | null;
  abstract: string | null;
  authors: string;
  year: number | null;
  journal: string | null;
  highlights: Readonly<{ title: readonly HighlightSpan[]; abstract: readonly HighlightSpan[] }>;
}>;
export type ScreeningQueue = Readonly<{
  stage: ScreeningStage;
  items: readonly QueueItem[];
  snapshotId: string;
  progress: Readonly<{ total: number; decidedByMe: number; leftForMe: number }>;
  /** Computed from `decisions` of the reviewer's decisions (recomputed every 1 in 50 decisions or so). */
  estimate: Readonly<{ estimate: number; low: number; high: number; method: string; decisions: number }>;
  criteria: string;
  reasons: ScreeningSettings['exclusionReasons'];
  reviewersPerRecord: number;
  blinded: boolean;
}>;
export type NewDecision = Readonly<{ recordId: string; stage: ScreeningStage; decision: DecisionValue; reasonCode?: string; note?: string; snapshotId?: string; rank?: number }>;
export type Conflict = ConflictItem & Readonly<{ title: string | null; decisions: readonly ReviewerDecision[] }>;
export type SettledConflict = ResolvedConflict & Readonly<{ title: string | null; decisions: readonly ReviewerDecision[] }>;
export type Resolution = Readonly<{ recordId: string; stage: ScreeningStage; decision: 'include' | 'exclude'; reasonCode?: string; method: 'third-reviewer' | 'consensus'; note?: string }>;
export type Agreement = Readonly<{ stages: readonly StageAgreement[]; csv: readonly (readonly string[])[] }>;

const projectApi = (pid: string, rest: string): string => `/api/projects/${enc(pid)}/${rest}`;

export const api = {
  async me(signal?: AbortSignal): Promise<Me> {
    return request<Me>('GET', '/api/auth/me', undefined, signal);
  },
  async signIn(name: string, password: string): Promise<User> {
    return (await request<{ user: User }>('POST', '/api/auth/sign-in', { name, password })).user;
  },
  async signOut(): Promise<void> {
    await request<unknown>('POST', '/api/auth/sign-out', {});
  },
  async createUser(input: NewUser): Promise<User> {
    return (await request<{ user: User }>('POST', '/api/users', compact(input))).user;
  },
  async listMembers(pid: string, signal?: AbortSignal): Promise<Member[]> {
    return (await request<{ members: Member[] }>('GET', projectApi(pid, 'members'), undefined, signal)).members;
  },
  async addMember(pid: string, name: string, role: Role): Promise<Member> {
    return (await request<{ member: Member }>('POST', projectApi(pid, 'members'), { name, role })).member;
  },
  async dedupOverview(pid: string, signal?: AbortSignal): Promise<DedupOverview> {
    return request<DedupOverview>('GET', projectApi(pid, 'dedup'), undefined, signal);
  },
  async runDedup(pid: string): Promise<DedupRunSummary> {
    return (await request<{ run: DedupRunSummary }>('POST', projectApi(pid, 'dedup/run'), {})).run;
  },
  async comparePair(pid: string, a: string, b: string, signal?: AbortSignal): Promise<PairComparison> {
    return request<PairComparison>('GET', projectApi(pid, `dedup/compare?a=${enc(a)}&b=${enc(b)}`), undefined, signal);
  },
  async decideDuplicates(pid: string, input: DedupDecision): Promise<void> {
    await request<unknown>('POST', projectApi(pid, 'dedup/decisions'), input);
  },
  async undoDedup(pid: string): Promise<void> {
    await request<unknown>('POST', projectApi(pid, 'dedup/undo'), {});
  },
  async screeningSettings(pid: string, signal?: AbortSignal): Promise<ScreeningSettingsView> {
    return request<ScreeningSettingsView>('GET', projectApi(pid, 'screening/settings'), undefined, signal);
  },
  async updateScreeningSettings(pid: string, input: ScreeningSettingsUpdate): Promise<ScreeningSettingsView> {
    return request<ScreeningSettingsView>('PUT', projectApi(pid, 'screening/settings'), input);
  },
  async screeningQueue(pid: string, stage: ScreeningStage, signal?: AbortSignal): Promise<ScreeningQueue> {
    return request<ScreeningQueue>('GET', projectApi(pid, `screening/queue?stage=${enc(stage)}&limit=5`), undefined, signal);
  },
  async decide(pid: string, input: NewDecision): Promise<void> {
    await request<unknown>('POST', projectApi(pid, 'screening/decisions'), compact(input));
  },
  async undoScreening(pid: string, stage: ScreeningStage): Promise<void> {
    await request<unknown>('POST', projectApi(pid, 'screening/undo'), { stage });
  },
  async retrievals(pid: string, signal?: AbortSignal): Promise<Retrievals> {
    return request<Retrievals>('GET', projectApi(pid, 'screening/retrievals'), undefined, signal);
  },
  async recordRetrieval(pid: string, recordId: string, outcome: 'retrieved' | 'not-retrieved'): Promise<void> {
    await request<unknown>('POST', projectApi(pid, 'screening/retrievals'), { recordId, outcome });
  },
  async conflicts(pid: string, signal?: AbortSignal): Promise<Conflict[]> {
    return (await request<{ conflicts: Conflict[] }>('GET', projectApi(pid, 'screening/conflicts'), undefined, signal)).conflicts;
  },
  async settledConflicts(pid: string, signal?: AbortSignal): Promise<SettledConflict[]> {
    return (await request<{ resolved: SettledConflict[] }>('GET', projectApi(pid, 'screening/conflicts/resolved'), undefined, signal)).resolved;
  },
  async resolve(pid: string, input: Resolution): Promise<void> {
    await request<unknown>('POST', projectApi(pid, 'screening/resolutions'), compact(input));
  },
  async agreement(pid: string, signal?: AbortSignal): Promise<Agreement> {
    return request<Agreement>('GET', projectApi(pid, 'screening/agreement'), undefined, signal);
  },
  async prisma(pid: string, signal?: AbortSignal): Promise<{ counts: PrismaCounts }> {
    return request<{ counts: PrismaCounts; svg: string }>('GET', projectApi(pid, 'prisma'), undefined, signal);
  },

  async listProjects(signal?: AbortSignal): Promise<ProjectSummary[]> {
    return (await request<{ projects: ProjectSummary[] }>('GET', '/api/projects', undefined, signal)).projects;
  },
  async createProject(input: NewProject): Promise<Project> {
    return (await request<{ project: Project }>('POST', '/api/projects', compact(input))).project;
  },
  async getProject(pid: string, signal?: AbortSignal): Promise<Project> {
    return (await request<{ project: Project }>('GET', `/api/projects/${enc(pid)}`, undefined, signal)).project;
  },
  async updateProject(pid: string, input: Partial<NewProject>): Promise<Project> {
    return (await request<{ project: Project }>('PATCH', `/api/projects/${enc(pid)}`, input)).project;
  },
  async listSearches(pid: string, signal?: AbortSignal): Promise<SearchLogEntry[]> {
    return (await request<{ searches: SearchLogEntry[] }>('GET', `/api/projects/${enc(pid)}/searches`, undefined, signal)).searches;
  },
  async addSearch(pid: string, input: NewSearch): Promise<Search> {
    return (await request<{ search: Search }>('POST', `/api/projects/${enc(pid)}/searches`, compact(input))).search;
  },
  async listRecords(pid: string, query: RecordQuery, signal?: AbortSignal): Promise<RecordPage> {
    return request<RecordPage>('GET', `/api/projects/${enc(pid)}/records?${recordQueryString(query)}`, undefined, signal);
  },
  async getRecord(pid: string, rid: string, signal?: AbortSignal): Promise<StoredRecord> {
    return (await request<{ record: StoredRecord }>('GET', `/api/projects/${enc(pid)}/records/${enc(rid)}`, undefined, signal)).record;
  },
};

export function recordQueryString(query: RecordQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.search) params.set('search', query.search);
  params.set('offset', String(query.offset));
  params.set('limit', String(query.limit));
  params.set('sort', query.sort);
  params.set('dir', query.dir);
  return params.toString();
}

/** A plain link, so the browser downloads the file itself (no buffering of a large export in memory). */
export const exportUrl = (pid: string, format: ExportFormatId): string => `/api/projects/${enc(pid)}/records/export?format=${enc(format)}`;

export const agreementCsvUrl = (pid: string): string => projectApi(pid, 'screening/agreement?format=csv');
export const prismaSvgUrl = (pid: string): string => projectApi(pid, 'prisma?format=svg');

export type UploadOptions = Readonly<{
  format?: FormatId | undefined;
  columns?: ColumnMapping | undefined;
  /** Called with the fraction of bytes sent, 0..1. */
  onProgress?: ((sent: number, total: number) => void) | undefined;
  signal?: AbortSignal | undefined;
}>;

/**
 * Upload export files into a search. XMLHttpRequest, not fetch, because only XHR reports upload
 * progress; a 100 MB Embase export takes long enough that a user needs to see it move.
 */
export function uploadImport(pid: string, sid: string, files: readonly File[], options: UploadOptions = {}): Promise<ImportSummary> {
  const params = new URLSearchParams();
  if (options.format) params.set('format', options.format);
  if (options.columns && Object.keys(options.columns).length > 0) params.set('columns', JSON.stringify(options.columns));
  const query = params.toString();
  const url = `/api/projects/${enc(pid)}/searches/${enc(sid)}/imports${query ? `?${query}` : ''}`;
  const form = new FormData();
  for (const file of files) form.append('files', file, file.name);

  return new Promise<ImportSummary>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) options.onProgress?.(event.loaded, event.total);
    });
    xhr.addEventListener('load', () => {
      let body: unknown = undefined;
      try {
        body = JSON.parse(xhr.responseText) as unknown;
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300 && body) resolve(body as ImportSummary);
      else reject(toApiError(xhr.status, body));
    });
    xhr.addEventListener('error', () => reject(networkError()));
    xhr.addEventListener('abort', () => reject(new ApiError('ABORTED', 'The upload was cancelled.', 0)));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}

/** The JSON request helper, for feature modules that keep their own endpoint lists. */
export const apiRequest = request;
