/**
 * Levenshtein distance between two strings (UTF-16 code units), computed only within a band of
 * `max` edits: re-anchoring needs to know whether a passage is within its edit budget, not by how
 * much it missed, so anything over the budget is reported as `max + 1` at a fraction of the cost.
 */
export function editDistanceWithin(a: string, b: string, max: number): number {
  const over = max + 1;
  if (Math.abs(a.length - b.length) > max) return over;
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(b.length, i + max);
    cur[lo - 1] = lo === 1 ? i : over;
    let rowMin = cur[lo - 1]!;
    for (let j = lo; j <= hi; j++) {
      const sub = prev[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
      const del = (j <= i - 1 + max ? prev[j]! : over) + 1;
      const ins = cur[j - 1]! + 1;
      cur[j] = Math.min(sub, del, ins, over);
      if (cur[j]! < rowMin) rowMin = cur[j]!;
    }
    if (hi < b.length) cur[hi + 1] = over;
    if (rowMin > max) return over;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[b.length]!, over);
}
