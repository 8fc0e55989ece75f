import { apiRequest } from '../../api/client.js';
import type { ReportModel } from '../../../core/reports/model.js';
import type { ItemLocation } from '../../../core/reports/checklists/locate.js';

export type { ReportModel, ItemLocation };
export type Checklists = Readonly<{ emerge: readonly ItemLocation[]; entreq: readonly ItemLocation[] }>;
export type TextsState = Readonly<{ docs: { text: Readonly<Record<string, string>> } }>;

const p = (pid: string, rest: string): string => `/api/projects/${encodeURIComponent(pid)}/${rest}`;

export const reportApi = {
  model: (pid: string, signal?: AbortSignal) => apiRequest<ReportModel>('GET', p(pid, 'report'), undefined, signal),
  checklists: (pid: string, signal?: AbortSignal) => apiRequest<Checklists>('GET', p(pid, 'report/checklists'), undefined, signal),
  texts: (pid: string, signal?: AbortSignal) => apiRequest<TextsState>('GET', p(pid, 'synthesis'), undefined, signal),
  saveText: (pid: string, key: string, value: string, previous: string | undefined) =>
    apiRequest<{ seq: number }>('POST', p(pid, 'synthesis/steps'), {
      label: `Edit report text: ${key}`,
      steps: [{ type: 'put', doc: 'text', key, ...(value.trim() === '' ? {} : { value }), ...(previous !== undefined ? { previous } : {}) }],
    }),
  downloadUrl: (pid: string, format: string) => p(pid, `report/download/${format}`),
  tableUrl: (pid: string, id: string) => p(pid, `report/tables/${encodeURIComponent(id)}.csv`),
  figureUrl: (pid: string, id: string, ext: 'svg' | 'png') => p(pid, `report/figures/${encodeURIComponent(id)}.${ext}`),
};
