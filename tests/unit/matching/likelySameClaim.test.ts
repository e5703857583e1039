import { describe, expect, it } from 'vitest';
import { isLikelySameClaim, wordingOverlap } from '../../../shared/matching/likelySameClaim';

describe('likely the same claim', () => {
  it('sees the same wording through inflections, accents and filler words', () => {
    expect(wordingOverlap('116 detainees have been freed since January 9', '116 detainees freed since January 9')).toBe(
      1,
    );
    expect(
      wordingOverlap(
        'Jorge Rodríguez said more than 400 prisoners were freed',
        'jorge rodriguez: more than 400 prisoners freed',
      ),
    ).toBeGreaterThanOrEqual(0.8);
  });

  it('does not call different statements on the same subject the same wording', () => {
    expect(
      wordingOverlap('116 prisoners were released on Monday alone', '116 detainees have been freed since January 9'),
    ).toBeLessThan(0.5);
    expect(
      wordingOverlap('only 56 detainees had been released', 'more than 400 prisoners had been freed'),
    ).toBeLessThan(0.5);
  });

  it('needs a few words before it judges by wording', () => {
    expect(wordingOverlap('116', '116')).toBe(0);
  });

  it('takes a high score or the same wording as likely the same, and nothing without a suggestion', () => {
    expect(isLikelySameClaim({ score: 0.9 }, 'a', 'b')).toBe(true);
    expect(
      isLikelySameClaim(
        { score: 0.3 },
        '116 detainees have been freed since January 9',
        '116 detainees freed since January 9',
      ),
    ).toBe(true);
    expect(
      isLikelySameClaim(
        { score: 0.3 },
        '116 prisoners were released on Monday alone',
        '116 detainees freed since January 9',
      ),
    ).toBe(false);
    expect(isLikelySameClaim(undefined, 'x y z', 'x y z')).toBe(false);
  });
});
