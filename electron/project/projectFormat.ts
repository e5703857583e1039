/**
 * The facts that make a SQLite file a Claimdesk project: its application id, the schema version
 * this build writes, and the file extension. Checked before anything else touches a file.
 */

/** PRAGMA application_id of every Claimdesk project: the ASCII bytes "ClMD". */
export const APPLICATION_ID = 0x436c4d44;

export const PROJECT_EXTENSION = '.claimdesk';

/** The 16-byte header every SQLite 3 database file starts with. */
export const SQLITE_HEADER = 'SQLite format 3\u0000';

/** The app version that first wrote each schema version: named in "needs a newer Claimdesk" errors. */
export const APP_VERSION_FOR_SCHEMA: Record<number, string> = {
  1: '0.1.0',
  2: '0.1.0',
  3: '0.1.0',
  4: '0.1.0',
  5: '0.1.0',
  6: '0.1.0',
};
