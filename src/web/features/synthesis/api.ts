/**
 * The synthesis endpoints (grid, translations, third-order constructs, line of argument, CERQual, journal).
 * Every write goes through `POST …/synthesis/steps` as script steps, so the web app, scripts and the CLI share
 * one write path and one undo stack. Shapes are core types, imported as types only.
 */
import { apiRequest } from '../../api/client.js';
import type { ComponentInputs } from '../../../core/cerqual/component-inputs.js';
import type { Finding } from '../../../core/cerqual/finding.js';
import type { EvidenceChain } from '../../../core/synthesis/evidence-chain.js';
import type { SynthesisState } from '../../../core/synthesis/state.js';
import type { Suggestion } from '../../../core/synthesis/suggestions.js';
import type { ReviewDocs } from '../../../core/workbench/docs.js';
import type { ScriptStep } from '../../../core/workbench/script.js';
import type { ReviewTables } from '../../../core/workbench/tables.js';

export type { ComponentInputs, EvidenceChain, Finding, ReviewDocs, ReviewTables, ScriptStep, Suggestion, SynthesisState };

/** `GET /api/projects/:pid/synthesis`: the state and whether the current user has something to undo or redo. */
export type SynthesisView = Readonly<{
  seq: number;
  canUndo: boolean;
  canRedo: boolean;
  undoLabel?: string | null;
  redoLabel?: string | null;
  synthesis: SynthesisState;
  docs: ReviewDocs;
  findings: readonly Finding[];
}>;

/** One entry of the action log, newest first. `actor` is a user id. */
export type HistoryItem = Readonly<{
  seq: number;
  kind: 'action' | 'undo' | 'redo';
  actor: string;
  at: string;
  label: string;
  events: number;
  undone: boolean;
  target?: number;
}>;

/**
 * A step as the pages build it. Core types brand every id (a study id is not a construct id); the pages
 * handle ids as the plain strings the server sent, and the server (and the local compile) validates every
 * step, so steps are typed loosely here and checked where it counts.
 */
export type Step = Readonly<{ type: ScriptStep['type'] }> & Readonly<Record<string, unknown>>;

export type StepsResult = Readonly<{ seq: number; events: number }>;
export type UndoResult = Readonly<{ seq: number; target: number }>;

// One request helper for the whole app: the same JSON handling and the same errors everywhere.
const request = apiRequest;

const enc = encodeURIComponent;
const base = (pid: string): string => `/api/projects/${enc(pid)}/synthesis`;

export const synthesisApi = {
  view(pid: string, signal?: AbortSignal): Promise<SynthesisView> {
    return request<SynthesisView>('GET', base(pid), undefined, signal);
  },
  /** Applies the steps as one undoable action, labelled in words for the history. */
  steps(pid: string, steps: readonly Step[], label: string): Promise<StepsResult> {
    return request<StepsResult>('POST', `${base(pid)}/steps`, { steps, label });
  },
  undo(pid: string): Promise<UndoResult> {
    return request<UndoResult>('POST', `${base(pid)}/undo`, {});
  },
  redo(pid: string): Promise<UndoResult> {
    return request<UndoResult>('POST', `${base(pid)}/redo`, {});
  },
  history(pid: string, limit = 200, signal?: AbortSignal): Promise<HistoryItem[]> {
    return request<HistoryItem[]>('GET', `${base(pid)}/history?limit=${limit}`, undefined, signal);
  },
  tables(pid: string, signal?: AbortSignal): Promise<ReviewTables> {
    return request<ReviewTables>('GET', `${base(pid)}/tables`, undefined, signal);
  },
  evidence(pid: string, thirdOrderId: string, signal?: AbortSignal): Promise<EvidenceChain> {
    return request<EvidenceChain>('GET', `${base(pid)}/third-orders/${enc(thirdOrderId)}/evidence`, undefined, signal);
  },
  suggestions(pid: string, constructId: string, signal?: AbortSignal): Promise<Suggestion[]> {
    return request<Suggestion[]>('GET', `${base(pid)}/constructs/${enc(constructId)}/suggestions`, undefined, signal);
  },
  inputs(pid: string, findingId: string, signal?: AbortSignal): Promise<ComponentInputs> {
    return request<ComponentInputs>('GET', `${base(pid)}/findings/${enc(findingId)}/inputs`, undefined, signal);
  },
};

/**
 * A new entity id: a readable prefix and 12 random base-36 characters. `getRandomValues` works on plain
 * http too (a team server reached by address), where `randomUUID` does not.
 */
export function newId(prefix: string): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  let out = '';
  for (const b of bytes) out += (b % 36).toString(36);
  return `${prefix}-${out}`;
}

/** The reading page of a study, scrolled to an excerpt when one is given. */
export function studyPath(pid: string, studyId: string, excerptId?: string): string {
  const path = `/projects/${enc(pid)}/studies/${enc(studyId)}`;
  return excerptId ? `${path}?excerpt=${enc(excerptId)}` : path;
}
