/**
 * The one IPC contract between the renderer and the main process: every method's name, the schema
 * of its arguments and the schema of its result. The preload, the main-process door and the test
 * harness are all generated from this table, so a method exists everywhere or nowhere.
 */
import { z } from 'zod';
import * as S from './schemas';
import * as Sync from '../sync/syncIpcSchemas';

function method<A extends z.ZodTuple, R extends z.ZodType>(args: A, result: R) {
  return { args, result };
}

const none = z.tuple([]);

export const contract = {
  getProject: method(none, S.ProjectInfoSchema),
  /** Renames the project (the title on the report cover and running header); returns the project info. */
  setProjectTitle: method(z.tuple([z.string().max(2_000)]), S.ProjectInfoSchema),

  /** A page of the article list, in the order they were added, with the number of articles in all. */
  listArticles: method(z.tuple([S.PageRequestSchema]), S.pageOf(S.ArticleSummarySchema)),
  getArticle: method(z.tuple([S.IdSchema]), S.ArticleSchema),
  addArticle: method(z.tuple([S.NewArticleSchema]), S.ImportOutcomeSchema),
  /** One file of a batch import (the renderer loops, showing progress and offering cancel). */
  importFile: method(z.tuple([S.ImportFileSchema]), S.ImportOutcomeSchema),
  /** A new version of an existing article: its highlights are re-found in the new text. */
  importNewVersion: method(z.tuple([S.IdSchema, S.ImportFileSchema]), S.ImportOutcomeSchema),
  /** File → Import: a native picker; returns tokens for the chosen files, in order. */
  pickImportFiles: method(none, z.array(S.PickedFileSchema)),
  /** Imports one picked file: an article (optionally as a new version of one), or W3C annotations. */
  importPickedFile: method(
    z.tuple([S.PickedFileSchema.shape.token, z.object({ replaceArticleId: S.IdSchema.optional() }).strict()]),
    S.PickedImportResultSchema,
  ),
  /** A dropped W3C Web Annotation file: restores its highlights. */
  importAnnotations: method(z.tuple([S.ImportFileSchema]), S.AnnotationImportSchema),
  /** File → Export: asks where to save, writes the report (with progress events), shows it in the file manager; null if cancelled. */
  exportReport: method(z.tuple([S.ExportRequestSchema]), S.ExportResultSchema.nullable()),
  updateArticleMeta: method(z.tuple([S.IdSchema, S.ArticleMetaPatchSchema]), S.ArticleSummarySchema),
  listHighlights: method(z.tuple([S.IdSchema]), z.array(S.HighlightSchema)),

  /** A page of the claim list, oldest first, with the number of claims in all. */
  listClaims: method(z.tuple([S.PageRequestSchema]), S.pageOf(S.ClaimSchema)),
  getClaimDetail: method(z.tuple([S.IdSchema]), S.ClaimDetailSchema),
  createClaimFromSpan: method(
    z.tuple([S.NewClaimFromSpanSchema]),
    z.object({ claim: S.ClaimSchema, span: S.SpanSchema }),
  ),
  linkSpan: method(z.tuple([S.LinkSpanSchema]), S.SpanSchema),
  updateClaim: method(z.tuple([S.IdSchema, S.ClaimPatchSchema]), S.ClaimSchema),
  deleteClaim: method(z.tuple([S.IdSchema]), z.null()),
  restoreClaim: method(z.tuple([S.IdSchema]), S.ClaimSchema),
  deleteSpan: method(z.tuple([S.IdSchema]), z.null()),
  restoreSpan: method(z.tuple([S.IdSchema]), S.SpanSchema),

  addEvidence: method(z.tuple([S.IdSchema, S.EvidenceInputSchema]), S.EvidenceSchema),
  updateEvidence: method(z.tuple([S.IdSchema, S.EvidenceInputSchema]), S.EvidenceSchema),
  deleteEvidence: method(z.tuple([S.IdSchema]), z.null()),

  /** Full-text search over articles, claims and evidence, best first; snippets are plain text with match ranges. */
  search: method(z.tuple([S.SearchRequestSchema]), S.SearchResultSchema),
  /** The existing claims a selected passage most likely restates (at most 5, best first), with reasons. */
  suggestClaims: method(z.tuple([S.SpanRangeSchema]), z.array(S.ClaimSuggestionSchema)),
  /** The figures each appearance of a claim states, flagged where they differ ("116 ≠ 56"). */
  claimFigures: method(z.tuple([S.IdSchema]), S.ClaimFiguresSchema),

  /** Open conflicts between colleagues' concurrent changes (same list on every copy). */
  listConflicts: method(none, z.array(Sync.ClaimConflictSchema)),
  /** Settles a conflict with a value (one shown or a new one); returns the conflicts still open. */
  resolveConflict: method(z.tuple([Sync.ResolveConflictSchema]), z.array(Sync.ClaimConflictSchema)),
  /** File → Merge a colleague's copy: a native Open dialog, then the merge (with progress events); null if cancelled. */
  mergeFile: method(none, Sync.MergeReportSchema.nullable()),
  /** Links the project to a shared folder chosen in a native dialog and syncs once; null if cancelled. */
  linkSyncFolder: method(none, Sync.SyncReportSchema.nullable()),
  unlinkSyncFolder: method(none, Sync.SyncStatusSchema),
  /** One sync round with the linked shared folder. */
  syncNow: method(none, Sync.SyncReportSchema),
  /** The folder link, what is not yet shared, and a warning when the project file is on a network or synced path. */
  syncStatus: method(none, Sync.SyncStatusSchema),
  /** Saves a local copy (native Save dialog) linked to the current file's folder and switches to it; null if cancelled. */
  makeLocalCopy: method(none, z.string().nullable()),

  /** The checker's preferences (name on every change, backups kept). */
  getSettings: method(none, S.UserSettingsSchema),
  updateSettings: method(z.tuple([S.UserSettingsPatchSchema]), S.UserSettingsSchema),
  /** How the open project's window was left (the article and claim open), kept per project in the user data folder. */
  getViewState: method(none, S.ViewStateSchema),
  saveViewState: method(z.tuple([S.ViewStatePatchSchema]), z.null()),

  /** Recently opened project files, newest first (for the welcome screen). */
  recentProjects: method(none, z.array(z.string())),
  /**
   * File commands the main process owns (most need a native dialog). openHereAnyway reopens a
   * project opened read-only for being in a synced or network folder for writing, where it is.
   */
  fileCommand: method(z.tuple([z.enum(['new', 'open', 'saveAs', 'close', 'openSample', 'openHereAnyway'])]), z.null()),
  openRecent: method(z.tuple([z.string().max(4096)]), z.null()),
  /** Stops a running export or merge (it answers null, leaving no output / the project as it was); false if none ran. */
  cancelTask: method(z.tuple([z.enum(['export', 'merge'])]), z.boolean()),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export type MethodArgs<M extends MethodName> = z.input<Contract[M]['args']>;
export type MethodResult<M extends MethodName> = z.output<Contract[M]['result']>;

/** What the renderer calls: every method async, typed by the contract. */
export type ClaimdeskApi = {
  [M in MethodName]: (...args: MethodArgs<M>) => Promise<MethodResult<M>>;
};

/** What the main process implements: the same methods, sync or async, on parsed arguments. */
export type ClaimdeskHandlers = {
  [M in MethodName]: (...args: z.output<Contract[M]['args']>) => MethodResult<M> | Promise<MethodResult<M>>;
};

export const CHANNEL_PREFIX = 'claimdesk:';
export const channelOf = (m: MethodName): string => CHANNEL_PREFIX + m;

/** Events the main process pushes to the renderer. */
export type AppEvent =
  | { type: 'project-changed' }
  | { type: 'menu'; command: MenuCommand }
  /** A step of a long task: `done` of `total` steps are finished and `step` is running. */
  | { type: 'progress'; task: LongTask; step: string; done: number; total: number };

/** Long work that reports progress and can be cancelled (cancelTask). */
export type LongTask = 'export' | 'merge';

export const MENU_COMMANDS = [
  'add-article',
  'find-claim',
  'undo',
  /** The renderer's redo (its own undo stack); the Edit menu still uses the native role until it sends this. */
  'redo',
  'delete-selection',
  'show-shortcuts',
  'import-files',
  'export',
  'merge-file',
  'sync-folder',
  'show-conflicts',
  'settings',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export const EVENT_CHANNEL = 'claimdesk:event';
