/**
 * The assignees and tags already used in the project, most used first: what the assignee field
 * and the tag input suggest, so a desk converges on one spelling of each name and label.
 */
import { useMemo } from 'react';
import { useClaimStore } from '../../stores/claimStore';
import { valueKey } from './claimFilters';

/** Distinct values (one spelling per case-insensitive key, the most used one), most used first. */
function byUse(values: Iterable<string>): string[] {
  const counts = new Map<string, Map<string, number>>();
  for (const v of values) {
    const key = valueKey(v);
    if (!key) continue;
    const spellings = counts.get(key) ?? new Map<string, number>();
    spellings.set(v.trim(), (spellings.get(v.trim()) ?? 0) + 1);
    counts.set(key, spellings);
  }
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  return [...counts.values()]
    .sort((a, b) => total(b) - total(a))
    .map((m) => [...m.entries()].sort((a, b) => b[1] - a[1])[0]![0]);
}

export function useKnownValues(): { assignees: string[]; tags: string[] } {
  const claims = useClaimStore((s) => s.claims);
  return useMemo(
    () => ({
      assignees: byUse(claims.map((c) => c.assignee)),
      tags: byUse(claims.flatMap((c) => c.tags)),
    }),
    [claims],
  );
}
