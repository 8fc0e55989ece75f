/**
 * The reading phase's calls to the API: the workbench state (studies, excerpts, constructs and the review
 * documents), the one write endpoint that takes script steps, undo and redo, and the studies' full-text
 * files. Shapes mirror src/app and src/core; core shapes are imported as types only.
 */
import { ApiError, apiRequest, toApiError } from '../../api/client.js';
import type { AnchorResult } from '../../../core/anchoring/anchor.js';
import type { AppraisalAnswer, StudyAppraisal } from '../../../core/appraisal/answers.js';
import type { Checklist, ChecklistItem } from '../../../core/appraisal/checklist.js';
import type { CharacteristicsForm, FieldDefinition } from '../../../core/characteristics/form.js';
import type { FieldValue, StudyCharacteristics } from '../../../core/characteristics/values.js';
import type { Construct, ConstructOrder } from '../../../core/synthesis/construct.js';
import type { Excerpt } from '../../../core/synthesis/excerpt.js';
import type { SynthesisState } from '../../../core/synthesis/state.js';
import type { Study } from '../../../core/synthesis/study.js';
import type { ReviewDocs } from '../../../core/workbench/docs.js';

export type { AppraisalAnswer, Checklist, ChecklistItem, CharacteristicsForm, Construct, ConstructOrder, Excerpt, FieldDefinition, FieldValue, Study, StudyAppraisal, StudyCharacteristics };

/** `GET /projects/:pid/synthesis`: the whole reading and synthesis state, and what this user can undo. */
export type Workbench = Readonly<{
  seq: number;
  canUndo: boolean;
  canRedo: boolean;
  undoLabel?: string | null;
  redoLabel?: string | null;
  synthesis: SynthesisState;
  docs: ReviewDocs;
  /** The checklist the project appraises with (CASP qualitative unless chosen otherwise). */
  checklist: Checklist;
  checklists: readonly Checklist[];
  /** The study characteristics form. */
  form: CharacteristicsForm;
}>;

/**
 * A script step as the steps endpoint takes it (src/core/workbench/script.ts), for the changes this
 * feature makes. Ids are plain strings here; the server validates and brands them.
 */
export type ConstructValue = Readonly<{ id: string; order: ConstructOrder; studyId: string; label: string; text: string; excerptIds: readonly string[]; memo?: string }>;

export type Step =
  | Readonly<{ type: 'excerpt'; id: string; studyId: string; fileId: string; page?: number; quote: string; occurrence?: number }>
  | Readonly<{ type: 'create'; kind: 'construct'; value: ConstructValue }>
  | Readonly<{ type: 'update'; kind: 'construct'; value: ConstructValue }>
  | Readonly<{ type: 'delete-cascade'; kind: 'construct' | 'excerpt'; id: string }>
  | Readonly<{ type: 'put'; doc: 'appraisal' | 'characteristics'; key: string; value: unknown; previous?: unknown }>;

export type FileStatus = 'pending' | 'extracted' | 'failed';

/** A full-text file of a study (metadata; the bytes are at `fileContentUrl`). */
export type StudyFile = Readonly<{
  id: string;
  studyId: string | null;
  name: string;
  byteSize: number;
  status: FileStatus;
  pageCount: number | null;
  error: string | null;
  uploadedAt: string;
}>;

/**
 * A run of a page's extracted text: `[start, end)` in the page text, and its box in PDF points with `y`
 * measured down from the top of the page.
 */
export type TextSpan = Readonly<{ start: number; end: number; x: number; y: number; width: number; height: number }>;

/** One page of a file's extracted text: its 1-based number, size in points, text and runs. */
export type PageText = Readonly<{ page: number; width: number; height: number; text: string; spans: readonly TextSpan[] }>;

/** Where an excerpt is found now in its file's text (page-local offsets), or why it is not. */
export type ExcerptAnchor = Readonly<{ excerptId: string; fileId?: string; result: AnchorResult | Readonly<{ orphan: true; reason: 'no-text' }> }>;

export type HistoryItem = Readonly<{ seq: number; kind: 'action' | 'undo' | 'redo'; label: string; target?: number }>;

const enc = encodeURIComponent;
const projectApi = (pid: string, rest: string): string => `/api/projects/${enc(pid)}/${rest}`;


// One request helper for the whole app: the same JSON handling and the same errors everywhere.
const request = apiRequest;

export const readingApi = {
  async workbench(pid: string, signal?: AbortSignal): Promise<Workbench> {
    return request<Workbench>('GET', projectApi(pid, 'synthesis'), undefined, signal);
  },
  /** Applies the steps as one undoable action named `label`. */
  async apply(pid: string, steps: readonly Step[], label: string): Promise<{ seq: number }> {
    return request<{ seq: number }>('POST', projectApi(pid, 'synthesis/steps'), { steps, label: label.slice(0, 200) });
  },
  async undo(pid: string): Promise<{ seq: number; target: number }> {
    return request<{ seq: number; target: number }>('POST', projectApi(pid, 'synthesis/undo'), {});
  },
  async redo(pid: string): Promise<{ seq: number; target: number }> {
    return request<{ seq: number; target: number }>('POST', projectApi(pid, 'synthesis/redo'), {});
  },
  async history(pid: string, limit = 200): Promise<HistoryItem[]> {
    return request<HistoryItem[]>('GET', projectApi(pid, `synthesis/history?limit=${limit}`));
  },
  async createStudiesFromIncluded(pid: string): Promise<{ created: number }> {
    return request<{ created: number }>('POST', projectApi(pid, 'studies/from-included'), {});
  },
  async files(pid: string, studyId?: string, signal?: AbortSignal): Promise<StudyFile[]> {
    return request<StudyFile[]>('GET', projectApi(pid, `files${studyId ? `?study=${enc(studyId)}` : ''}`), undefined, signal);
  },
  async pages(pid: string, fileId: string, signal?: AbortSignal): Promise<PageText[]> {
    return (await request<{ pages: PageText[] }>('GET', projectApi(pid, `files/${enc(fileId)}/pages?spans=1`), undefined, signal)).pages;
  },
  async reextract(pid: string, fileId: string): Promise<void> {
    await request<unknown>('POST', projectApi(pid, `files/${enc(fileId)}/reextract`), {});
  },
  async anchors(pid: string, studyId: string, signal?: AbortSignal): Promise<ExcerptAnchor[]> {
    return request<ExcerptAnchor[]>('GET', projectApi(pid, `excerpts/anchors?study=${enc(studyId)}`), undefined, signal);
  },
};

/** The PDF itself, for the viewer. */
export const fileContentUrl = (pid: string, fileId: string): string => projectApi(pid, `files/${enc(fileId)}/content`);

/**
 * Upload a study's PDF. XMLHttpRequest, not fetch, because only XHR reports upload progress, and a
 * scanned 40 MB PDF takes long enough that the user needs to see it move.
 */
export function uploadStudyFile(pid: string, studyId: string, file: File, onProgress?: (sent: number, total: number) => void): Promise<StudyFile> {
  const form = new FormData();
  form.append('file', file, file.name);
  return new Promise<StudyFile>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', projectApi(pid, `files?study=${enc(studyId)}`));
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded, event.total);
    });
    xhr.addEventListener('load', () => {
      let body: unknown = undefined;
      try {
        body = JSON.parse(xhr.responseText) as unknown;
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300 && body) resolve(body as StudyFile);
      else reject(toApiError(xhr.status, body));
    });
    xhr.addEventListener('error', () => reject(new ApiError('NETWORK', 'The server could not be reached. Is metaethno still running?', 0)));
    xhr.addEventListener('abort', () => reject(new ApiError('ABORTED', 'The upload was cancelled.', 0)));
    xhr.send(form);
  });
}

/**
 * A new client-side id with a readable prefix (`x-…` excerpt, `c-…` construct). `randomUUID` exists only in
 * secure contexts, so a team server reached over plain http on a LAN falls back to random bytes.
 */
export function newId(prefix: string): string {
  if (typeof crypto.randomUUID === 'function') return `${prefix}-${crypto.randomUUID()}`;
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `${prefix}-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The server's message for a failed step, without the "Step 2 (excerpt):" prefix it adds for scripts: in
 * the app the user made one action, not a numbered script.
 */
export function stepErrorMessage(error: ApiError): ApiError {
  const message = error.message.replace(/^Step \d+(?: \([^)]*\))?: /, '');
  if (message === error.message) return error;
  const first = message.charAt(0).toUpperCase() + message.slice(1);
  return new ApiError(error.code, first, error.status, error.details);
}
