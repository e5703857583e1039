/**
 * A verdict as a small pill: symbol and label, never colour alone, so it reads in greyscale.
 */
import { VERDICT_STYLES, type Verdict } from '../../../shared/domain/verdict';

export function VerdictBadge({ verdict, compact = false }: { verdict: Verdict; compact?: boolean }) {
  const style = VERDICT_STYLES[verdict];
  return (
    <span
      className={`verdict-badge verdict-${verdict}`}
      data-verdict={verdict}
      title={compact ? style.label : undefined}
    >
      <span className="verdict-symbol" aria-hidden="true">
        {style.symbol}
      </span>
      {compact ? <span className="sr-only">{style.label}</span> : <span>{style.label}</span>}
    </span>
  );
}
