/**
 * Decides what a hyphen at the end of a PDF line is: a word broken by the typesetter
 * ("govern-" + "ment", joined without it) or a hyphenated compound that happens to break there
 * ("well-" + "known", kept). The document itself is the best witness: a compound written with its
 * hyphen elsewhere keeps it, a word written whole elsewhere is joined. Without a witness, the
 * hyphen stays before a capital ("Anglo-Saxon", "pro-Kremlin"), after a part that already holds a
 * hyphen or a digit ("116-year-old", "COVID-19-related"), and around the parts that commonly make
 * compounds in news prose ("self-", "so-", "-based", "-term").
 */

export interface HyphenEvidence {
  /** Compounds written with a hyphen inside a line, lowercased: "well-known". */
  hyphenated: ReadonlySet<string>;
  /** Words written whole, lowercased: "wellknown" would be here if the text had it. */
  words: ReadonlySet<string>;
}

const COMPOUND = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/** What a document's lines say about its own spelling, read once per document. */
export function hyphenEvidence(lines: readonly string[]): HyphenEvidence {
  const hyphenated = new Set<string>();
  const words = new Set<string>();
  for (const line of lines) {
    const lower = line.toLowerCase();
    for (const m of lower.matchAll(COMPOUND)) hyphenated.add(m[0]);
    for (const m of lower.matchAll(WORD)) words.add(m[0]);
  }
  return { hyphenated, words };
}

export const NO_EVIDENCE: HyphenEvidence = { hyphenated: new Set(), words: new Set() };

/** First parts that make compounds rather than being broken words. */
const FIRST_PARTS = new Set(
  'self so well ex all half cross long short full high low mid non anti pro post pre semi quasi far near one two three four five six seven eight nine ten twenty thirty forty fifty sixty seventy eighty ninety hundred'.split(
    ' ',
  ),
);
/** Second parts that follow a hyphen in compounds ("-based", "-term", "-led"). */
const SECOND_PARTS = new Set(
  'known based term year years led backed run owned funded related called made sized style born minded speaking looking making wide scale level time free friendly driven oriented specific controlled linked affiliated aligned elect'.split(
    ' ',
  ),
);

/**
 * Whether "…before-" + "after…" keeps its hyphen. `before` is the text up to and including the
 * hyphen, `after` the next line.
 */
export function keepsHyphen(before: string, after: string, evidence: HyphenEvidence = NO_EVIDENCE): boolean {
  const head = /([\p{L}\p{N}-]*?)([\p{L}\p{N}]+)-$/u.exec(before);
  const tail = /^[\p{L}\p{N}]+/u.exec(after);
  if (!head || !tail) return true;
  const [, earlier = '', part] = head;
  const next = tail[0];
  const compound = `${earlier}${part}-${next}`.toLowerCase();
  if (evidence.hyphenated.has(compound)) return true;
  if (evidence.words.has(`${earlier}${part}${next}`.toLowerCase())) return false;
  if (/^\p{Lu}/u.test(next) || /^\p{N}/u.test(next)) return true;
  if (earlier.length > 0 || /\p{N}/u.test(part!)) return true;
  return FIRST_PARTS.has(part!.toLowerCase()) || SECOND_PARTS.has(next.toLowerCase());
}
