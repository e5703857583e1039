/**
 * `claimdesk annotate`: highlights a quote in an article and links it to a claim, new or existing,
 * exactly as selecting the text in the app would. The quote is located by quoteLocator.ts, which
 * refuses to guess between occurrences.
 */
import { getArticleSummary, getArticleText } from '../../articles/articleStore';
import { claimsWithSameText, updateClaim, type ClaimFields } from '../../claims/claimStore';
import { writeTransaction } from '../../project/writeTransaction';
import { createClaimFromSpan, linkSpan } from '../../spans/spanStore';
import { stringOption, type Command } from '../command';
import { CliError, usageError } from '../cliError';
import { checkClaimFields, parseOccurrence, parseVerdict } from '../claimOptions';
import { resolveArticleId, resolveClaimId } from '../idPrefix';
import { claimJson, SHAPE_DOC, spanJson } from '../jsonShapes';
import { withProject } from '../projectFile';
import { locateQuote } from '../quoteLocator';
import { quoted, verdictLabel } from '../textOutput';

export const annotateCommand: Command = {
  name: 'annotate',
  summary: 'highlight a quote in an article and link it to a claim',
  synopsis:
    'annotate FILE --article ID --quote TEXT [--occurrence N] (--claim ID | --new-claim TEXT)\n' +
    '                   [--status VERDICT] [--claimant NAME] [--allow-duplicate]',
  args: [{ name: 'FILE', description: 'the project file' }],
  options: {
    article: {
      type: 'string',
      valueName: 'ID',
      description: 'the article (full id or a unique prefix of 8+ characters)',
    },
    quote: {
      type: 'string',
      valueName: 'TEXT',
      description: "the passage to highlight, exactly as in the article's text",
    },
    occurrence: {
      type: 'string',
      valueName: 'N',
      description: 'which occurrence to highlight (1 = first) when the quote appears several times',
    },
    claim: { type: 'string', valueName: 'ID', description: 'link the highlight to this existing claim (id or prefix)' },
    'new-claim': {
      type: 'string',
      valueName: 'TEXT',
      description: 'create a new claim with this text for the highlight',
    },
    status: {
      type: 'string',
      valueName: 'VERDICT',
      description: "set the claim's verdict: verified, disputed or unverified",
    },
    claimant: { type: 'string', valueName: 'NAME', description: 'set who made the claim' },
    'allow-duplicate': {
      type: 'boolean',
      description: 'create the --new-claim even when a claim with the same text exists',
    },
  },
  details: [
    "The quote is searched in the article's plain text (paragraphs separated by a blank line), exactly:",
    'same case, same typographic quotes and dashes. If it is absent (exit 4) or appears several times',
    'without --occurrence (exit 5), nothing is changed and every occurrence is listed with some context.',
    'A --new-claim whose text an existing claim already has (case, accents and punctuation aside) is',
    'refused (exit 5), naming that claim, unless --allow-duplicate is given.',
    'Exactly one of --claim and --new-claim is required. --status and --claimant apply to the new or',
    'the existing claim. Everything is saved in one transaction, each change in the claim history.',
    'Without --json, prints the span id, claim id, start and end offsets.',
  ].join('\n'),
  jsonShape: [
    `{ "span": ${SHAPE_DOC.span},`,
    `  "claim": ${SHAPE_DOC.claim},`,
    '  "claimCreated": boolean, "occurrence": number (1-based) }',
  ].join('\n'),
  run(ctx) {
    const o = ctx.options;
    const articleArg = stringOption(o, 'article');
    const quote = stringOption(o, 'quote');
    const claimArg = stringOption(o, 'claim');
    const newClaimText = stringOption(o, 'new-claim');
    if (articleArg === undefined) throw usageError('--article ID is required.');
    if (quote === undefined || quote.length === 0) throw usageError('--quote TEXT is required and must not be empty.');
    if ((claimArg === undefined) === (newClaimText === undefined)) {
      throw usageError('Give exactly one of --claim ID (an existing claim) and --new-claim TEXT.');
    }
    if (newClaimText?.trim() === '') throw usageError('--new-claim TEXT must not be empty.');
    const occurrence = parseOccurrence(stringOption(o, 'occurrence'));
    const verdict = parseVerdict(stringOption(o, 'status'), '--status');
    const fields: Partial<ClaimFields> = checkClaimFields({
      text: newClaimText,
      verdict,
      claimant: stringOption(o, 'claimant'),
    });

    const done = withProject(ctx.args[0]!, { actor: ctx.actor(), readOnly: false }, (project) => {
      const articleId = resolveArticleId(project, articleArg);
      const article = getArticleSummary(project, articleId);
      const match = locateQuote(
        getArticleText(project, articleId),
        quote,
        occurrence,
        `article ${article.id} ("${article.title}")`,
      );
      const range = { articleId, start: match.start, end: match.end };
      if (claimArg === undefined) {
        const same = o['allow-duplicate'] === true ? [] : claimsWithSameText(project, newClaimText!);
        if (same.length > 0) {
          throw new CliError(
            'conflict',
            `A claim with this text already exists: ${same.map((c) => `${c.id} ${quoted(c.text, 60)}`).join(', ')}. ` +
              'Link the highlight to it with --claim ID, or add --allow-duplicate to create another.',
          );
        }
        const { claim, span } = createClaimFromSpan(project, range, fields);
        return { span, claim, claimCreated: true, occurrence: match.occurrence, articleTitle: article.title };
      }
      const claimId = resolveClaimId(project, claimArg);
      // One write transaction (not a plain db.transaction): only the outermost writeTransaction
      // records the change in the sync log, so a colleague merging this file gets it.
      return writeTransaction(project, () => {
        const span = linkSpan(project, claimId, range);
        const claim = updateClaim(project, claimId, { verdict: fields.verdict, claimant: fields.claimant });
        return { span, claim, claimCreated: false, occurrence: match.occurrence, articleTitle: article.title };
      });
    });

    const { span, claim } = done;
    return {
      json: {
        span: spanJson(span),
        claim: claimJson(claim),
        claimCreated: done.claimCreated,
        occurrence: done.occurrence,
      },
      text: [
        `Highlighted ${quoted(span.exact, 60)} in ${quoted(done.articleTitle, 60)}`,
        `span   ${span.id}`,
        `claim  ${claim.id}${done.claimCreated ? ' (new)' : ''}  ${verdictLabel(claim.verdict)}`,
        `start  ${span.start}`,
        `end    ${span.end}`,
      ].join('\n'),
    };
  },
};
