import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getArticle } from '../../../electron/articles/articleStore';
import { importArticleFile, importTextArticle } from '../../../electron/import/importText';
import { newTempProject } from '../../helpers/tempProject';

interface Node {
  type: string;
  text?: string;
  url?: string;
  children?: Node[];
  [k: string]: unknown;
}

const SAFE_TYPES = new Set(['root', 'paragraph', 'heading', 'quote', 'list', 'listitem', 'link', 'text']);

function* walk(n: Node): Generator<Node> {
  yield n;
  for (const c of n.children ?? []) yield* walk(c);
}

const { project } = newTempProject();
afterAll(() => project.close());

/** Payloads collected from OWASP's XSS filter evasion cheat sheet and mXSS reports, as they would appear in a page. */
const SNIPPETS = [
  '<img src=x onerror=alert(1)>',
  '<svg/onload=alert(1)>',
  '<a href="jav&#x09;ascript:alert(1)">tab link</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">entity link</a>',
  '<iframe src="data:text/html,<script>alert(1)</script>"></iframe>',
  '<details open ontoggle=alert(1)>details text</details>',
  '<body onpageshow=alert(1)>',
  '<style>@import "https://evil.example/x.css";</style>',
  '<object data="https://evil.example/x.swf"></object>',
  '<form><button formaction=javascript:alert(1)>x</button></form>',
  '<p onclick="alert(1)">clickable paragraph</p>',
  '<a href="//evil.example/x">protocol-relative link</a>',
];

describe('hostile HTML on import', () => {
  it('keeps only text and whitelisted structure from a page full of XSS payloads', async () => {
    const { article } = await importArticleFile(
      project,
      path.resolve(__dirname, '../../fixtures/import/xss-payloads.html'),
    );
    const stored = getArticle(project, article.id);
    const root = (JSON.parse(stored.body) as { root: Node }).root;
    for (const node of walk(root)) {
      expect(SAFE_TYPES.has(node.type)).toBe(true);
      if (node.type === 'link') expect(node.url).toMatch(/^(https?:|mailto:)/);
      for (const [key, value] of Object.entries(node)) {
        if (key !== 'text') expect(String(value)).not.toMatch(/javascript:|onerror|onload|<script/i);
      }
    }
    expect(walk(root).next().value).toBeDefined();
    const links = [...walk(root)].filter((n) => n.type === 'link').map((n) => n.url);
    expect(links).toEqual(['https://example.org/safe']);
    // Escaped markup in the page is the article's text: kept literally, as text.
    expect(stored.plainText).toContain('Encoded: <script>alert("entity")</script> must appear as literal text');
    expect(stored.plainText).not.toContain('written by script');
    expect(stored.plainText).not.toContain('hunter2');
    expect(stored.url).toBe('');
  });

  it.each(SNIPPETS)('neutralises pasted %s', (snippet) => {
    const { article } = importTextArticle(project, {
      text: `<p>Lead paragraph number ${SNIPPETS.indexOf(snippet)} about the releases.</p>${snippet}<p>Closing words.</p>`,
      format: 'html',
      title: 'Pasted',
    });
    const root = (JSON.parse(getArticle(project, article.id).body) as { root: Node }).root;
    for (const node of walk(root)) {
      expect(SAFE_TYPES.has(node.type)).toBe(true);
      if (node.url !== undefined) expect(node.url).toMatch(/^(https?:|mailto:)/);
    }
  });
});
