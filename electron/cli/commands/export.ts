/**
 * `claimdesk export FILE --format F -o OUT [--articles IDS] [--claims IDS] [--status S]`: the
 * annotated report (PDF, HTML) and the open formats (Markdown, CSV, ClaimReview, W3C annotations),
 * from the same exporter as the app's File → Export. The PDF is printed by the system Chromium.
 */
import path from 'node:path';
import { VERDICTS, type Verdict } from '../../../shared/domain/verdict';
import { stringOption, type Command } from '../command';
import { parseVerdict } from '../claimOptions';
import { usageError } from '../cliError';
import { resolveArticleId, resolveClaimId } from '../idPrefix';
import { existingProjectPath } from '../projectFile';
import { openProject } from '../../project/openProject';
import { EXPORT_FORMATS, exportProject, type ExportFormat } from '../../export/exportProject';

const FORMATS = EXPORT_FORMATS;

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export const exportCommand: Command = {
  name: 'export',
  summary: 'export the annotated report (pdf, html) or open formats (md, csv, claimreview, w3c)',
  synopsis:
    'export FILE --format pdf|html|md|csv|claimreview|w3c -o OUT [--articles IDS] [--claims IDS] [--status S] [--title TITLE]',
  args: [{ name: 'FILE', description: 'the project file' }],
  options: {
    format: { type: 'string', valueName: 'FORMAT', description: `one of ${FORMATS.join(', ')}` },
    output: { type: 'string', short: 'o', valueName: 'OUT', description: 'the file to write (replaced if it exists)' },
    articles: {
      type: 'string',
      valueName: 'IDS',
      description: 'only these articles (comma-separated ids or 8+ character prefixes)',
    },
    claims: { type: 'string', valueName: 'IDS', description: 'only these claims (comma-separated ids or prefixes)' },
    status: {
      type: 'string',
      valueName: 'S',
      description: `only claims with these verdicts (comma-separated: ${VERDICTS.join(', ')})`,
    },
    history: { type: 'boolean', description: 'add an appendix with each claim’s change history (pdf, html)' },
    title: {
      type: 'string',
      valueName: 'TITLE',
      description: 'the report’s title for this export (default: the project’s title, see `claimdesk title`)',
    },
    organization: {
      type: 'string',
      valueName: 'NAME',
      description: 'ClaimReview author, an Organization (default: the checkers, each a Person)',
    },
    'base-url': {
      type: 'string',
      valueName: 'URL',
      description: 'where the reviews are published: ClaimReview url = URL#claim-ID',
    },
  },
  details: [
    'pdf: the annotated report (cover, summary, claims with their appearances side by side, articles',
    'with highlights drawn in their verdict’s style and numbered markers, page numbers), printed by the',
    'system Chromium: set CLAIMDESK_CHROMIUM to its executable, or Claimdesk looks in the usual places.',
    'html: the same report as one self-contained file. md: a Markdown summary. csv: OUT holds one row per',
    'claim and OUT-spans.csv (beside it) one row per highlight. claimreview: schema.org ClaimReview',
    'JSON-LD, one per claim. w3c: a W3C Web Annotation collection, positions in code points; importing',
    'it back (claimdesk import FILE OUT) restores the highlights.',
    'With --articles, a claim is in the report when it appears in one of those articles. The project',
    'is only read. Every file is written under a temporary name and renamed when complete.',
  ].join('\n'),
  jsonShape: '{ "files": [path, ...], "format", "claims": number, "articles": number }',
  async run(ctx) {
    const format = stringOption(ctx.options, 'format');
    const out = stringOption(ctx.options, 'output');
    if (!format || !(FORMATS as readonly string[]).includes(format)) {
      throw usageError(`--format is required: one of ${FORMATS.join(', ')}.`);
    }
    if (!out) throw usageError('-o OUT is required: the file to write.');
    const title = stringOption(ctx.options, 'title');
    if (title !== undefined && !title.trim()) throw usageError('--title cannot be empty.');
    const verdicts = list(stringOption(ctx.options, 'status')).map((s) => parseVerdict(s, '--status') as Verdict);
    const project = openProject(existingProjectPath(ctx.args[0]!), { actor: ctx.actor(), readOnly: true });
    try {
      const result = await exportProject(project, {
        format: format as ExportFormat,
        out: path.resolve(out),
        history: ctx.options.history === true,
        title,
        organization: stringOption(ctx.options, 'organization'),
        baseUrl: stringOption(ctx.options, 'base-url'),
        filter: {
          articleIds: list(stringOption(ctx.options, 'articles')).map((id) => resolveArticleId(project, id)),
          claimIds: list(stringOption(ctx.options, 'claims')).map((id) => resolveClaimId(project, id)),
          verdicts,
        },
      });
      return {
        json: { ...result, format },
        text: result.files.join('\n'),
        messages: [
          `Exported ${result.claims} claim${result.claims === 1 ? '' : 's'} from ${result.articles} article${result.articles === 1 ? '' : 's'}.`,
        ],
      };
    } finally {
      project.close();
    }
  },
};
