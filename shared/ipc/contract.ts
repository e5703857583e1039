/**
 * The one IPC contract between the renderer and the main process: every method's name, the schema
 * of its arguments and the schema of its result. The preload, the main-process door and the test
 * harness are all generated from this table, so a method exists everywhere or nowhere.
 */
import { z } from 'zod';
import * as S from './schemas';

function method<A extends z.ZodTuple, R extends z.ZodType>(args: A, result: R) {
  return { args, result };
}

const none = z.tuple([]);

export const contract = {
  getProject: method(none, S.ProjectInfoSchema),

  listArticles: method(none, z.array(S.ArticleSummarySchema)),
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
  /** File → Export: asks where to save, writes the report, shows it in the file manager; null if cancelled. */
  exportReport: method(z.tuple([S.ExportRequestSchema]), S.ExportResultSchema.nullable()),
  updateArticleMeta: method(z.tuple([S.IdSchema, S.ArticleMetaPatchSchema]), S.ArticleSummarySchema),
  listHighlights: method(z.tuple([S.IdSchema]), z.array(S.HighlightSchema)),

  listClaims: method(none, z.array(S.ClaimSchema)),
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

  /** Recently opened project files, newest first (for the welcome screen). */
  recentProjects: method(none, z.array(z.string())),
  /** File commands that need a native dialog; the main process owns them. */
  fileCommand: method(z.tuple([z.enum(['new', 'open', 'saveAs', 'close', 'openSample'])]), z.null()),
  openRecent: method(z.tuple([z.string().max(4096)]), z.null()),
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
  [M in MethodName]: (
    ...args: z.output<Contract[M]['args']>
  ) => MethodResult<M> | Promise<MethodResult<M>>;
};

export const CHANNEL_PREFIX = 'claimdesk:';
export const channelOf = (m: MethodName): string => CHANNEL_PREFIX + m;

/** Events the main process pushes to the renderer. */
export type AppEvent =
  | { type: 'project-changed' }
  | { type: 'menu'; command: MenuCommand };

export const MENU_COMMANDS = [
  'add-article',
  'find-claim',
  'undo',
  'delete-selection',
  'show-shortcuts',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export const EVENT_CHANNEL = 'claimdesk:event';
