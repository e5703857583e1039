import { describe, expect, it } from 'vitest';
import { readHtmlArticle } from '../../../electron/import/htmlArticle';

const paragraph = (text: string) => `<p>${text}</p>`;
const page = (head: string, body: string, htmlAttrs = '') =>
  `<!doctype html><html${htmlAttrs}><head><meta charset="utf-8">${head}</head><body><article>${body}</article></body></html>`;
const firstBlockText = (html: string) => {
  const draft = readHtmlArticle(html);
  const b = draft.blocks[0]!;
  return { kind: b.kind, text: (b.kind === 'list' ? b.items.flat() : b.runs).map((r) => r.text).join('') };
};

const ARABIC_BODY = [
  'أفرجت السلطات الفنزويلية يوم الاثنين عن مئة وستة عشر سجينا سياسيا على الأقل، بحسب منظمة فورو بينال التي قالت إنها تحققت من ست وخمسين حالة فقط حتى مساء الاثنين.',
  'وقالت عائلات المعتقلين إنها لا تزال تنتظر أمام بوابات السجون منذ أيام دون أي معلومات رسمية عن أقاربها.',
].map(paragraph);
const RUSSIAN_BODY = [
  'Власти Венесуэлы в понедельник освободили по меньшей мере 116 политических заключённых, сообщила правозащитная организация Foro Penal, которая подтвердила лишь 56 случаев к вечеру понедельника.',
  'Родственники задержанных говорят, что уже несколько дней ждут у ворот тюрем без какой-либо официальной информации.',
].map(paragraph);

describe('the headline of a non-Latin page', () => {
  it('keeps an Arabic heading that is not the title (regression: ASCII \\W made every Arabic text equal)', () => {
    const html = page(
      '<title>الأخبار العالمية</title>',
      `<h1>الإفراج عن سجناء سياسيين في فنزويلا</h1>${ARABIC_BODY.join('')}`,
      ' lang="ar" dir="rtl"',
    );
    const draft = readHtmlArticle(html);
    expect(draft.meta.title).toBe('الأخبار العالمية');
    expect(firstBlockText(html)).toEqual({ kind: 'heading', text: 'الإفراج عن سجناء سياسيين في فنزويلا' });
    expect(draft).toMatchObject({ language: 'ar', direction: 'rtl' });
  });

  it('keeps a Russian heading that is not the title, and drops one that is', () => {
    const other = page(
      '<title>Новости мира</title>',
      `<h1>В Венесуэле освобождены политзаключённые</h1>${RUSSIAN_BODY.join('')}`,
      ' lang="ru"',
    );
    expect(firstBlockText(other)).toEqual({ kind: 'heading', text: 'В Венесуэле освобождены политзаключённые' });
    const same = page(
      '<title>В Венесуэле освобождены политзаключённые!</title>',
      `<h1>В Венесуэле освобождены политзаключённые</h1>${RUSSIAN_BODY.join('')}`,
      ' lang="ru"',
    );
    expect(firstBlockText(same).kind).toBe('paragraph');
    expect(readHtmlArticle(same).language).toBe('ru');
  });
});

const ENGLISH_BODY = [
  'Venezuelan authorities released at least 116 political prisoners on Monday, according to the government, while the rights group Foro Penal said it had verified only 56 releases by Monday evening.',
  'Families of the detained said they were still waiting outside prison gates for news of their relatives.',
]
  .map(paragraph)
  .join('');

describe('metadata declared without JSON-LD', () => {
  it('reads title, outlet, author, date, URL and language from Open Graph and article: tags only', () => {
    const draft = readHtmlArticle(
      page(
        [
          '<meta property="og:title" content="Venezuela frees dozens of prisoners">',
          '<meta property="og:site_name" content="The Harbour Times">',
          '<meta property="article:author" content="Ana Ruiz">',
          '<meta property="article:published_time" content="2026-01-13T18:42:00Z">',
          '<meta property="og:url" content="https://harbour.example/world/venezuela-prisoners">',
          '<meta property="og:locale" content="es_VE">',
        ].join(''),
        ENGLISH_BODY,
      ),
    );
    expect(draft.meta).toMatchObject({
      title: 'Venezuela frees dozens of prisoners',
      outlet: 'The Harbour Times',
      author: 'Ana Ruiz',
      publishedAt: '2026-01-13T18:42:00Z',
      url: 'https://harbour.example/world/venezuela-prisoners',
    });
    expect(draft.language).toBe('es-VE');
  });

  it('reads plain <meta> tags, the <title> and the canonical link when there is nothing else', () => {
    const draft = readHtmlArticle(
      page(
        [
          '<title>Venezuela frees dozens of prisoners | City Wire</title>',
          '<meta name="application-name" content="City Wire">',
          '<meta name="author" content="By Tom Okafor">',
          '<meta name="date" content="January 14, 2026">',
          '<link rel="canonical" href="https://citywire.example/a/123">',
        ].join(''),
        ENGLISH_BODY,
        ' lang="en-GB"',
      ),
    );
    expect(draft.meta).toMatchObject({
      title: 'Venezuela frees dozens of prisoners',
      outlet: 'City Wire',
      author: 'Tom Okafor',
      publishedAt: '2026-01-14',
      url: 'https://citywire.example/a/123',
    });
    expect(draft.language).toBe('en-GB');
  });

  it('takes the language from JSON-LD inLanguage when the page does not declare one', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Prisoners freed',
      inLanguage: 'pt-BR',
    };
    const draft = readHtmlArticle(
      page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`, ENGLISH_BODY),
    );
    expect(draft.language).toBe('pt-BR');
    expect(draft.meta.title).toBe('Prisoners freed');
  });
});
