import type { Command } from 'commander';
import { addMember, createUser, listMembers, setPassword } from '../../app/index.js';
import { globals, withApp } from '../context.js';
import { printJson, printTable } from '../output.js';

/** Reads a password from standard input (first line), so it never appears in shell history or `ps`. */
async function readPassword(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text.split(/\r?\n/)[0] ?? '';
}

export function registerMemberCommands(program: Command): void {
  const user = program.command('user').description('accounts of reviewers (sign-in for the web app)');
  user
    .command('add')
    .argument('<name>', 'user name (letters, digits, . _ -)')
    .option('--display-name <text>', 'name shown to others')
    .option('--password-stdin', 'read the password from standard input')
    .option('--password <text>', 'the password (prefer --password-stdin)')
    .action(async (name: string, opts: { displayName?: string; passwordStdin?: boolean; password?: string }, cmd: Command) => {
      const password = opts.passwordStdin ? await readPassword() : (opts.password ?? '');
      const u = await withApp(cmd, (app, actor) => createUser(app, actor, { name, displayName: opts.displayName, password }));
      if (globals(cmd).json) printJson({ user: u });
      else process.stdout.write(`Created user ${u.name}. Add them to a project with: metaethno members add --project <id> ${u.name} --role reviewer\n`);
    });
  user
    .command('password')
    .description('set your own password (read from standard input)')
    .action(async (_opts: unknown, cmd: Command) => {
      const password = await readPassword();
      await withApp(cmd, (app, actor) => setPassword(app, actor, password));
      if (!globals(cmd).json) process.stdout.write('Password set.\n');
      else printJson({ ok: true });
    });

  const members = program.command('members').description('who works on a project, and in which role');
  members
    .command('add')
    .argument('<name>', 'user name')
    .requiredOption('--project <id>', 'project id or name')
    .option('--role <role>', 'owner | reviewer | viewer', 'reviewer')
    .action(async (name: string, opts: { project: string; role: 'owner' | 'reviewer' | 'viewer' }, cmd: Command) => {
      const m = await withApp(cmd, (app, actor) => addMember(app, actor, opts.project, { name, role: opts.role }));
      if (globals(cmd).json) printJson({ member: m });
      else process.stdout.write(`${m.name} is now ${m.role} of the project.\n`);
    });
  members
    .command('list')
    .requiredOption('--project <id>', 'project id or name')
    .action(async (opts: { project: string }, cmd: Command) => {
      const list = await withApp(cmd, (app, actor) => listMembers(app, actor, opts.project));
      if (globals(cmd).json) printJson({ members: list });
      else printTable(['name', 'display name', 'role'], list.map((m) => [m.name, m.displayName, m.role]));
    });
}
