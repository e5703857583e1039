/**
 * Suggests which existing claims a selected passage most likely restates, offline and explainably.
 *
 * A claim is compared through its own text and the exact quotes of its appearances (whichever is
 * closest counts), on four kinds of evidence:
 * - wording: TF-IDF cosine of content words (with pairs) and of character n-grams (tfidf.ts),
 *   IDF taken over the project's claims, so words every claim uses ("Venezuela") weigh little;
 * - figures: an amount stated in both ("116", "at least 4" = "at least four"); a rare amount
 *   counts more than one many claims share, a small one ("one", "two") less than a large one.
 *   Different amounts are not held against a claim, since the same claim often appears with
 *   disputed figures (116 vs 56); the reason says "figures differ" so the checker sees it;
 * - names and dates in both ("Delcy Rodríguez", "January 9"), weighted by rarity;
 * - claimant: the claim's claimant named in the passage or around it.
 * The passage's context (the sentence around it) counts at a fraction of the passage's weight,
 * because a selection often leaves out who is speaking. Weights were tuned on the labelled set in
 * tests/fixtures/matching/labelled.json (dev split) and checked on its held-out split.
 */
import { contentTokens } from './contentWords';
import { extractDates, type DateMention } from './dates';
import { extractFigures, sameAmount, type Figure } from './figures';
import { extractNames, type NameMention } from './names';
import {
  charFeatures,
  cosineWithDocument,
  featureCounts,
  Idf,
  mergeCounts,
  tfidfVector,
  wordFeatures,
  type Vector,
} from './tfidf';

export interface ClaimCandidate {
  id: string;
  text: string;
  claimant: string;
  /** Exact quotes of the claim's appearances. */
  quotes: readonly string[];
}

export interface PassageInput {
  /** The selected text. */
  text: string;
  /** Text around the selection (without it), e.g. the rest of its sentence. */
  context?: string;
}

export interface ClaimMatch {
  claimId: string;
  /** 0-1, higher is a likelier match. */
  score: number;
  /** Why, for the checker: "similar wording", "shares figure 116", "same claimant: Penal Forum". */
  reasons: string[];
}

export interface RankOptions {
  /** At most this many matches (default 5). */
  limit?: number;
  /** Matches scoring below this are left out (default MIN_SCORE). */
  minScore?: number;
}

export const WEIGHTS = {
  words: 0.45,
  chars: 0.35,
  figure: 0.2,
  name: 0.12,
  date: 0.1,
  claimant: 0.15,
  /** Share of a feature's weight when it is only in the context, not the selection. */
  context: 0.35,
} as const;

export const MIN_SCORE = 0.1;

interface Analysed {
  words: Map<string, number>[];
  chars: Map<string, number>[];
  figures: Figure[];
  names: NameMention[];
  dates: DateMention[];
}

interface AnalysedText {
  words: Map<string, number>;
  chars: Map<string, number>;
  figures: Figure[];
  names: NameMention[];
  dates: DateMention[];
}

/**
 * Analyses are kept by text: a project's claims are the same from one selection to the next, so
 * only the passage is new each time. Bounded, so a long session cannot grow it without limit.
 */
const analysed = new Map<string, AnalysedText>();
const ANALYSED_LIMIT = 20_000;

function analyseText(text: string): AnalysedText {
  let a = analysed.get(text);
  if (!a) {
    const tokens = contentTokens(text);
    a = {
      words: featureCounts(wordFeatures(tokens.map((w) => w.word))),
      chars: featureCounts(charFeatures(tokens.map((w) => w.surface))),
      figures: extractFigures(text).filter((f) => !f.vague),
      names: extractNames(text),
      dates: extractDates(text),
    };
    if (analysed.size >= ANALYSED_LIMIT) analysed.clear();
    analysed.set(text, a);
  }
  return a;
}

function analyse(texts: readonly string[]): Analysed {
  const each = texts.map(analyseText);
  return {
    words: each.map((a) => a.words),
    chars: each.map((a) => a.chars),
    figures: each.flatMap((a) => a.figures),
    names: each.flatMap((a) => a.names),
    dates: each.flatMap((a) => a.dates),
  };
}

const nameKey = (n: NameMention) => n.words.join(' ');

/** How well two names agree: 1 for the same name, 0.5 for a shared surname-like single word, else 0. */
function nameAgreement(a: NameMention, b: NameMention): number {
  const small = a.words.length <= b.words.length ? a.words : b.words;
  const large = new Set(a.words.length <= b.words.length ? b.words : a.words);
  if (!small.every((w) => large.has(w))) return 0;
  return small.length >= 2 || small.length === large.size ? 1 : 0.5;
}

/**
 * Small amounts are weak evidence: "one" and "two" turn up in any text, 116 or "60–70" rarely.
 * 1 → 0.5, 4 → 0.77, 10 and over → 1.
 */
function amountWeight(f: Figure): number {
  return f.kind !== 'count' ? 1 : Math.min(1, 0.3 + Math.log10(1 + f.high) / 1.5);
}

/** A rarity factor in (0, 1]: 1 for something one claim has, falling as more claims share it. */
function rarity(claimsWith: number, claimCount: number): number {
  if (claimCount <= 1) return 1;
  return Math.max(0.1, 1 - Math.log(Math.max(1, claimsWith)) / Math.log(claimCount + 1));
}

interface ClaimView {
  claim: ClaimCandidate;
  a: Analysed;
  claimantNames: NameMention[];
}

export function rankClaims(
  passage: PassageInput,
  claims: readonly ClaimCandidate[],
  opts: RankOptions = {},
): ClaimMatch[] {
  const limit = opts.limit ?? 5;
  const minScore = opts.minScore ?? MIN_SCORE;
  const sel = analyse([passage.text]);
  const ctx = analyse(passage.context ? [passage.context] : []);
  const views: ClaimView[] = claims.map((claim) => ({
    claim,
    a: analyse([claim.text, ...claim.quotes]),
    claimantNames: extractNames(claim.claimant),
  }));

  const wordIdf = new Idf([...views.map((v) => mergeCounts(v.a.words)), mergeCounts(sel.words)]);
  const charIdf = new Idf([...views.map((v) => mergeCounts(v.a.chars)), mergeCounts(sel.chars)]);
  // The context helps a short selection, but never outweighs it: at most half the selection's mass.
  const withContext = (own: ReadonlyMap<string, number>, around: ReadonlyMap<string, number>) => {
    const size = (m: ReadonlyMap<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    return [
      { counts: own, weight: 1 },
      { counts: around, weight: Math.min(WEIGHTS.context, (0.5 * size(own)) / Math.max(1, size(around))) },
    ];
  };
  const pWords = tfidfVector(withContext(mergeCounts(sel.words), mergeCounts(ctx.words)), wordIdf);
  const pChars = tfidfVector(withContext(mergeCounts(sel.chars), mergeCounts(ctx.chars)), charIdf);

  // How many claims state each amount, name and date: what many claims share says little.
  const count = (key: (v: ClaimView) => Iterable<string>) => {
    const c = new Map<string, number>();
    for (const v of views) for (const k of new Set(key(v))) c.set(k, (c.get(k) ?? 0) + 1);
    return c;
  };
  const amountKey = (f: Figure) => `${f.kind}:${f.low}:${f.high}`;
  const amounts = count((v) => v.a.figures.map(amountKey));
  const nameCounts = count((v) => v.a.names.map(nameKey));
  const dateCounts = count((v) => v.a.dates.map((d) => d.key));
  const n = views.length;

  const matches: ClaimMatch[] = views.map((v) => {
    const reasons: [number, string][] = [];
    const best = (p: Vector, docs: readonly ReadonlyMap<string, number>[], idf: Idf) =>
      Math.max(0, ...docs.map((d) => cosineWithDocument(p, d, idf)));
    const wordSim = best(pWords, v.a.words, wordIdf);
    const charSim = best(pChars, v.a.chars, charIdf);
    let score = WEIGHTS.words * wordSim + WEIGHTS.chars * charSim;
    if (wordSim >= 0.3 || charSim >= 0.4) reasons.push([0.5, 'similar wording']);

    // Figures.
    let figureBonus = 0;
    const shared = new Set<string>();
    for (const [figs, share] of [
      [sel.figures, 1],
      [ctx.figures, WEIGHTS.context],
    ] as const) {
      for (const f of figs) {
        if (shared.has(amountKey(f)) || !v.a.figures.some((g) => sameAmount(f, g))) continue;
        shared.add(amountKey(f));
        const bonus = WEIGHTS.figure * share * amountWeight(f) * rarity(amounts.get(amountKey(f)) ?? 1, n);
        figureBonus += bonus;
        reasons.push([bonus, `shares figure ${f.label}`]);
      }
    }
    score += Math.min(figureBonus, WEIGHTS.figure * 1.5);
    const selCounts = sel.figures.filter((f) => f.kind === 'count');
    const claimCounts = v.a.figures.filter((f) => f.kind === 'count');
    if (selCounts.length && claimCounts.length && !selCounts.some((f) => claimCounts.some((g) => sameAmount(f, g)))) {
      const here = [...new Set(selCounts.map((f) => f.label))].join(', ');
      const there = [...new Set(claimCounts.map((f) => f.label))].join(', ');
      reasons.push([0.01, `figures differ: ${here} here, ${there} in the claim`]);
    }

    // Names and dates.
    let nameBonus = 0;
    const namesSeen = new Set<string>();
    for (const [names, share] of [
      [sel.names, 1],
      [ctx.names, WEIGHTS.context],
    ] as const) {
      for (const name of names) {
        const key = nameKey(name);
        if (namesSeen.has(key)) continue;
        const agreement = Math.max(0, ...v.a.names.map((m) => nameAgreement(name, m)));
        if (agreement === 0) continue;
        namesSeen.add(key);
        const bonus = WEIGHTS.name * share * agreement * rarity(nameCounts.get(key) ?? 1, n);
        nameBonus += bonus;
        if (bonus >= 0.03) reasons.push([bonus, `shares name ${name.text.replace(/['’]s$/, '')}`]);
      }
    }
    score += Math.min(nameBonus, WEIGHTS.name * 2);
    const datesSeen = new Set<string>();
    for (const [dates, share] of [
      [sel.dates, 1],
      [ctx.dates, WEIGHTS.context],
    ] as const) {
      for (const d of dates) {
        if (d.kind === 'year' || datesSeen.has(d.key) || !v.a.dates.some((e) => e.key === d.key)) continue;
        datesSeen.add(d.key);
        const bonus = WEIGHTS.date * share * rarity(dateCounts.get(d.key) ?? 1, n);
        score += bonus;
        reasons.push([bonus, `same date: ${d.label}`]);
      }
    }

    // Claimant named around the passage.
    const named = (names: readonly NameMention[]) =>
      v.claimantNames.find((c) => names.some((m) => nameAgreement(c, m) === 1));
    const inSelection = named(sel.names);
    const claimantHit = inSelection ?? named(ctx.names);
    if (claimantHit) {
      const bonus = WEIGHTS.claimant * (inSelection ? 1 : WEIGHTS.context);
      score += bonus;
      reasons.push([bonus, `same claimant: ${claimantHit.text}`]);
    }

    return {
      claimId: v.claim.id,
      score: Math.round(Math.max(0, Math.min(1, score)) * 1000) / 1000,
      reasons: reasons.sort((a, b) => b[0] - a[0]).map(([, r]) => r),
    };
  });

  // Array.prototype.sort is stable: equal scores keep the claims' order.
  return matches
    .filter((m) => m.score >= minScore)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}
