/**
 * `claimdesk search FILE QUERY... [--limit N]`: full-text search over a project's articles, claims
 * and evidence, best match first, as the app's search box does (electron/search/searchProject.ts).
 * Read-only.
 */
import type { SearchHit } from '../../search/searchHit';
import { DEFAULT_SEARCH_LIMIT, MAX_SEARCH_LIMIT, searchProject } from '../../search/searchProject';
import { parseSearchQuery } from '../../search/searchQuery';
import { stringOption, type Command } from '../command';
import { usageError } from '../cliError';
import { withProject } from '../projectFile';
import { quoted } from '../textOutput';

function parseLimit(value: string | undefined): number {
  if (value === undefined) return DEFAULT_SEARCH_LIMIT;
  const n = Number(value.trim());
  if (!/^\d+$/.test(value.trim()) || n < 1 || n > MAX_SEARCH_LIMIT) {
    throw usageError(`--limit must be a whole number from 1 to ${MAX_SEARCH_LIMIT}; got "${value}".`);
  }
  return n;
}

/** The snippet with its matches in [brackets], for a terminal. */
export function markedSnippet(hit: SearchHit): string {
  let out = '';
  let at = 0;
  for (const m of hit.snippet.matches) {
    out += `${hit.snippet.text.slice(at, m.start)}[${hit.snippet.text.slice(m.start, m.end)}]`;
    at = m.end;
  }
  return out + hit.snippet.text.slice(at);
}

function formatHit(hit: SearchHit): string {
  const where = hit.match ? `  at ${hit.match.start}-${hit.match.end}` : '';
  const owner = hit.kind === 'evidence' ? `  (claim ${hit.claimId})` : '';
  return [
    `${hit.kind.padEnd(8)} ${hit.id}  ${quoted(hit.title, 70)}${owner}${where}`,
    `         ${hit.field}: ${markedSnippet(hit)}`,
  ].join('\n');
}

export const searchCommand: Command = {
  name: 'search',
  summary: 'search the articles, claims and evidence of a project',
  synopsis: 'search FILE QUERY... [--limit N]',
  args: [
    { name: 'FILE', description: 'the project file' },
    { name: 'QUERY', description: 'words to find (several arguments are joined with spaces)', variadic: true },
  ],
  options: {
    limit: {
      type: 'string',
      valueName: 'N',
      description: `show at most N hits (1-${MAX_SEARCH_LIMIT}, default ${DEFAULT_SEARCH_LIMIT})`,
    },
  },
  details: [
    'Every word must occur; each word also finds longer words it starts ("detain" finds "detainees")',
    'and English forms of the same word ("prisoner" finds "prisoners", "releasing" finds "released").',
    'Case and accents are ignored ("rodriguez" finds "Rodríguez"). Words in double quotes are found',
    'as a phrase: \'"political prisoners"\'. No other character has a meaning: -, *, :, NEAR, OR are',
    'searched as plain text. Chinese, Japanese and Thai are searched as substrings (no word breaks).',
    'Hits are ranked (bm25): a word in a title, a claim or a claimant counts more than in body text.',
    "Article hits give the offsets of the best passage's first match in the article's plain text",
    '(the offsets annotate and the app use). Snippets mark matches [like this]; --json gives them as',
    'ranges into the snippet text. Opens the project read-only.',
  ].join('\n'),
  jsonShape: [
    '{ "query": string, "terms": [string], "mode": "index" | "scan",',
    '  "hits": [ { kind: "article" | "claim" | "evidence", id, articleId, claimId, title,',
    '              field: "title" | "text" | "rationale" | "claimant" | "citation" | "note" | "url",',
    '              snippet: { text, matches: [ { start, end } ] },',
    "              match: { start, end } | null  (article hits: offsets into the article's plain text),",
    '              score: number (higher is better) } ] }',
  ].join('\n'),
  run(ctx) {
    const [file, ...words] = ctx.args;
    const query = words.join(' ');
    const limit = parseLimit(stringOption(ctx.options, 'limit'));
    if (parseSearchQuery(query).length === 0) {
      throw usageError(
        `QUERY has nothing to search for: give at least one word or number; got ${JSON.stringify(query)}.`,
      );
    }
    const result = withProject(file!, { actor: ctx.actor(), readOnly: true }, (project) =>
      searchProject(project, query, { limit }),
    );
    return {
      json: { query, ...result },
      text: result.hits.map(formatHit).join('\n'),
      messages: result.hits.length ? [] : [`No matches for ${quoted(query, 60)}.`],
    };
  },
};
