/**
 * What every format reader produces: the article's metadata and rich-text blocks, before storing.
 */
import type { ArticleMeta } from '../../shared/domain/types';
import type { Block, TextDirection } from '../../shared/text/richTextDoc';

export interface ArticleDraft {
  meta: ArticleMeta;
  blocks: Block[];
  language: string;
  /** Undefined lets the importer detect it from the text. */
  direction?: TextDirection;
}

export const emptyMeta = (): ArticleMeta => ({ title: '', outlet: '', author: '', publishedAt: '', url: '' });
