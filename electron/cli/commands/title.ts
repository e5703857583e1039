/**
 * `claimdesk title FILE [TITLE]`: shows the project's title, or sets it. The title is what the
 * report's cover and running header show (`export --title` overrides it for one export).
 */
import { projectTitle } from '../../project/openProject';
import { setProjectTitle } from '../../project/projectTitle';
import type { Command } from '../command';
import { withProject } from '../projectFile';

export const titleCommand: Command = {
  name: 'title',
  summary: "show or set the project's title (the report's cover and running header)",
  synopsis: 'title FILE [TITLE]',
  args: [
    { name: 'FILE', description: 'the project file' },
    { name: 'TITLE', description: 'the new title; without it, the current title is printed', optional: true },
  ],
  options: {},
  details: [
    'A new project is titled after its file name (desk.claimdesk: "desk"); `claimdesk new FILE --title T`',
    'sets another. Spaces are collapsed; an empty title, one longer than 300 characters or one with',
    'control characters is refused (exit 4). The title is shared with colleagues through sync.',
  ].join('\n'),
  jsonShape: '{ "title": string, "changed": boolean }',
  run(ctx) {
    const [file, title] = ctx.args;
    const result = withProject(file!, { actor: ctx.actor(), readOnly: title === undefined }, (project) => {
      const before = projectTitle(project);
      if (title === undefined) return { title: before, changed: false };
      const after = setProjectTitle(project, title);
      return { title: after, changed: after !== before };
    });
    return { json: result, text: result.title };
  },
};
