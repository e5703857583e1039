/** `claimdesk new FILE`: creates an empty project file, never overwriting anything. */
import fs from 'node:fs';
import path from 'node:path';
import { ClaimdeskError } from '../../../shared/ipc/result';
import { createProject, projectTitle } from '../../project/openProject';
import type { Command } from '../command';
import { newProjectPath } from '../projectFile';

export const newCommand: Command = {
  name: 'new',
  summary: 'create an empty project file',
  synopsis: 'new FILE',
  args: [{ name: 'FILE', description: 'the project file to create' }],
  options: {},
  details: [
    'When FILE has no extension, ".claimdesk" is added (claimdesk new desk creates desk.claimdesk);',
    'a FILE with any other extension is used exactly as given. An existing file is never overwritten:',
    'that is an error (exit 5). The folder must already exist.',
  ].join('\n'),
  jsonShape: '{ "project": { "path": absolute path, "title": string } }',
  run(ctx) {
    const file = newProjectPath(ctx.args[0]!);
    const dir = path.dirname(path.resolve(file));
    if (!fs.existsSync(dir)) throw new ClaimdeskError('not-found', `${file}: the folder ${dir} does not exist.`);
    const project = createProject(file, { actor: ctx.actor() });
    try {
      const info = { path: project.path, title: projectTitle(project) };
      return { json: { project: info }, text: `Created ${info.path}` };
    } finally {
      project.close();
    }
  },
};
