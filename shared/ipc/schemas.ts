/**
 * Runtime schemas of the records that cross the IPC boundary. The main process parses every
 * incoming payload with these; tests also check every result against them.
 */
import { z } from 'zod';
import { VERDICTS } from '../domain/verdict';

/** Bounds that keep a hostile renderer from making the main process allocate without limit. */
export const LIMITS = {
  shortText: 2_000,
  longText: 100_000,
  articleText: 5_000_000,
  /** Same as the importer's MAX_IMPORT_BYTES. */
  importBytes: 50 * 1024 * 1024,
} as const;

export const IdSchema = z.uuid();
export const VerdictSchema = z.enum(VERDICTS);
const ShortText = z.string().max(LIMITS.shortText);
const LongText = z.string().max(LIMITS.longText);
const Offset = z.number().int().nonnegative().max(LIMITS.articleText);
const Timestamp = z.string();

export const ArticleMetaSchema = z.object({
  title: ShortText,
  outlet: ShortText,
  author: ShortText,
  publishedAt: ShortText,
  url: ShortText,
});

export const DirectionSchema = z.enum(['ltr', 'rtl']);

export const ArticleMetaPatchSchema = ArticleMetaSchema.extend({ language: ShortText, direction: DirectionSchema })
  .partial()
  .strict();

export const ArticleSummarySchema = ArticleMetaSchema.extend({
  id: IdSchema,
  language: z.string(),
  direction: DirectionSchema,
  createdAt: Timestamp,
  createdBy: z.string(),
  spanCount: z.number().int().nonnegative(),
});

export const ArticleSchema = ArticleSummarySchema.extend({
  body: z.string(),
  plainText: z.string(),
});

export const NewArticleSchema = z
  .object({
    text: z.string().min(1).max(LIMITS.articleText),
    /** When absent, the first non-empty line of the text becomes the title. */
    title: ShortText.optional(),
    /** The file the text came from, for messages and duplicate detection. */
    sourceName: ShortText.optional(),
    /** Pasted HTML is read like a saved web page (main text extracted, sanitised). */
    format: z.enum(['text', 'html']).optional(),
  })
  .strict();

/** Base64 of a file's bytes: IPC payloads stay plain JSON, in the app and in the test harness. */
export const ImportFileSchema = z
  .object({
    name: ShortText.min(1),
    dataBase64: z.string().max(Math.ceil((LIMITS.importBytes * 4) / 3) + 4),
  })
  .strict();

export const ImportOutcomeSchema = z.object({
  article: ArticleSummarySchema,
  /** The project already held this exact text: nothing was added. */
  duplicate: z.boolean(),
  /** Set when the import replaced an article's text (same URL, or chosen by the user). */
  newVersion: z.object({ reanchored: z.number().int(), orphaned: z.number().int() }).optional(),
});

export const AnnotationImportSchema = z.object({
  restored: z.number().int(),
  alreadyPresent: z.number().int(),
  unplaced: z.array(z.object({ id: z.string(), reason: z.string() })),
});

/** A file the user picked in the import dialog: the renderer only ever sees its name and a token. */
export const PickedFileSchema = z.object({ token: z.uuid(), name: z.string() });

export const PickedImportResultSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('article'), outcome: ImportOutcomeSchema }),
  z.object({ kind: z.literal('annotations'), result: AnnotationImportSchema }),
]);

export const ExportRequestSchema = z
  .object({
    format: z.enum(['pdf', 'html', 'md', 'csv', 'claimreview', 'w3c']),
    articleIds: z.array(IdSchema).max(100_000).optional(),
    claimIds: z.array(IdSchema).max(100_000).optional(),
    verdicts: z.array(VerdictSchema).optional(),
    history: z.boolean().optional(),
    organization: ShortText.optional(),
  })
  .strict();

export const ExportResultSchema = z.object({
  files: z.array(z.string()),
  claims: z.number().int(),
  articles: z.number().int(),
});

/** The options the Export dialog starts from (the checker changes them in Settings). */
export const ExportDefaultsSchema = z
  .object({
    format: ExportRequestSchema.shape.format,
    /** Adds the change-history appendix to PDF and HTML reports. */
    history: z.boolean(),
    /** Which verdicts' claims a report includes. */
    verdicts: z.array(VerdictSchema).min(1).max(VERDICTS.length),
  })
  .strict();

export type ExportDefaults = z.output<typeof ExportDefaultsSchema>;

/** The user's preferences, stored in the user data folder (not in projects). */
export const UserSettingsSchema = z.object({
  /** Recorded as the author of every change; asked on first run. */
  checkerName: z.string().trim().min(1).max(200),
  /** How many automatic backups of each project to keep. */
  backupsToKeep: z.number().int().min(1).max(1000),
  /** True until the checker has confirmed their name once. */
  firstRun: z.boolean(),
  /** What the Export dialog starts with. */
  exportDefaults: ExportDefaultsSchema,
});

export type UserSettings = z.output<typeof UserSettingsSchema>;

export const UserSettingsPatchSchema = UserSettingsSchema.omit({ firstRun: true }).partial().strict();

/** The open project's view, remembered per project: which article is open, and which claim. */
export const ViewStateSchema = z
  .object({ selectedArticleId: IdSchema.nullable(), selectedClaimId: IdSchema.nullable() })
  .strict();

export type ViewState = z.output<typeof ViewStateSchema>;

/**
 * What changed in the view: the window saves the article or the claim as each changes, naming the
 * project it shows (a save that reaches the main process after it switched projects is dropped).
 */
export const ViewStatePatchSchema = ViewStateSchema.partial()
  .extend({ project: z.string().min(1).max(32_767) })
  .strict();

/** Which slice of a long list to read: the renderer loads the article and claim lists a page at a time. */
export const PageRequestSchema = z
  .object({ offset: z.number().int().min(0), limit: z.number().int().min(1).max(5000) })
  .strict();

/** A page of `item`s and the list's length in all. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ total: z.number().int().nonnegative(), items: z.array(item) });

export const ClaimSchema = z.object({
  id: IdSchema,
  text: LongText,
  claimant: ShortText,
  verdict: VerdictSchema,
  rationale: LongText,
  claimDate: z.string(),
  assignee: z.string(),
  tags: z.array(z.string()),
  createdAt: Timestamp,
  createdBy: z.string(),
  updatedAt: Timestamp,
  updatedBy: z.string(),
  spanCount: z.number().int().nonnegative(),
  evidenceCount: z.number().int().nonnegative(),
  articleIds: z.array(IdSchema),
});

export const ClaimPatchSchema = z
  .object({
    text: LongText.min(1),
    claimant: ShortText,
    verdict: VerdictSchema,
    rationale: LongText,
    claimDate: ShortText,
    assignee: ShortText,
    tags: z.array(ShortText.min(1).max(100)).max(100),
  })
  .partial()
  .strict();

export const SpanRangeSchema = z
  .object({ articleId: IdSchema, start: Offset, end: Offset })
  .strict()
  .refine((r) => r.end > r.start, { message: 'a highlight must cover at least one character' });

export const NewClaimFromSpanSchema = z
  .object({
    articleId: IdSchema,
    start: Offset,
    end: Offset,
    /** Defaults to the quoted text. */
    text: LongText.min(1).optional(),
    claimant: ShortText.optional(),
    verdict: VerdictSchema.optional(),
  })
  .strict()
  .refine((r) => r.end > r.start, { message: 'a highlight must cover at least one character' });

export const LinkSpanSchema = z
  .object({ articleId: IdSchema, claimId: IdSchema, start: Offset, end: Offset })
  .strict()
  .refine((r) => r.end > r.start, { message: 'a highlight must cover at least one character' });

export const SpanSchema = z.object({
  id: IdSchema,
  articleId: IdSchema,
  claimId: IdSchema,
  start: Offset,
  end: Offset,
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  createdAt: Timestamp,
  createdBy: z.string(),
  orphaned: z.boolean(),
});

export const AppearanceSchema = SpanSchema.extend({
  articleTitle: z.string(),
  outlet: z.string(),
  publishedAt: z.string(),
});

export const HighlightSchema = z.object({
  spanId: IdSchema,
  claimId: IdSchema,
  start: Offset,
  end: Offset,
  verdict: VerdictSchema,
});

export const EvidenceInputSchema = z
  .object({ url: ShortText, citation: ShortText, note: LongText, title: ShortText, accessedAt: ShortText })
  .partial()
  .strict();

export const EvidenceSchema = z.object({
  id: IdSchema,
  claimId: IdSchema,
  url: z.string(),
  citation: z.string(),
  note: z.string(),
  title: z.string(),
  accessedAt: z.string(),
  createdAt: Timestamp,
  createdBy: z.string(),
});

export const HistoryEntrySchema = z.object({
  id: z.number().int(),
  at: Timestamp,
  actor: z.string(),
  claimId: IdSchema,
  entity: z.enum(['claim', 'span', 'evidence']),
  entityId: IdSchema,
  action: z.enum(['create', 'update', 'delete', 'restore']),
  field: z.string(),
  oldValue: z.string(),
  newValue: z.string(),
});

export const ClaimDetailSchema = z.object({
  claim: ClaimSchema,
  appearances: z.array(AppearanceSchema),
  evidence: z.array(EvidenceSchema),
  history: z.array(HistoryEntrySchema),
});

export const ProjectInfoSchema = z.object({
  path: z.string(),
  title: z.string(),
  readOnly: z.boolean(),
  actor: z.string(),
  /** Why the project is read-only when the user did not ask for that (another checker has it open). */
  readOnlyReason: z.string().optional(),
});

/** A range of UTF-16 offsets, [start, end). */
export const TextRangeSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

export const SearchRequestSchema = z
  .object({
    /** What the user typed: plain words, "a phrase in quotes"; every other character is literal. */
    query: ShortText,
    /** Most hits (default 20). */
    limit: z.number().int().min(1).max(100).optional(),
  })
  .strict();

export const SearchHitSchema = z.object({
  kind: z.enum(['article', 'claim', 'evidence']),
  /** The article's, claim's or evidence's id. */
  id: IdSchema,
  /** Article hits: the article. */
  articleId: IdSchema.nullable(),
  /** Claim hits: the claim; evidence hits: the claim the evidence belongs to. */
  claimId: IdSchema.nullable(),
  /** Article title, claim text, or evidence citation (else URL). */
  title: z.string(),
  /** The field the snippet is from. */
  field: z.enum(['title', 'text', 'rationale', 'claimant', 'citation', 'note', 'url']),
  /** Plain text (never HTML) with the matched words as ranges into `text`. */
  snippet: z.object({ text: z.string(), matches: z.array(TextRangeSchema) }),
  /** Article hits matched in the text: the match to scroll to, as offsets into the article's plain text. */
  match: TextRangeSchema.nullable(),
  /** Higher is more relevant; only comparable within one result. */
  score: z.number(),
});

export const SearchResultSchema = z.object({
  /** How the query was read: one entry per term or quoted phrase. */
  terms: z.array(z.string()),
  /** 'scan': a substring search, used for scripts written without spaces (Chinese, Japanese, Thai…). */
  mode: z.enum(['index', 'scan']),
  hits: z.array(SearchHitSchema),
});

export const ClaimSuggestionSchema = z.object({
  claimId: IdSchema,
  /** 0-1. */
  score: z.number().min(0).max(1),
  /** "similar wording", "shares figure 116", "shares name Delcy Rodríguez", "same claimant: Foro Penal", … */
  reasons: z.array(z.string()),
});

const FigureKindSchema = z.enum(['count', 'percent', 'money']);

export const FigureInAppearanceSchema = z.object({
  kind: FigureKindSchema,
  /** As written: "at least four". */
  text: z.string(),
  /** Normalised: "at least 4", "60–70", "more than 400". */
  label: z.string(),
  low: z.number(),
  high: z.number(),
  /** "dozens", "hundreds": shown, never compared. */
  vague: z.boolean(),
  /** In the highlighted quote, or in the rest of its sentence (when the quote has no figure). */
  where: z.enum(['quote', 'context']),
  /** Offsets relative to the start of the quote (`exact`); outside [0, exact.length] when in the context. */
  start: z.number().int(),
  end: z.number().int(),
  /** Another appearance states a different amount of this kind and none equal to this one. */
  differs: z.boolean(),
});

export const ClaimFiguresSchema = z.object({
  claimId: IdSchema,
  appearances: z.array(
    z.object({
      spanId: IdSchema,
      articleId: IdSchema,
      articleTitle: z.string(),
      exact: z.string(),
      /** Who the article says made the statement ("" when it does not say). */
      attributedTo: z.string(),
      figures: z.array(FigureInAppearanceSchema),
    }),
  ),
  /** One per kind of figure whose amounts differ: labels in appearance order, and "116 ≠ 56". */
  differences: z.array(z.object({ kind: FigureKindSchema, labels: z.array(z.string()), text: z.string() })),
  /** All differences in one line; empty when the appearances agree. */
  summary: z.string(),
});
