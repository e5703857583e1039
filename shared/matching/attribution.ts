/**
 * Who an article says made a statement: "Venezuela’s Ministry of Penitentiary Services said at
 * least 116 …" → "Venezuela’s Ministry of Penitentiary Services". A claim has one claimant, but
 * each outlet may attribute the same figure to someone else (the ministry in one article, the
 * interim government in another), and a checker comparing appearances needs to see that.
 *
 * Read from the sentence around the quote with the patterns news copy uses: "X said (that) …",
 * "X, the …, claims that …", "according to X", "…, X said." Deliberately modest: when no pattern
 * fits, nothing is claimed ("" is returned) rather than a guess. The sentence is found by
 * shared/text/sentences.ts, so "The U.S. State Department said" names the whole department.
 */
import { sentenceBounds } from '../text/sentences';

const VERBS =
  'said|says|say|told|tells|claimed|claims|claim|stated|states|reported|reports|estimated|estimates|estimate|' +
  'announced|announces|insisted|insists|confirmed|confirms|added|adds|wrote|writes|argued|argues|asserted|asserts|' +
  'maintained|maintains|declared|declares|noted|notes|alleged|alleges|counted|counts|tallied';
const SPEECH = new RegExp(`^(.*?)\\s(?:${VERBS})\\b`, 'u');
const SPEECH_AFTER = new RegExp(`,\\s*([^,]{2,80}?)\\s(?:${VERBS})\\s*[.!?”"]*$`, 'u');
const ACCORDING_TO = /according to ([^,.;:]{2,80})/iu;
/** Sentence-opening words that are not part of a speaker's name. */
const OPENERS = /^(?:(?:but|and|yet|meanwhile|however|still|so|also|now|earlier|later|separately),?\s+)+/iu;
const MAX_SPEAKER = 80;

/** Cleans a speaker phrase: drops openers and an appositive ("X, led by Y, claims" → "X"). */
function speakerOf(phrase: string): string {
  let s = phrase.trim().replace(OPENERS, '');
  const comma = s.indexOf(',');
  if (comma > 0) s = s.slice(0, comma);
  s = s.replace(/\s+(?:also|again|later|earlier|then|had|has|have|was|were)$/iu, '').trim();
  // A speaker is a name or a noun phrase, not a clause: no quotes, not too long, starts with a letter.
  if (!s || s.length > MAX_SPEAKER || /[“”"]/.test(s) || !/^\p{L}/u.test(s)) return '';
  return s;
}

/** The speaker the article names for the quote at [start, end) of `text`, or "". */
export function attributionOf(text: string, start: number, end: number): string {
  const { from, to } = sentenceBounds(text, start, end);
  const sentence = text.slice(from, to).trim();
  const according = ACCORDING_TO.exec(sentence);
  if (according) return speakerOf(according[1]!);
  // "X said (that) QUOTE": the speech verb comes before the quote.
  const before = text.slice(from, start);
  const lead = SPEECH.exec(before);
  if (lead) return speakerOf(lead[1]!);
  // "QUOTE, X said."
  const after = SPEECH_AFTER.exec(text.slice(end, to).trim());
  return after ? speakerOf(after[1]!) : '';
}
