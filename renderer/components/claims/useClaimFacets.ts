/** The claim filters' options and counts for the claims panel, recomputed when claims, search or filters change. */
import { useMemo } from 'react';
import { useArticleStore } from '../../stores/articleStore';
import { useClaimStore } from '../../stores/claimStore';
import { facetOptions, type FacetOptions } from './claimFilters';

export function useClaimFacets(): FacetOptions {
  const claims = useClaimStore((s) => s.claims);
  const query = useClaimStore((s) => s.query);
  const filter = useClaimStore((s) => s.filter);
  const articles = useArticleStore((s) => s.articles);
  return useMemo(() => facetOptions(claims, query, filter, articles), [claims, query, filter, articles]);
}
