import type { ColumnType, Generated, JSONColumnType } from 'kysely';

/**
 * Row types: the shape of the tables, not of the domain. Mappers (`*.mapper.ts`) turn rows into
 * domain values; nothing outside `store` sees these types.
 */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T extends object | null> = JSONColumnType<T, string, string>;

export type ProjectsTable = {
  id: string;
  name: string;
  title: string;
  question: string;
  settings: Json<Record<string, unknown>>;
  created_at: Timestamp;
  created_by: string;
  is_example: boolean;
};

export type UsersTable = {
  id: string;
  name: string;
  display_name: string;
  password_hash: string | null;
  created_at: Timestamp;
};

export type MembershipsTable = {
  project_id: string;
  user_id: string;
  role: 'owner' | 'reviewer' | 'viewer';
  created_at: Timestamp;
};

export type SessionsTable = {
  token_hash: string;
  user_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
};

export type SearchesTable = {
  id: string;
  project_id: string;
  kind: 'database' | 'register' | 'other';
  source: string;
  platform: string | null;
  method: string | null;
  date_run: string | null;
  query: string | null;
  limits: string | null;
  filters: string | null;
  hits_reported: number | null;
  notes: string | null;
  created_at: Timestamp;
  created_by: string;
};

export type ImportFilesTable = {
  id: string;
  project_id: string;
  search_id: string;
  file_name: string;
  format: string;
  encoding: string;
  byte_size: number;
  sha256: string;
  record_count: number;
  diagnostics: Json<unknown[]>;
  imported_at: Timestamp;
  imported_by: string;
};

export type RecordsTable = {
  id: string;
  project_id: string;
  search_id: string;
  file_id: string;
  /** Import order across the project: a stable default sort. */
  seq: Generated<number>;
  position: number;
  line: number;
  source_id: string | null;
  type: string;
  title: string | null;
  authors_text: string | null;
  year: number | null;
  journal: string | null;
  doi: string | null;
  pmid: string | null;
  /** Lower-cased title, authors, journal, DOI and keywords: what the records table searches. */
  search_text: string;
  /** The canonical BibRecord. */
  data: Json<Record<string, unknown>>;
  /** Every source field, in order. */
  raw: Json<[string, string][]>;
  created_at: Timestamp;
};

export type EventsTable = {
  seq: Generated<number>;
  id: string;
  project_id: string | null;
  actor_id: string;
  at: Timestamp;
  type: string;
  entity_type: string;
  entity_id: string;
  payload: Json<Record<string, unknown>>;
};

export type FilesTable = {
  id: string;
  project_id: string;
  study_id: string | null;
  name: string;
  media_type: string;
  byte_size: ColumnType<string | number, number, number>;
  sha256: string;
  content: Uint8Array;
  status: 'pending' | 'extracted' | 'failed';
  page_count: number | null;
  error: string | null;
  uploaded_at: Timestamp;
  uploaded_by: string;
};

export type FilePagesTable = {
  file_id: string;
  page: number;
  width: number;
  height: number;
  text: string;
  spans: Json<unknown[]>;
};

export type JobsTable = {
  id: string;
  project_id: string | null;
  kind: string;
  payload: Json<Record<string, unknown>>;
  status: 'queued' | 'running' | 'done' | 'failed';
  attempts: Generated<number>;
  error: string | null;
  created_at: Timestamp;
  started_at: Timestamp | null;
  finished_at: Timestamp | null;
};

export type DB = {
  projects: ProjectsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  searches: SearchesTable;
  import_files: ImportFilesTable;
  records: RecordsTable;
  events: EventsTable;
  files: FilesTable;
  file_pages: FilePagesTable;
  jobs: JobsTable;
};
