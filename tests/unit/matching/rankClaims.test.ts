/** Ranking existing claims for a selected passage, with reasons a checker can read. */
import { describe, expect, it } from 'vitest';
import { rankClaims, type ClaimCandidate } from '../../../shared/matching/rankClaims';

const CLAIMS: ClaimCandidate[] = [
  {
    id: 'monday',
    text: 'At least 116 prisoners were released on Monday alone',
    claimant: 'Ministry of Penitentiary Services',
    quotes: [],
  },
  {
    id: 'since-jan9',
    text: '116 detainees have been freed since January 9',
    claimant: 'Delcy Rodríguez',
    quotes: [],
  },
  { id: 'penal', text: 'Only 56 detainees had been released', claimant: 'Foro Penal', quotes: [] },
  {
    id: 'citizens',
    text: 'Venezuela has released at least four American citizens',
    claimant: '',
    quotes: ['has released at least 4 American citizens who had been imprisoned'],
  },
  {
    id: 'state',
    text: 'The State Department welcomed the release',
    claimant: 'State Department spokesperson',
    quotes: [],
  },
];

describe('rankClaims', () => {
  it('tells two claims with the same figure apart by date and claimant', () => {
    const [best] = rankClaims({ text: 'Delcy Rodríguez says 116 people have been freed since 9 January.' }, CLAIMS);
    expect(best!.claimId).toBe('since-jan9');
    expect(best!.reasons).toEqual(
      expect.arrayContaining(['shares figure 116', 'same date: January 9', 'same claimant: Delcy Rodríguez']),
    );
    const [monday] = rankClaims({ text: 'The prisons ministry said 116 inmates walked free on Monday.' }, CLAIMS);
    expect(monday!.claimId).toBe('monday');
  });

  it('matches a figure however it is written', () => {
    const [best] = rankClaims({ text: 'Caracas freed four US citizens' }, CLAIMS);
    expect(best).toMatchObject({ claimId: 'citizens' });
    expect(best!.reasons).toContain('shares figure 4');
  });

  it('says when the passage states a different figure than the claim', () => {
    const ranked = rankClaims({ text: 'including at least one U.S. citizen released' }, CLAIMS);
    const citizens = ranked.find((m) => m.claimId === 'citizens')!;
    expect(citizens.reasons).toContain('figures differ: at least 1 here, at least 4 in the claim');
  });

  it('uses the claimant named in the surrounding sentence', () => {
    const [best] = rankClaims(
      {
        text: 'called it an important step in the right direction',
        context: 'A State Department spokesperson welcomed the development,',
      },
      CLAIMS,
    );
    expect(best!.claimId).toBe('state');
    expect(best!.reasons.join(' ')).toMatch(/same claimant: State Department/);
  });

  it('returns at most `limit` matches, best first, scored 0-1, and nothing for an unrelated passage', () => {
    const ranked = rankClaims({ text: '116 prisoners released' }, CLAIMS, { limit: 2 });
    expect(ranked).toHaveLength(2);
    expect(ranked[0]!.score).toBeGreaterThanOrEqual(ranked[1]!.score);
    for (const m of ranked) expect(m.score).toBeGreaterThanOrEqual(0);
    for (const m of ranked) expect(m.score).toBeLessThanOrEqual(1);
    expect(rankClaims({ text: 'The weather in Oslo was mild.' }, CLAIMS)).toEqual([]);
    expect(rankClaims({ text: 'anything' }, [])).toEqual([]);
  });
});
