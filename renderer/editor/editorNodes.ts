/**
 * The node classes and theme of the article view's Lexical editor, in one place so the React
 * composer and the headless unit tests build identical editors.
 */
import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { EditorThemeClasses, Klass, LexicalNode } from 'lexical';
import { ClaimMarkNode } from './ClaimMarkNode';

export const ARTICLE_NODES: readonly Klass<LexicalNode>[] = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  ClaimMarkNode,
];

/** Class names for the article's typography (styles/article.css). */
export const ARTICLE_THEME: EditorThemeClasses = {
  paragraph: 'a-p',
  quote: 'a-quote',
  heading: { h1: 'a-h1', h2: 'a-h2', h3: 'a-h3' },
  list: { ul: 'a-ul', ol: 'a-ol', listitem: 'a-li' },
  link: 'a-link',
  text: { bold: 'a-bold', italic: 'a-italic', underline: 'a-underline' },
  mark: 'claim-mark',
  markOverlap: 'claim-mark--overlap',
};
