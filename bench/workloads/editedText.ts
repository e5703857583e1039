/**
 * A new version of an article with about `ratio` of its characters edited (words inserted,
 * deleted or replaced at seeded random places, block separators untouched), and where every old
 * offset went: the ground truth a re-anchored highlight is checked against.
 */
export interface EditedText {
  text: string;
  /** newOffset[old] for every old offset 0..length (a deleted character maps to where it was). */
  newOffset: Int32Array;
  edits: number;
}

export function editText(old: string, ratio: number, rand: () => number, word: () => string): EditedText {
  const budget = Math.round(old.length * ratio);
  // Edit points at word starts, sorted, a few hundred characters apart on average.
  const points = new Set<number>();
  let changed = 0;
  const plan: { at: number; op: 'insert' | 'delete' | 'replace'; len: number; word: string }[] = [];
  while (changed < budget) {
    let at = Math.floor(rand() * old.length);
    while (at > 0 && old[at - 1] !== ' ') at--;
    if (points.has(at)) continue;
    let len = 0;
    while (at + len < old.length && /[^\s]/.test(old[at + len]!)) len++;
    const r = rand();
    const op = r < 0.34 ? 'insert' : r < 0.67 ? 'delete' : 'replace';
    const w = word();
    if (op !== 'insert' && (len === 0 || old.slice(at, at + len + 1).includes('\n'))) continue;
    points.add(at);
    plan.push({ at, op, len: op === 'insert' ? 0 : len + 1, word: w });
    changed += op === 'delete' ? len + 1 : op === 'insert' ? w.length + 1 : Math.max(len + 1, w.length + 1);
  }
  plan.sort((a, b) => a.at - b.at);
  const out: string[] = [];
  const newOffset = new Int32Array(old.length + 1);
  let pos = 0;
  let outLen = 0;
  let edits = 0;
  for (const e of plan) {
    if (e.at < pos) continue;
    const keep = old.slice(pos, e.at);
    for (let i = 0; i < keep.length; i++) newOffset[pos + i] = outLen + i;
    out.push(keep);
    outLen += keep.length;
    pos = e.at;
    const inserted = e.op === 'delete' ? '' : `${e.word} `;
    for (let i = 0; i < e.len; i++) newOffset[pos + i] = outLen;
    out.push(inserted);
    outLen += inserted.length;
    pos += e.len;
    edits++;
  }
  const rest = old.slice(pos);
  for (let i = 0; i <= rest.length; i++) newOffset[pos + i] = outLen + i;
  out.push(rest);
  return { text: out.join(''), newOffset, edits };
}
