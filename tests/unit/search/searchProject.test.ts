/**
 * Searching a project the way a checker does: words in any case and accent, prefixes, phrases,
 * hostile input, other scripts; hits ranked, with plain-text snippets and article offsets that
 * point at the matched words.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { getArticleText } from '../../../electron/articles/articleStore';
import { createClaim } from '../../../electron/claims/claimStore';
import { addEvidence } from '../../../electron/evidence/evidenceStore';
import { importTextArticle } from '../../../electron/import/importText';
import { openProject } from '../../../electron/project/openProject';
import type { Project } from '../../../electron/project/project';
import type { SearchHit } from '../../../electron/search/searchHit';
import { searchProject } from '../../../electron/search/searchProject';
import { foldText } from '../../../shared/matching/fold';
import { newTempProject, sampleProject } from '../../helpers/tempProject';

const open: Project[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

function setup() {
  const t = sampleProject();
  open.push(t.project);
  return t;
}

const matchedWords = (h: SearchHit) => h.snippet.matches.map((m) => h.snippet.text.slice(m.start, m.end));

describe('search: what a checker types', () => {
  it('ignores case and accents both ways: "rodriguez" finds "Rodríguez" and "RODRÍGUEZ" finds "Rodriguez"', () => {
    const t = setup();
    const claim = createClaim(t.project, {
      text: 'Rodriguez said so',
      claimant: '',
      verdict: 'unverified',
      rationale: '',
    });
    const hits = searchProject(t.project, 'rodriguez').hits;
    expect(hits.map((h) => h.id).sort()).toEqual([t.us.id, t.ve.id, claim.id].sort());
    expect(hits.find((h) => h.id === t.us.id)!.snippet.text).toContain('Rodríguez');
    expect(searchProject(t.project, 'RODRÍGUEZ').hits.map((h) => h.id)).toContain(claim.id);
  });

  it('treats each word as a prefix and English word forms as one word', () => {
    const t = setup();
    expect(searchProject(t.project, 'rodr').hits).toHaveLength(2);
    const detain = searchProject(t.project, 'detain').hits.find((h) => h.id === t.ve.id)!;
    expect(matchedWords(detain).map(foldText)).toContain('detainees');
    const releasing = searchProject(t.project, 'releasing forum').hits;
    expect(releasing.map((h) => h.id)).toEqual([t.us.id]);
  });

  it('requires every word, and keeps a quoted phrase together', () => {
    const t = setup();
    expect(searchProject(t.project, 'Penal Forum').hits.map((h) => h.id)).toEqual([t.us.id]);
    expect(searchProject(t.project, 'Foro Penal').hits.map((h) => h.id)).toEqual([t.ve.id]);
    expect(searchProject(t.project, '"forum penal"').hits).toEqual([]);
    const phrase = searchProject(t.project, '“political prisoners”').hits[0]!;
    expect(matchedWords(phrase)).toEqual(['political prisoners']);
  });

  it('gives article hits the offsets of the passage, and snippets as plain text with match ranges', () => {
    const t = setup();
    const hit = searchProject(t.project, 'Penal 56').hits[0]!;
    const text = getArticleText(t.project, t.us.id);
    expect(hit).toMatchObject({ kind: 'article', articleId: t.us.id, claimId: null, field: 'text' });
    expect(text.slice(hit.match!.start, hit.match!.end)).toBe('Penal');
    // The snippet is the sentence holding both words, not the first stray match.
    expect(matchedWords(hit)).toEqual(['Penal', '56']);
    expect(hit.snippet.text).not.toMatch(/[<>]/);
    expect(hit.snippet.text.length).toBeLessThanOrEqual(190);
  });

  it('points at the first match of a single word in the text', () => {
    const t = setup();
    const text = getArticleText(t.project, t.us.id);
    const hit = searchProject(t.project, 'maduro').hits.find((h) => h.id === t.us.id)!;
    expect(hit.match!.start).toBe(text.indexOf('Maduro'));
  });

  it('ranks a claim that says the word above an article that mentions it in passing', () => {
    const t = setup();
    const claim = createClaim(t.project, {
      text: 'More than 400 prisoners have been freed',
      claimant: 'Jorge Rodríguez',
      verdict: 'disputed',
      rationale: '',
    });
    const hits = searchProject(t.project, 'prisoners freed').hits;
    expect(hits[0]!.id).toBe(claim.id);
    expect(hits[0]).toMatchObject({ kind: 'claim', claimId: claim.id, articleId: null, match: null });
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  });

  it('finds claims by claimant and rationale, and evidence by note and URL', () => {
    const t = setup();
    const claim = createClaim(t.project, {
      text: 'Only 56 detainees were released',
      claimant: 'Foro Penal',
      verdict: 'verified',
      rationale: 'Matches the Penal Forum list',
    });
    const ev = addEvidence(t.project, claim.id, { url: 'https://foropenal.com/presos', note: 'Spreadsheet of names' });
    const byClaimant = searchProject(t.project, 'foro').hits.find((h) => h.kind === 'claim')!;
    expect(byClaimant.field).toBe('claimant');
    expect(searchProject(t.project, 'list').hits.find((h) => h.kind === 'claim')!.field).toBe('rationale');
    expect(searchProject(t.project, 'spreadsheet').hits).toMatchObject([
      { kind: 'evidence', id: ev.id, claimId: claim.id, field: 'note' },
    ]);
    expect(searchProject(t.project, 'foropenal').hits[0]).toMatchObject({ kind: 'evidence', field: 'url' });
  });

  it('returns at most `limit` hits', () => {
    const t = setup();
    for (let i = 0; i < 5; i++)
      createClaim(t.project, {
        text: `Claim ${i} about Venezuela`,
        claimant: '',
        verdict: 'unverified',
        rationale: '',
      });
    expect(searchProject(t.project, 'venezuela', { limit: 3 }).hits).toHaveLength(3);
    expect(searchProject(t.project, 'venezuela').hits).toHaveLength(7);
  });

  it('works on a project opened read-only', () => {
    const t = sampleProject();
    t.project.close();
    const ro = openProject(t.file, { actor: 'A', readOnly: true });
    open.push(ro);
    expect(searchProject(ro, 'penal').hits).toHaveLength(2);
  });
});

describe('search: hostile and odd queries', () => {
  const HOSTILE = [
    '"',
    '""',
    '"unterminated phrase',
    '*',
    'prison*',
    '-',
    '- prisoners',
    'NOT prisoners',
    'prisoners OR detainees',
    'prisoners AND',
    'NEAR(prisoners detainees, 5)',
    'NEAR',
    'head: prisoners',
    '{head body}: x',
    '^prisoners',
    '+',
    '(',
    ')',
    "'; DROP TABLE claims; --",
    '\\',
    '\u0000\u0001\u001f',
    '\ud800',
    '😀 prisoners',
    'x'.repeat(5000),
    ' '.repeat(100),
    Array.from({ length: 200 }, (_, i) => `w${i}`).join(' '),
  ];

  it('never fails on FTS5 syntax, whatever is typed', () => {
    const t = setup();
    for (const q of HOSTILE) {
      expect(() => searchProject(t.project, q), JSON.stringify(q).slice(0, 40)).not.toThrow();
    }
    // Operators are words like any other: the US article says "they were not political prisoners".
    expect(searchProject(t.project, 'NOT prisoners').hits.map((h) => h.id)).toEqual([t.us.id]);
    expect(searchProject(t.project, '- prisoners').terms).toEqual(['prisoners']);
    expect(searchProject(t.project, 'prisoners OR detainees').terms).toEqual(['prisoners', 'OR', 'detainees']);
    expect(searchProject(t.project, '*').hits).toEqual([]);
  });

  it('never fails on any random string (property)', () => {
    const t = setup();
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (q) => {
        searchProject(t.project, q);
      }),
      { numRuns: 150 },
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom('"', '*', ':', '-', '(', ')', 'NEAR', 'AND', 'OR', 'NOT', '^', '+', ' ', 'a', 'prisoners'),
        ),
        (parts) => {
          searchProject(t.project, parts.join(''));
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('search: other scripts', () => {
  it('finds Chinese and Japanese words inside unsegmented text by substring scan', () => {
    const t = newTempProject();
    open.push(t.project);
    const zh = importTextArticle(t.project, {
      text: '委内瑞拉释放囚犯\n\n我在北京工作。当局释放了116名囚犯。',
    }).article;
    const ja = importTextArticle(t.project, { text: 'ニュース\n\n東京で会議が開かれた。' }).article;
    const claim = createClaim(t.project, {
      text: '当局释放了116名囚犯',
      claimant: '',
      verdict: 'unverified',
      rationale: '',
    });

    const beijing = searchProject(t.project, '北京');
    expect(beijing.mode).toBe('scan');
    expect(beijing.hits.map((h) => h.id)).toEqual([zh.id]);
    const text = getArticleText(t.project, zh.id);
    expect(text.slice(beijing.hits[0]!.match!.start, beijing.hits[0]!.match!.end)).toBe('北京');

    expect(
      searchProject(t.project, '囚犯')
        .hits.map((h) => h.id)
        .sort(),
    ).toEqual([zh.id, claim.id].sort());
    expect(searchProject(t.project, '会議').hits.map((h) => h.id)).toEqual([ja.id]);
    expect(searchProject(t.project, '北京 会議').hits).toEqual([]);
  });

  it('finds Arabic, Greek and Cyrillic words through the index, with or without accents', () => {
    const t = newTempProject();
    open.push(t.project);
    const ar = importTextArticle(t.project, { text: 'الإفراج عن سجناء\n\nأفرجت السلطات عن سجناء سياسيين.' }).article;
    const el = importTextArticle(t.project, { text: 'Ειδήσεις\n\nΗ κυβέρνηση απελευθέρωσε κρατούμενους.' }).article;
    const ru = importTextArticle(t.project, { text: 'Новости\n\nВласти освободили заключённых.' }).article;
    expect(searchProject(t.project, 'سجناء').hits.map((h) => h.id)).toEqual([ar.id]);
    expect(searchProject(t.project, 'κυβερνηση').hits.map((h) => h.id)).toEqual([el.id]);
    expect(searchProject(t.project, 'ΚΥΒΈΡΝΗΣΗ').hits.map((h) => h.id)).toEqual([el.id]);
    expect(searchProject(t.project, 'заключенных').hits.map((h) => h.id)).toEqual([ru.id]);
    const text = getArticleText(t.project, ru.id);
    const hit = searchProject(t.project, 'заключ').hits[0]!;
    expect(text.slice(hit.match!.start, hit.match!.end)).toBe('заключённых');
  });
});
