import type { Selectable } from 'kysely';

import type { ProjectsTable } from './schema.js';
import { iso } from './time.js';

import type { Q } from './q.js';

export type ProjectRow = Readonly<{
  id: string;
  name: string;
  title: string;
  question: string;
  settings: Record<string, unknown>;
  createdAt: string;
  createdBy: string;
  isExample: boolean;
}>;

const toProject = (r: Selectable<ProjectsTable>): ProjectRow => ({
  id: r.id,
  name: r.name,
  title: r.title,
  question: r.question,
  settings: r.settings ?? {},
  createdAt: iso(r.created_at),
  createdBy: r.created_by,
  isExample: r.is_example,
});

export async function insertProject(db: Q, p: ProjectRow): Promise<void> {
  await db
    .insertInto('projects')
    .values({
      id: p.id,
      name: p.name,
      title: p.title,
      question: p.question,
      settings: JSON.stringify(p.settings),
      created_at: p.createdAt,
      created_by: p.createdBy,
      is_example: p.isExample,
    })
    .execute();
}

export async function findProjectById(db: Q, id: string): Promise<ProjectRow | undefined> {
  const r = await db.selectFrom('projects').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toProject(r) : undefined;
}

export async function findProjectsByName(db: Q, name: string): Promise<ProjectRow[]> {
  const rows = await db.selectFrom('projects').selectAll().where('name', '=', name).orderBy('created_at').execute();
  return rows.map(toProject);
}

export async function listProjectsForUser(db: Q, userId: string): Promise<(ProjectRow & { role: string })[]> {
  const rows = await db
    .selectFrom('projects')
    .innerJoin('memberships', 'memberships.project_id', 'projects.id')
    .selectAll('projects')
    .select('memberships.role')
    .where('memberships.user_id', '=', userId)
    .orderBy('projects.created_at', 'desc')
    .execute();
  return rows.map((r) => ({ ...toProject(r), role: r.role }));
}

export async function listAllProjects(db: Q): Promise<ProjectRow[]> {
  const rows = await db.selectFrom('projects').selectAll().orderBy('created_at', 'desc').execute();
  return rows.map(toProject);
}

export async function updateProjectFields(
  db: Q,
  id: string,
  fields: Partial<Pick<ProjectRow, 'name' | 'title' | 'question' | 'settings'>>,
): Promise<void> {
  const values: { name?: string; title?: string; question?: string; settings?: string } = {};
  if (fields.name !== undefined) values.name = fields.name;
  if (fields.title !== undefined) values.title = fields.title;
  if (fields.question !== undefined) values.question = fields.question;
  if (fields.settings !== undefined) values.settings = JSON.stringify(fields.settings);
  if (Object.keys(values).length === 0) return;
  await db.updateTable('projects').set(values).where('id', '=', id).execute();
}

/**
 * Takes the project's row lock until the transaction ends. Writers of a log that readers fold
 * incrementally (reading only rows after the last seq they saw) take it, so that such rows of one
 * project commit in seq order, also with several servers on one PostgreSQL; readers are not blocked.
 */
export async function lockProject(db: Q, projectId: string): Promise<void> {
  await db.selectFrom('projects').select('id').where('id', '=', projectId).forUpdate().execute();
}
