/**
 * Deterministic generated news text for large-report tests and benchmarks: seeded, so every run
 * (and every machine) builds the same articles and the same highlights.
 */

/** Mulberry32: a tiny seeded PRNG; plenty for test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  'The ministry',
  'Foro Penal',
  'The interim government',
  'A State Department official',
  'Families in Caracas',
  'The National Assembly',
  'Rights groups',
  'Opposition leaders',
];
const VERBS = ['said', 'claimed', 'reported', 'insisted', 'estimated', 'confirmed', 'denied', 'told reporters'];
const OBJECTS = [
  'that {n} prisoners were released on Monday',
  'that at least {n} detainees had been freed since January 9',
  'that between {n} and {m} people remain in custody',
  'that more than {n} political prisoners were still held',
  'that {n} US citizens had left the country',
  'that the count of {n} could not be verified independently',
];

export function generatedSentence(rand: () => number): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const n = 10 + Math.floor(rand() * 900);
  return `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)
    .replace('{n}', String(n))
    .replace('{m}', String(n + 10 + Math.floor(rand() * 50)))}.`;
}

/** Paragraphs of about `chars` characters in total. */
export function generatedParagraphs(rand: () => number, chars: number): string[] {
  const paragraphs: string[] = [];
  let total = 0;
  while (total < chars) {
    const sentences = 3 + Math.floor(rand() * 4);
    const p = Array.from({ length: sentences }, () => generatedSentence(rand)).join(' ');
    paragraphs.push(p);
    total += p.length + 2;
  }
  return paragraphs;
}
