import type { Command } from 'commander';
import { createExampleProject } from '../../app/index.js';
import { globals, withApp } from '../context.js';
import { printJson } from '../output.js';

export function registerExampleCommand(program: Command): void {
  program
    .command('example')
    .description('create the built-in example review (an illustrative meta-ethnography of returning international medical graduates) and print its id')
    .action(async (_opts: unknown, cmd: Command) => {
      await withApp(cmd, async (app, actor) => {
        const r = await createExampleProject(app, actor);
        if (globals(cmd).json) printJson({ project: r.projectId });
        else process.stdout.write(`${r.projectId}\n`);
      });
    });
}
