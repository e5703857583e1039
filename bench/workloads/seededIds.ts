/**
 * Deterministic ids for generated workloads: version-4-shaped UUIDs drawn from a seeded PRNG, so
 * two runs build byte-identical projects and the IPC schemas (which require UUIDs) accept them.
 */
export function seededUuids(rand: () => number): () => string {
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(rand() * 16).toString(16)).join('');
  return () => {
    const variant = (8 + Math.floor(rand() * 4)).toString(16);
    return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
  };
}
