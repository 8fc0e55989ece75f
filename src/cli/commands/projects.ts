import type { Command } from 'commander';
import { createProject, listProjects } from '../../app/index.js';
import { globals, withApp } from '../context.js';
import { printJson, printTable } from '../output.js';

export function registerProjectCommands(program: Command): void {
  program
    .command('init')
    .description('create the data store (if needed) and a new review project')
    .argument('[name]', 'project name', 'My review')
    .option('--title <text>', 'full title of the review')
    .option('--question <text>', 'the review question')
    .action(async (name: string, opts: { title?: string; question?: string }, cmd: Command) => {
      const project = await withApp(cmd, (app, actor) => createProject(app, actor, { name, title: opts.title, question: opts.question }));
      if (globals(cmd).json) printJson({ project: project.id, name: project.name });
      else process.stdout.write(`Created project "${project.name}" (${project.id}).\nNext: metaethno search add --project ${project.id} --source MEDLINE --platform Ovid --hits 123\n`);
    });

  program
    .command('projects')
    .description('list the projects you are a member of')
    .action(async (_opts: unknown, cmd: Command) => {
      const projects = await withApp(cmd, (app, actor) => listProjects(app, actor));
      if (globals(cmd).json) printJson({ projects });
      else printTable(['id', 'name', 'role', 'records', 'created'], projects.map((p) => [p.id, p.name, p.role, p.records, p.createdAt.slice(0, 10)]));
    });
}
