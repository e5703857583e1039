/**
 * The claim's change history as a compact timeline, newest first: who, when, what changed
 * (old → new). The latest few show; the rest open on request.
 */
import { useState } from 'react';
import type { HistoryEntry } from '../../../shared/domain/types';
import { useArticleStore } from '../../stores/articleStore';
import { formatWhen } from '../../utils/format';
import { describeHistory } from '../../utils/historyText';

const COLLAPSED = 6;

export function HistoryTimeline({ history }: { history: readonly HistoryEntry[] }) {
  const articles = useArticleStore((s) => s.articles);
  const [expanded, setExpanded] = useState(false);
  const titleOf = (id: string) => articles.find((a) => a.id === id)?.title;
  const newestFirst = [...history].reverse();
  const shown = expanded ? newestFirst : newestFirst.slice(0, COLLAPSED);

  return (
    <div className="detail-section">
      <h3 className="section-label">History</h3>
      <ol className="timeline" aria-label="History">
        {shown.map((entry) => {
          const line = describeHistory(entry, titleOf);
          return (
            <li key={entry.id} className={`timeline-entry timeline-${entry.entity} timeline-${entry.action}`}>
              <span className="timeline-dot" aria-hidden="true" />
              <div className="timeline-body">
                <div className="timeline-line">
                  <strong>{entry.actor}</strong> {line.action}
                  {line.where && <span className="muted"> in {line.where}</span>}
                </div>
                {line.from !== undefined && (
                  <div className="timeline-change">
                    <del>{line.from}</del>
                    <span aria-hidden="true">→</span>
                    <ins>{line.to}</ins>
                  </div>
                )}
                <time className="timeline-time" dateTime={entry.at} title={entry.at}>
                  {formatWhen(entry.at)}
                </time>
              </div>
            </li>
          );
        })}
      </ol>
      {newestFirst.length > COLLAPSED && (
        <button type="button" className="btn btn-link" onClick={() => setExpanded((x) => !x)}>
          {expanded ? 'Show less' : `Show all ${newestFirst.length} changes`}
        </button>
      )}
    </div>
  );
}
