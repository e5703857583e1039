/**
 * The article body in a read-only Lexical editor: rich text (headings, quotes, lists, links) with
 * the claim highlights applied, text still selectable. Plugins add the behaviour around it.
 */
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import type { Article, Highlight } from '../../shared/domain/types';
import { ARTICLE_NODES, ARTICLE_THEME } from './editorNodes';
import { ArticleContentPlugin } from './plugins/ArticleContentPlugin';
import { HighlightStatePlugin } from './plugins/HighlightStatePlugin';
import { FlashSpanPlugin } from './plugins/FlashSpanPlugin';
import { HighlightClickPlugin } from './plugins/HighlightClickPlugin';
import { KeyboardSelectionPlugin } from './plugins/KeyboardSelectionPlugin';
import { SelectionPlugin } from './plugins/SelectionPlugin';

const initialConfig: InitialConfigType = {
  namespace: 'claimdesk-article',
  nodes: ARTICLE_NODES,
  theme: ARTICLE_THEME,
  editable: false,
  editorState: null,
  onError: (error) => {
    throw error;
  },
};

/** Past this many characters the article is drawn lazily (content-visibility; styles/article.css). */
const LONG_ARTICLE_CHARS = 50_000;

interface Props {
  article: Article;
  highlights: readonly Highlight[];
  canEdit: boolean;
}

export function ArticleEditor({ article, highlights, canEdit }: Props) {
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <RichTextPlugin
        contentEditable={
          <ContentEditable
            className={article.plainText.length > LONG_ARTICLE_CHARS ? 'article-text is-long' : 'article-text'}
            role="document"
            ariaLabel="Article text"
            spellCheck={false}
          />
        }
        ErrorBoundary={LexicalErrorBoundary}
      />
      <ArticleContentPlugin body={article.body} highlights={highlights} />
      <HighlightStatePlugin />
      <FlashSpanPlugin />
      <HighlightClickPlugin />
      {canEdit && <SelectionPlugin articleId={article.id} plainText={article.plainText} />}
      <KeyboardSelectionPlugin />
    </LexicalComposer>
  );
}
