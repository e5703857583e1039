/**
 * Schema version 6: indexes in the order the article and claim lists are shown (oldest first,
 * live rows only). The lists are read a page at a time; without these, cutting the first page of
 * a 2,000-article project reads every article's body from disk just to sort by creation time.
 */
import type { Migration } from './migration';

export const listOrder: Migration = {
  version: 6,
  name: 'list-order',
  sql: `
    CREATE INDEX articles_list_order ON articles (created_at) WHERE deleted_at IS NULL;
    CREATE INDEX claims_list_order ON claims (created_at) WHERE deleted_at IS NULL;
  `,
};
