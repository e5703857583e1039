/**
 * The sample project annotated as a checker would: the "116 freed" claim in both articles
 * (disputed, with rationale and evidence), the US-citizens claim in both (different figures), an
 * overlapping highlight, and a claim by the Assembly president.
 */
import { getArticle } from '../../electron/articles/articleStore';
import { updateClaim } from '../../electron/claims/claimStore';
import { addEvidence } from '../../electron/evidence/evidenceStore';
import { createClaimFromSpan, linkSpan } from '../../electron/spans/spanStore';
import { rangeOf, sampleProject } from './tempProject';

export const QUOTES = {
  ministry: '116 prisoners were released on Monday alone',
  interim: '116 detainees have been freed since January 9',
  usFour: 'released at least 4 American citizens',
  usOne: 'including at least one U.S. citizen',
  assembly: 'more than 400 prisoners had been freed',
};

export function annotatedSample(actor = 'Ana Ruiz') {
  const t = sampleProject(actor);
  const us = getArticle(t.project, t.us.id).plainText;
  const ve = getArticle(t.project, t.ve.id).plainText;
  const freed = createClaimFromSpan(
    t.project,
    { articleId: t.us.id, ...rangeOf(us, QUOTES.ministry) },
    {
      text: '116 prisoners were freed on Monday',
      claimant: 'Ministry of Penitentiary Services',
    },
  ).claim;
  linkSpan(t.project, freed.id, { articleId: t.ve.id, ...rangeOf(ve, QUOTES.interim) });
  updateClaim(t.project, freed.id, {
    verdict: 'disputed',
    rationale: 'Foro Penal had verified only 56 releases by Monday evening; the ministry published no list.',
  });
  addEvidence(t.project, freed.id, {
    url: 'https://foropenal.com/',
    citation: 'Foro Penal release count',
    note: '56 verified as of Monday evening',
  });
  const citizens = createClaimFromSpan(
    t.project,
    { articleId: t.us.id, ...rangeOf(us, QUOTES.usFour) },
    {
      text: 'At least four US citizens were released',
      claimant: 'Sources familiar with the matter',
      verdict: 'verified',
    },
  ).claim;
  linkSpan(t.project, citizens.id, { articleId: t.ve.id, ...rangeOf(ve, QUOTES.usOne) });
  const overlap = rangeOf(us, QUOTES.ministry);
  const figure = createClaimFromSpan(
    t.project,
    { articleId: t.us.id, start: overlap.start, end: overlap.start + 16 },
    {
      text: 'The ministry’s figure is 116',
    },
  ).claim;
  const assembly = createClaimFromSpan(
    t.project,
    { articleId: t.us.id, ...rangeOf(us, QUOTES.assembly) },
    {
      claimant: 'Jorge Rodríguez',
      verdict: 'disputed',
    },
  ).claim;
  return { ...t, claims: { freed, citizens, figure, assembly } };
}
