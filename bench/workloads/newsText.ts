/**
 * Seeded news-like prose with a large vocabulary, for the benchmarks' articles. The tests' own
 * generator (tests/helpers/generatedArticles.ts) repeats a few dozen sentences, so nearly every
 * quote occurs many times; real articles rarely do, and re-anchoring or search measured on such
 * text would mostly measure the repetition. Words here are built from syllables (tens of thousands
 * of distinct words, Zipf-like frequencies), mixed with common English function words.
 */
const SYLLABLES = [
  'ba',
  'ce',
  'di',
  'fo',
  'gu',
  'ha',
  'je',
  'ki',
  'lo',
  'mu',
  'na',
  'pe',
  'qui',
  'ro',
  'su',
  'ta',
  've',
  'wi',
  'xo',
  'yu',
  'za',
  'bre',
  'cla',
  'dro',
  'fen',
  'gar',
  'hol',
  'jun',
  'kel',
  'lin',
  'mor',
  'nes',
  'pol',
  'ran',
  'sel',
  'tor',
  'ust',
  'vin',
  'wel',
  'zor',
];
const FUNCTION_WORDS = [
  'the',
  'of',
  'and',
  'to',
  'in',
  'a',
  'that',
  'said',
  'on',
  'for',
  'was',
  'with',
  'by',
  'as',
  'at',
  'from',
  'officials',
  'government',
  'percent',
  'million',
  'report',
  'minister',
  'according',
  'people',
  'year',
];

export class NewsText {
  private readonly words: string[] = [];

  constructor(private readonly rand: () => number) {
    for (let i = 0; i < 30_000; i++) {
      const n = 2 + Math.floor(rand() * 3);
      let w = '';
      for (let k = 0; k < n; k++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)]!;
      this.words.push(w);
    }
  }

  word(): string {
    if (this.rand() < 0.35) return FUNCTION_WORDS[Math.floor(this.rand() * FUNCTION_WORDS.length)]!;
    // Squaring skews towards the front of the list: a few frequent words, a long tail of rare ones.
    const r = this.rand();
    return this.words[Math.floor(r * r * this.words.length)]!;
  }

  sentence(): string {
    const n = 8 + Math.floor(this.rand() * 14);
    const words = Array.from({ length: n }, () => this.word());
    if (this.rand() < 0.3)
      words.splice(1 + Math.floor(this.rand() * (n - 1)), 0, String(Math.floor(this.rand() * 10_000)));
    const s = words.join(' ');
    return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
  }

  paragraph(): string {
    const n = 3 + Math.floor(this.rand() * 5);
    return Array.from({ length: n }, () => this.sentence()).join(' ');
  }

  /** Paragraphs of about `chars` characters in all (separators included). */
  paragraphs(chars: number): string[] {
    const out: string[] = [];
    let total = 0;
    while (total < chars) {
      const p = this.paragraph();
      out.push(p);
      total += p.length + 2;
    }
    return out;
  }
}
