/**
 * How a history row reads in the claim's timeline: "set verdict Unverified → Disputed",
 * "highlighted “…” in <article>", "added evidence …". Pure, so it is easy to test and reuse.
 */
import type { HistoryEntry } from '../../shared/domain/types';
import { isVerdict, VERDICT_STYLES } from '../../shared/domain/verdict';
import { truncate } from './format';

export interface HistoryLine {
  action: string;
  /** The value before the change, when there was one worth showing. */
  from?: string;
  to?: string;
  /** Where it happened (the article of a highlight). */
  where?: string;
}

const FIELD_NAMES: Record<string, string> = {
  text: 'claim text',
  claimant: 'claimant',
  verdict: 'verdict',
  rationale: 'rationale',
  url: 'evidence link',
  citation: 'citation',
  note: 'evidence note',
};

/** Span rows written when a new version of the article re-finds (or loses) the highlight. */
const NEW_VERSION_UPDATES: Record<string, { action: string; showQuotes: boolean }> = {
  're-anchored': { action: 're-found the highlight in a new version of the article', showQuotes: false },
  exact: { action: 'highlight wording changed in a new version', showQuotes: true },
  orphaned: { action: 'lost the highlight in a new version (orphaned)', showQuotes: true },
};

const show = (field: string, value: string): string =>
  field === 'verdict' && isVerdict(value)
    ? `${VERDICT_STYLES[value].symbol} ${VERDICT_STYLES[value].label}`
    : truncate(value, 60) || '(empty)';

export function describeHistory(entry: HistoryEntry, articleTitle: (id: string) => string | undefined): HistoryLine {
  const quote = (v: string) => `“${truncate(v, 60)}”`;
  switch (entry.entity) {
    case 'claim':
      if (entry.action === 'update') {
        const name = FIELD_NAMES[entry.field] ?? entry.field;
        return {
          action: `${entry.field === 'verdict' ? 'set' : 'edited'} ${name}`,
          from: show(entry.field, entry.oldValue),
          to: show(entry.field, entry.newValue),
        };
      }
      return { action: `${entry.action === 'create' ? 'created' : `${entry.action}d`} the claim` };
    case 'span': {
      // What a new version of the article did to the highlight (electron/import/newArticleVersion.ts).
      if (entry.action === 'update' && entry.field in NEW_VERSION_UPDATES) {
        const { action, showQuotes } = NEW_VERSION_UPDATES[entry.field]!;
        return showQuotes
          ? {
              action,
              from: quote(entry.oldValue),
              to: entry.field === 'orphaned' ? entry.newValue : quote(entry.newValue),
            }
          : { action, from: `characters ${entry.oldValue}`, to: entry.newValue };
      }
      const where = articleTitle(entry.field);
      const verb = {
        create: 'highlighted',
        delete: 'removed the highlight',
        restore: 'restored the highlight',
        update: 'moved the highlight',
      }[entry.action];
      return { action: `${verb} ${quote(entry.newValue || entry.oldValue)}`, ...(where ? { where } : {}) };
    }
    case 'evidence':
      if (entry.action === 'update') {
        return {
          action: `edited ${FIELD_NAMES[entry.field] ?? entry.field}`,
          from: show(entry.field, entry.oldValue),
          to: show(entry.field, entry.newValue),
        };
      }
      return {
        action:
          `${{ create: 'added', delete: 'removed', restore: 'restored' }[entry.action]} evidence ${truncate(entry.newValue || entry.oldValue, 60)}`.trim(),
      };
  }
}
