/**
 * Claim matching measured on the labelled set (tests/fixtures/matching/labelled.json): the right
 * claim must come first for most passages and among the first three for nearly all. The figures
 * are printed; run tests/fixtures/matching/evaluateMatching.ts to see each miss.
 */
import { describe, expect, it } from 'vitest';
import labelled from '../../fixtures/matching/labelled.json';
import { evaluateMatching, formatScores } from '../../fixtures/matching/evaluateMatching';
import { rankClaims } from '../../../shared/matching/rankClaims';
import { isLikelySameClaim } from '../../../shared/matching/likelySameClaim';

describe('claim matching evaluation', () => {
  it('has a labelled set of at least 40 passages over at least 12 claims, each labelled with a known claim', () => {
    const ids = new Set(labelled.claims.map((c) => c.id));
    expect(labelled.passages.length).toBeGreaterThanOrEqual(40);
    expect(ids.size).toBeGreaterThanOrEqual(12);
    for (const p of labelled.passages) expect(ids.has(p.claim), p.id).toBe(true);
  });

  it('puts the right claim first for at least 85% of passages and in the top three for 95%', () => {
    const all = evaluateMatching('all');
    const dev = evaluateMatching('dev');
    const heldout = evaluateMatching('heldout');
    console.log([dev, heldout, all].map(formatScores).join('\n'));
    expect(all.precisionAt1).toBeGreaterThanOrEqual(0.85);
    expect(all.precisionAt3).toBeGreaterThanOrEqual(0.95);
    expect(heldout.precisionAt1).toBeGreaterThanOrEqual(0.8);
  });

  it('calls a suggestion "likely the same claim" only when it is the right claim, for a good share of passages', () => {
    let flagged = 0;
    for (const p of labelled.passages) {
      const [top] = rankClaims({ text: p.text, context: p.context }, labelled.claims, { limit: 1, minScore: 0 });
      const claimText = labelled.claims.find((c) => c.id === top?.claimId)?.text ?? '';
      if (!isLikelySameClaim(top, p.text, claimText)) continue;
      flagged++;
      expect(top!.claimId, p.id).toBe(p.claim);
    }
    expect(flagged / labelled.passages.length).toBeGreaterThanOrEqual(0.4);
  });
});
