/**
 * TF-IDF vectors and cosine similarity, for telling which claim a passage restates. Two views of
 * a text are compared: its content words with adjacent pairs ("political prisoner", "state
 * department"), and character n-grams of its folded words, which still match when the words are
 * inflected, misspelt or in another language. Term frequency is dampened (1 + log tf) so a word
 * repeated in a long quote does not dominate.
 */
export type Vector = Map<string, number>;

/** Content words and the pairs of neighbouring content words. */
export function wordFeatures(words: readonly string[]): string[] {
  const features = [...words];
  for (let i = 1; i < words.length; i++) features.push(`${words[i - 1]} ${words[i]}`);
  return features;
}

/** Character 3- and 4-grams of each (folded) word, padded so word starts and ends count. */
export function charFeatures(words: readonly string[]): string[] {
  const grams: string[] = [];
  for (const word of words) {
    const padded = ` ${word} `;
    for (const n of [3, 4]) {
      for (let i = 0; i + n <= padded.length; i++) grams.push(padded.slice(i, i + n));
    }
  }
  return grams;
}

/** How often each feature occurs in a document. */
export function featureCounts(features: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of features) counts.set(f, (counts.get(f) ?? 0) + 1);
  return counts;
}

/** Inverse document frequency over documents' feature counts, smoothed; weights memoised. */
export class Idf {
  private readonly df = new Map<string, number>();
  private readonly weights = new Map<string, number>();
  private readonly n: number;

  constructor(documents: readonly ReadonlyMap<string, number>[]) {
    this.n = documents.length;
    for (const doc of documents) for (const f of doc.keys()) this.df.set(f, (this.df.get(f) ?? 0) + 1);
  }

  weight(feature: string): number {
    let w = this.weights.get(feature);
    if (w === undefined) {
      w = Math.log((this.n + 1) / ((this.df.get(feature) ?? 0) + 1)) + 0.1;
      this.weights.set(feature, w);
    }
    return w;
  }
}

/** Sublinear term frequency: above one occurrence 1 + log; a fraction (from weighted context) stays as is. */
const tfWeight = (count: number) => (count >= 1 ? 1 + Math.log(count) : count);

/** Feature counts of several documents added up (a claim's text and its quotes, for document frequency). */
export function mergeCounts(docs: readonly ReadonlyMap<string, number>[]): Map<string, number> {
  const merged = new Map<string, number>();
  for (const doc of docs) for (const [f, c] of doc) merged.set(f, (merged.get(f) ?? 0) + c);
  return merged;
}

/** A unit-length TF-IDF vector of weighted documents (e.g. passage ×1, context ×0.3). */
export function tfidfVector(
  parts: readonly { counts: ReadonlyMap<string, number>; weight: number }[],
  idf: Idf,
): Vector {
  const tf = new Map<string, number>();
  for (const { counts, weight } of parts) for (const [f, c] of counts) tf.set(f, (tf.get(f) ?? 0) + c * weight);
  const v: Vector = new Map();
  let norm = 0;
  for (const [f, count] of tf) {
    const w = tfWeight(count) * idf.weight(f);
    v.set(f, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [f, w] of v) v.set(f, w / norm);
  return v;
}

/** Cosine between a unit vector and a document given by its feature counts, without building the document's vector. */
export function cosineWithDocument(v: Vector, counts: ReadonlyMap<string, number>, idf: Idf): number {
  let dot = 0;
  let norm = 0;
  for (const [f, count] of counts) {
    const w = tfWeight(count) * idf.weight(f);
    norm += w * w;
    const other = v.get(f);
    if (other !== undefined) dot += w * other;
  }
  return norm > 0 ? dot / Math.sqrt(norm) : 0;
}
