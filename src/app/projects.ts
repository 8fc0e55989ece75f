import { z } from 'zod';
import { AppError } from '../core/errors.js';
import { projectsRepo, recordsRepo, usersRepo, type ProjectRow, type Role } from '../store/index.js';
import { requireRole, type Actor } from './actors.js';
import { audit } from './audit.js';
import type { App } from './context.js';
import { parseInput } from './validate.js';

export type Project = ProjectRow & Readonly<{ role: Role }>;

export const newProjectSchema = z.object({
  name: z.string().trim().min(1, 'A project needs a name.').max(200),
  title: z.string().trim().max(500).optional(),
  question: z.string().trim().max(5000).optional(),
  isExample: z.boolean().optional(),
});
export type NewProjectInput = z.input<typeof newProjectSchema>;

export async function createProject(app: App, actor: Actor, input: NewProjectInput): Promise<Project> {
  const v = parseInput(newProjectSchema, input);
  const project: ProjectRow = {
    id: app.newId('prj'),
    name: v.name,
    title: v.title ?? v.name,
    question: v.question ?? '',
    settings: {},
    createdAt: app.now(),
    createdBy: actor.userId,
    isExample: v.isExample ?? false,
  };
  await app.store.db.transaction().execute(async (trx) => {
    await projectsRepo.insertProject(trx, project);
    await usersRepo.upsertMembership(trx, project.id, actor.userId, 'owner', project.createdAt);
    await audit(app, trx, actor, { projectId: project.id, type: 'project.created', entityType: 'project', entityId: project.id, payload: { after: project } });
  });
  return { ...project, role: 'owner' };
}

export async function listProjects(app: App, actor: Actor): Promise<(Project & { records: number })[]> {
  const rows = await projectsRepo.listProjectsForUser(app.store.db, actor.userId);
  const out: (Project & { records: number })[] = [];
  for (const r of rows) out.push({ ...r, role: r.role as Role, records: await recordsRepo.countRecords(app.store.db, r.id) });
  return out;
}

/** A project by id or by name, checked for the actor's membership. */
export async function resolveProject(app: App, actor: Actor, ref: string, minimum: Role = 'viewer'): Promise<Project> {
  let project = await projectsRepo.findProjectById(app.store.db, ref);
  if (!project) {
    const byName = await projectsRepo.findProjectsByName(app.store.db, ref);
    if (byName.length > 1) {
      throw new AppError('PROJECT_NAME_AMBIGUOUS', `${byName.length} projects are named "${ref}"; use the id.`, { ids: byName.map((p) => p.id) });
    }
    project = byName[0];
  }
  if (!project) throw new AppError('PROJECT_NOT_FOUND', `No project "${ref}".`, { project: ref });
  const role = await requireRole(app, project.id, actor, minimum);
  return { ...project, role };
}

export const projectUpdateSchema = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  title: z.string().trim().max(500).optional(),
  question: z.string().trim().max(5000).optional(),
});

export async function updateProject(app: App, actor: Actor, projectId: string, input: z.input<typeof projectUpdateSchema>): Promise<Project> {
  const before = await resolveProject(app, actor, projectId, 'owner');
  const v = parseInput(projectUpdateSchema, input);
  await app.store.db.transaction().execute(async (trx) => {
    await projectsRepo.updateProjectFields(trx, before.id, v);
    await audit(app, trx, actor, { projectId: before.id, type: 'project.updated', entityType: 'project', entityId: before.id, payload: { before: { name: before.name, title: before.title, question: before.question }, after: v } });
  });
  return resolveProject(app, actor, before.id);
}
