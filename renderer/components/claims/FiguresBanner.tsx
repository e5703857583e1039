/**
 * The warning above a claim's appearances when they state different amounts: "Figures differ:
 * 56 ≠ at least 116". A warning sign and words, not colour alone.
 */
import { Icon } from '../common/Icon';
import type { ClaimFigures } from './useClaimFigures';

export function FiguresBanner({ figures }: { figures: ClaimFigures | null }) {
  if (!figures || figures.differences.length === 0) return null;
  return (
    <div className="figures-banner" role="note" aria-label="Figures differ">
      <Icon name="alert" size={14} />
      <span>
        <strong>Figures differ:</strong> {figures.differences.map((d) => d.text).join('; ')}
      </span>
    </div>
  );
}
