/**
 * The three verdicts a claim can carry, with the labels and non-colour cues the UI and reports use.
 * Verdicts must never be told apart by colour alone, so each also has a symbol and an underline style.
 */
export const VERDICTS = ['unverified', 'disputed', 'verified'] as const;

export type Verdict = (typeof VERDICTS)[number];

export interface VerdictStyle {
  label: string;
  /** Shown beside the label in lists and on highlights: readable in greyscale. */
  symbol: string;
  /** CSS text-decoration-style of a highlight's underline: the second cue besides colour. */
  underline: 'solid' | 'wavy' | 'dashed';
}

export const VERDICT_STYLES: Record<Verdict, VerdictStyle> = {
  verified: { label: 'Verified', symbol: '✓', underline: 'solid' },
  disputed: { label: 'Disputed', symbol: '✗', underline: 'wavy' },
  unverified: { label: 'Unverified', symbol: '?', underline: 'dashed' },
};

export function isVerdict(value: unknown): value is Verdict {
  return typeof value === 'string' && (VERDICTS as readonly string[]).includes(value);
}

/**
 * Where highlights overlap, the segment shows the verdict that most needs a reader's attention.
 */
const ATTENTION: Record<Verdict, number> = { disputed: 2, unverified: 1, verified: 0 };

export function mostUrgentVerdict(verdicts: readonly Verdict[]): Verdict {
  let best: Verdict = 'verified';
  for (const v of verdicts) if (ATTENTION[v] > ATTENTION[best]) best = v;
  return best;
}
