/**
 * When creating a new claim from a passage is probably an accident because an existing claim says
 * the same. The selection popover then asks once more before it creates a claim (Enter twice, or
 * "New claim anyway") and offers that claim to link; the checker still decides.
 *
 * Two signals, either enough:
 * - the suggestion's score: calibrated on the labelled set (tests/fixtures/matching/labelled.json),
 *   every passage whose top suggestion scored at or above LIKELY_SAME_CLAIM_SCORE restated that
 *   claim, and the highest-scoring wrong top suggestion stayed below it
 *   (tests/unit/matching/evaluation.test.ts holds it there);
 * - the same wording: nearly all content words shared with the claim's text. Scores weigh words by
 *   how rare they are among the project's claims, which says little while a project has only a
 *   handful of claims; shared wording does not depend on the rest of the project.
 */
import { contentWords } from './contentWords';

export const LIKELY_SAME_CLAIM_SCORE = 0.5;
/** Share of content words two texts must have in common (of all the words either has). */
export const SAME_WORDING = 0.8;
/** Texts shorter than this many content words are too short to call the same by wording. */
const MIN_WORDS = 3;

const isNumber = (w: string) => /^\d/.test(w);
const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));

/**
 * Jaccard similarity of the two texts' content words (stemmed, folded, word families merged), and
 * 0 when they state different numbers: "56 detainees released" and "400 prisoners freed" share
 * their words' families but are different claims.
 */
export function wordingOverlap(a: string, b: string): number {
  const wa = new Set(contentWords(a));
  const wb = new Set(contentWords(b));
  if (wa.size < MIN_WORDS || wb.size < MIN_WORDS) return 0;
  if (!sameSet(new Set([...wa].filter(isNumber)), new Set([...wb].filter(isNumber)))) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / (wa.size + wb.size - shared);
}

export function isLikelySameClaim(
  suggestion: { score: number } | undefined,
  passage: string,
  claimText: string,
): boolean {
  if (!suggestion) return false;
  return suggestion.score >= LIKELY_SAME_CLAIM_SCORE || wordingOverlap(passage, claimText) >= SAME_WORDING;
}
