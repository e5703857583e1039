/** `claimdesk articles FILE`: the project's articles, oldest import first. Read-only. */
import { listArticles } from '../../articles/articleStore';
import type { Command } from '../command';
import { articleJson, SHAPE_DOC } from '../jsonShapes';
import { withProject } from '../projectFile';
import { table } from '../textOutput';

export const articlesCommand: Command = {
  name: 'articles',
  summary: 'list the articles of a project',
  synopsis: 'articles FILE',
  args: [{ name: 'FILE', description: 'the project file' }],
  options: {},
  details: [
    'Lists id, title, outlet, publication date and number of highlights, in import order.',
    'Opens the project read-only: safe while the app has it open.',
  ].join('\n'),
  jsonShape: `{ "articles": [ ${SHAPE_DOC.article} ] }`,
  run(ctx) {
    const articles = withProject(ctx.args[0]!, { actor: ctx.actor(), readOnly: true }, (p) =>
      listArticles(p).map(articleJson),
    );
    const rows = articles.map((a) => [a.id, a.publishedAt, String(a.highlightCount), a.outlet, a.title]);
    return {
      json: { articles },
      text: articles.length ? table(['ID', 'DATE', 'HIGHLIGHTS', 'OUTLET', 'TITLE'], rows) : '',
      messages: articles.length ? [] : ['The project has no articles yet; add some with `claimdesk import`.'],
    };
  },
};
