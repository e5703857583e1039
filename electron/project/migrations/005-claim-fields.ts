/**
 * Schema version 5: what a fact-checking desk tracks on a claim besides the verdict — when it was
 * said (claim date), who on the desk owns it (assignee) and tags — and on each piece of evidence,
 * its title and the date the checker accessed it. Tags are a JSON array of strings.
 */
import type { Migration } from './migration';

export const claimFields: Migration = {
  version: 5,
  name: 'claim-fields',
  sql: `
    ALTER TABLE claims ADD COLUMN claim_date TEXT NOT NULL DEFAULT '';
    ALTER TABLE claims ADD COLUMN assignee TEXT NOT NULL DEFAULT '';
    ALTER TABLE claims ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE evidence ADD COLUMN title TEXT NOT NULL DEFAULT '';
    ALTER TABLE evidence ADD COLUMN accessed_at TEXT NOT NULL DEFAULT '';
  `,
};
