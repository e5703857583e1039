/** `claimdesk history FILE CLAIM_ID`: who changed what on a claim, and when, oldest first. Read-only. */
import type { HistoryEntry } from '../../../shared/domain/types';
import { listArticles } from '../../articles/articleStore';
import { claimHistory } from '../../history/historyStore';
import type { Command } from '../command';
import { resolveClaimId } from '../idPrefix';
import { historyJson, SHAPE_DOC } from '../jsonShapes';
import { withProject } from '../projectFile';
import { quoted } from '../textOutput';

const ENTITY_NAME = { claim: 'claim', span: 'highlight', evidence: 'evidence' } as const;

/** One history row as a sentence: "verdict: unverified → disputed", "highlighted "…" in article …". */
export function describeChange(h: HistoryEntry, articleTitles: ReadonlyMap<string, string>): string {
  const thing = ENTITY_NAME[h.entity];
  if (h.entity === 'span') {
    const title = articleTitles.get(h.field);
    const where = `in article ${h.field}${title ? ` (${quoted(title, 50)})` : ''}`;
    if (h.action === 'create') return `highlighted ${quoted(h.newValue, 70)} ${where}`;
    if (h.action === 'delete') return `removed the highlight ${quoted(h.oldValue, 70)} ${where}`;
    if (h.action === 'restore') return `restored the highlight ${quoted(h.newValue, 70)} ${where}`;
  }
  switch (h.action) {
    case 'create':
      return `created the ${thing}: ${quoted(h.newValue, 90)}`;
    case 'delete':
      return `deleted the ${thing}${h.oldValue ? `: ${quoted(h.oldValue, 90)}` : ''}`;
    case 'restore':
      return `restored the ${thing}${h.newValue ? `: ${quoted(h.newValue, 90)}` : ''}`;
    case 'update': {
      const label = h.entity === 'claim' ? h.field : `${thing} ${h.field}`;
      return `${label}: ${quoted(h.oldValue, 60)} → ${quoted(h.newValue, 60)}`;
    }
  }
}

export const historyCommand: Command = {
  name: 'history',
  summary: "show a claim's change history",
  synopsis: 'history FILE CLAIM_ID',
  args: [
    { name: 'FILE', description: 'the project file' },
    { name: 'CLAIM_ID', description: 'the claim (full id or a unique prefix of 8+ characters)' },
  ],
  options: {},
  details: [
    'Every change to the claim, its highlights and its evidence, oldest first: when (ISO 8601 UTC),',
    'who (the checker name), what (entity, action, field) and the old and new values.',
    'entity is claim | span | evidence; action is create | update | delete | restore. For a span,',
    'field is the article id. Opens the project read-only.',
  ].join('\n'),
  jsonShape: `{ "claimId": string, "history": [ ${SHAPE_DOC.history} ] }`,
  run(ctx) {
    const [file, claimArg] = ctx.args;
    const result = withProject(file!, { actor: ctx.actor(), readOnly: true }, (project) => {
      const claimId = resolveClaimId(project, claimArg!);
      const titles = new Map(listArticles(project).map((a) => [a.id, a.title]));
      return { claimId, history: claimHistory(project, claimId), titles };
    });
    return {
      json: { claimId: result.claimId, history: result.history.map(historyJson) },
      text: result.history.map((h) => `${h.at}  ${h.actor}  ${describeChange(h, result.titles)}`).join('\n'),
    };
  },
};
