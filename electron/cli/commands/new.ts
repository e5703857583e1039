/** `claimdesk new FILE [--title TITLE]`: creates an empty project file, never overwriting anything. */
import fs from 'node:fs';
import path from 'node:path';
import { ClaimdeskError } from '../../../shared/ipc/result';
import { createProject, projectTitle } from '../../project/openProject';
import { normaliseProjectTitle, setProjectTitle } from '../../project/projectTitle';
import { stringOption, type Command } from '../command';
import { newProjectPath } from '../projectFile';

export const newCommand: Command = {
  name: 'new',
  summary: 'create an empty project file',
  synopsis: 'new FILE [--title TITLE]',
  args: [{ name: 'FILE', description: 'the project file to create' }],
  options: {
    title: {
      type: 'string',
      valueName: 'TITLE',
      description: 'the project title on reports (default: the file name; `claimdesk title` changes it)',
    },
  },
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
    const title = stringOption(ctx.options, 'title');
    // Checked before the file exists, so a bad title leaves nothing behind.
    if (title !== undefined) normaliseProjectTitle(title);
    const project = createProject(file, { actor: ctx.actor() });
    try {
      if (title !== undefined) setProjectTitle(project, title);
      const info = { path: project.path, title: projectTitle(project) };
      return { json: { project: info }, text: `Created ${info.path}` };
    } finally {
      project.close();
    }
  },
};
