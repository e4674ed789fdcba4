import { z } from 'zod';
import {
  Alias,
  DatasetDoc,
  Entity,
  Indicator,
  DatasetMetaPatch,
  GroupKey,
  HistoryChange,
  HistoryEntry,
  Id,
  Observation,
  ObservationFields,
  ObservationPatch,
  Resolution,
  Source,
  SourceMeta,
  SourceMetaPatch,
  DeprecationReason,
} from '../model';
import { LanguageSetting } from '../i18n/language';
import { ThemeSetting } from '../i18n/theme';
import type { Method } from './methods';
import type { Result } from './result';

const Empty = z.object({}).strict();

const RecentDataset = z.object({ path: z.string(), name: z.string(), openedAt: z.string() });
export const Settings = z.object({
  reviewerName: z.string().nullable(),
  recent: z.array(RecentDataset),
  // Defaults so a settings.json written before these existed still reads.
  language: LanguageSetting.default('system'),
  theme: ThemeSetting.default('system'),
});
export type Settings = z.infer<typeof Settings>;

export const UndoState = z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  undoLabel: z.string().nullable(),
  redoLabel: z.string().nullable(),
});
export type UndoState = z.infer<typeof UndoState>;

/**
 * What every change returns once it is durable on disk: the records before and after, which the renderer applies
 * to its copy generically, and the undo state.
 */
export const Mutation = z.object({ seq: z.number().int(), changes: z.array(HistoryChange), undo: UndoState });
export type Mutation = z.infer<typeof Mutation>;

export const DatasetSnapshot = z.object({
  path: z.string(),
  doc: DatasetDoc,
  undo: UndoState,
  /** Per source id: whether each cited quote still sits at its offsets (anchored) or could not be found (orphaned). */
  orphanedObservationIds: z.array(Id),
  /** Problems found on opening (a damaged log, unreadable source texts, why it is read-only), in words for the user. */
  warnings: z.array(z.string()),
  /** Opened for viewing, checking and exporting only: edits are refused (READ_ONLY) and nothing in the folder is written. */
  readOnly: z.boolean(),
  /** The last history seq the document holds: the client's base for its next change (added by dispatch). */
  seq: z.number().int().nonnegative().optional(),
});
export type DatasetSnapshot = z.infer<typeof DatasetSnapshot>;

/** One group's decision: the accepted observation (or a typed value and unit) and the figures to deprecate. */
const ResolveGroup = z.object({
  group: GroupKey,
  observationId: Id.nullable(),
  value: z.number().finite().optional(),
  unit: z.string().optional(),
  deprecate: z.array(z.object({ id: Id, reason: DeprecationReason, note: z.string().default('') })).default([]),
});

const DatasetListing = z.object({
  path: z.string(),
  name: z.string(),
  observations: z.number().int(),
  sources: z.number().int(),
  updatedAt: z.string(),
});

/** A file as bytes, so the same call works from a browser (File) and from Electron (read by path in main). */
export const FilePayload = z.object({ fileName: z.string().min(1), dataBase64: z.string() });

/** What an imported article file yields before the user confirms it. */
export const SourceDraft = SourceMeta.extend({ text: z.string(), warnings: z.array(z.string()) });
export type SourceDraft = z.infer<typeof SourceDraft>;

export const ValidationProblem = z.object({
  severity: z.enum(['blocking', 'warning']),
  kind: z.string(), // unresolved-group, stale-resolution, orphaned-citation, invalid-record, stated-mismatch, unit-misfit, not-grouped, unverified-single, source-missing-url, source-missing-date
  message: z.string(),
  /** Where to go to fix it. */
  location: z.object({
    observationId: Id.optional(),
    sourceId: Id.optional(),
    group: GroupKey.optional(),
    field: z.string().optional(),
  }),
});
export type ValidationProblem = z.infer<typeof ValidationProblem>;
export const ValidationReport = z.object({
  publishable: z.boolean(),
  blocking: z.number().int(),
  warnings: z.number().int(),
  problems: z.array(ValidationProblem),
});
export type ValidationReport = z.infer<typeof ValidationReport>;

export const ExportFormat = z.enum(['csv', 'json', 'xlsx', 'datapackage']);
export type ExportFormat = z.infer<typeof ExportFormat>;
export const ExportTable = z.enum(['full', 'validated']);

/** What an export job leaves: the files written (one, or a Data Package's folder of files) and their total size. */
export const ExportJobResult = z.object({ files: z.array(z.string()), bytes: z.number().int().nonnegative() });
export type ExportJobResult = z.infer<typeof ExportJobResult>;
/** What an import job leaves: the mutation to apply (one undo step) and what it counted. */
export const ImportJobResult = Mutation.extend({
  imported: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  sourcesCreated: z.number().int().nonnegative(),
});
export type ImportJobResult = z.infer<typeof ImportJobResult>;

const JobFields = {
  id: z.string(),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  progress: z.number().min(0).max(1),
  message: z.string(),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
};
/** A background job's state; `result` is there once it is done, typed by the job's kind. */
export const JobState = z.discriminatedUnion('kind', [
  z.object({ ...JobFields, kind: z.literal('export'), result: ExportJobResult.optional() }),
  z.object({ ...JobFields, kind: z.literal('interchange-import'), result: ImportJobResult.optional() }),
]);
export type JobState = z.infer<typeof JobState>;
export type JobKind = JobState['kind'];
/** The state of a job of one kind. */
export type JobStateOf<K extends JobKind> = Extract<JobState, { kind: K }>;
export type JobResult<K extends JobKind> = NonNullable<JobStateOf<K>['result']>;

const InterchangeRowError = z.object({ row: z.number().int(), column: z.string(), message: z.string() });
export const InterchangePreview = z.object({
  previewId: z.string(),
  format: z.enum(['csv', 'json']),
  total: z.number().int(),
  valid: z.number().int(),
  errors: z.array(InterchangeRowError),
  /** The first rows as they will be imported. */
  sample: z.array(Observation),
});
export type InterchangePreview = z.infer<typeof InterchangePreview>;

/** The catalogue's interchange shape (issue 9): `tally catalogue export|import` and the Catalogue panel. */
export const CatalogueFile = z
  .object({
    entities: z
      .array(z.object({ name: z.string().trim().min(1).max(200), kind: z.string().max(100).default(''), aliases: z.array(z.string().max(200)).default([]) }).strict())
      .default([]),
    indicators: z
      .array(
        z
          .object({
            name: z.string().trim().min(1).max(200),
            unit: z.string().max(50).default(''),
            definition: z.string().max(2000).default(''),
            aliases: z.array(z.string().max(200)).default([]),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();
export type CatalogueFile = z.infer<typeof CatalogueFile>;
export const CatalogueCollection = z.enum(['entities', 'indicators']);

/** A suggestion skipped in the reader, remembered across restarts (by its place in the source's text). */
export const ReaderSkip = z.object({ sourceId: Id, start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output };
}

/** The whole API: one zod input and output per method. Types for every transport come from here. */
export const CONTRACT = {
  'app-info': method(
    Empty,
    z.object({
      version: z.string(),
      mode: z.enum(['electron', 'web']),
      datasetsDir: z.string(),
      sampleAvailable: z.boolean(),
      settings: Settings,
      openPath: z.string().nullable(),
      /** The operating system's locale (Electron: app.getLocale()); null in browser mode, where the page asks navigator.language. */
      systemLocale: z.string().nullable(),
    }),
  ),
  'settings-update': method(
    z
      .object({ reviewerName: z.string().trim().min(1).max(100).optional(), language: LanguageSetting.optional(), theme: ThemeSetting.optional() })
      .strict(),
    Settings,
  ),
  'datasets-list': method(Empty, z.array(DatasetListing)),
  'datasets-create': method(
    z.object({ name: z.string().trim().min(1).max(200), path: z.string().optional() }).strict(),
    DatasetSnapshot,
  ),
  'datasets-open': method(z.object({ path: z.string().min(1) }).strict(), DatasetSnapshot),
  /** Copies the bundled sample into the datasets folder (first start) and opens the copy. */
  'datasets-open-sample': method(Empty, DatasetSnapshot),
  /**
   * Rebuilds a truncated, empty or corrupt dataset.json from its backup generation and history.jsonl (or from the log
   * alone), keeping the damaged file aside, then opens the dataset. Offered when an open fails with `recoverable`.
   */
  'datasets-recover': method(z.object({ path: z.string().min(1) }).strict(), DatasetSnapshot),
  'datasets-close': method(Empty, z.object({ closed: z.boolean() })),
  'dataset-snapshot': method(Empty, DatasetSnapshot),
  'dataset-update-meta': method(
    DatasetMetaPatch.strict(),
    Mutation,
  ),
  'observations-create': method(
    z.object({ fields: ObservationFields.partial() }).strict(),
    Mutation.extend({ observation: Observation }),
  ),
  'observations-update': method(z.object({ id: Id, patch: ObservationPatch }).strict(), Mutation),
  'observations-delete': method(z.object({ ids: z.array(Id).min(1) }).strict(), Mutation),
  'sources-parse-file': method(FilePayload, SourceDraft),
  'sources-create': method(z.object({ meta: SourceMeta, text: z.string().min(1, 'the source text is empty') }).strict(), Mutation.extend({ source: Source })),
  'sources-update': method(z.object({ id: Id, patch: SourceMetaPatch.strict() }).strict(), Mutation),
  /** A corrected text as a new version: the old stays on disk, quotes are re-anchored, lost ones become orphaned. */
  'sources-add-version': method(z.object({ id: Id, text: z.string().min(1) }).strict(), Mutation.extend({ orphaned: z.array(Id) })),
  'sources-delete': method(z.object({ id: Id, force: z.boolean().default(false) }).strict(), Mutation),
  'sources-text': method(z.object({ id: Id }).strict(), z.object({ id: Id, text: z.string(), hash: z.string() })),
  'resolutions-create': method(ResolveGroup.extend({ rationale: z.string().default('') }).strict(), Mutation.extend({ resolution: Resolution })),
  /** Several groups decided at once with one rationale: one resolution record each, one undo step. */
  'resolutions-create-many': method(
    z.object({ items: z.array(ResolveGroup.strict()).min(1).max(10_000), rationale: z.string().default('') }).strict(),
    Mutation.extend({ resolutions: z.array(Resolution) }),
  ),
  'resolutions-delete': method(z.object({ id: Id }).strict(), Mutation),
  'history-list': method(
    z.object({ limit: z.number().int().positive().max(5000).default(500) }).strict(),
    z.object({ entries: z.array(HistoryEntry), undo: UndoState }),
  ),
  'history-undo': method(Empty, Mutation),
  'history-redo': method(Empty, Mutation),
  'validation-report': method(Empty, ValidationReport),
  'export-start': method(
    z
      .object({
        format: ExportFormat,
        table: ExportTable,
        draft: z.boolean().default(false),
        /** File (csv, json, xlsx) or folder (datapackage); default: exports/ beside the dataset. Relative: to the datasets folder. */
        outPath: z.string().optional(),
        /** Replace an existing target (the UI asks first); without it FILE_EXISTS. */
        overwrite: z.boolean().default(false),
      })
      .strict(),
    z.object({ jobId: z.string() }),
  ),
  'interchange-preview': method(FilePayload, InterchangePreview),
  'interchange-import': method(z.object({ previewId: z.string(), onlyValid: z.boolean().default(false) }).strict(), z.object({ jobId: z.string() })),
  'jobs-status': method(z.object({ jobId: z.string() }).strict(), JobState),
  'jobs-cancel': method(z.object({ jobId: z.string() }).strict(), JobState),
  /** Creates (no id) or updates an entity; a rename renames it on every observation in the same undo step. */
  'catalogue-save-entity': method(
    z.object({ id: Id.optional(), name: z.string().trim().min(1).max(200), kind: z.string().max(100).default(''), aliases: z.array(Alias).default([]) }).strict(),
    Mutation.extend({ entity: Entity }),
  ),
  /** Creates (no id) or updates an indicator; a rename renames it on every observation in the same undo step. */
  'catalogue-save-indicator': method(
    z
      .object({
        id: Id.optional(),
        name: z.string().trim().min(1).max(200),
        unit: z.string().max(50).default(''),
        definition: z.string().max(2000).default(''),
        aliases: z.array(Alias).default([]),
      })
      .strict(),
    Mutation.extend({ indicator: Indicator }),
  ),
  'catalogue-delete': method(z.object({ collection: CatalogueCollection, id: Id }).strict(), Mutation),
  /** Merges `fromId` into `intoId`: names and aliases join, observations move over, one undo step. */
  'catalogue-merge': method(z.object({ collection: CatalogueCollection, fromId: Id, intoId: Id }).strict(), Mutation),
  /** Learning: remembers a clause's key phrase as an alias (offered to the curator, never silent). */
  'catalogue-add-alias': method(z.object({ collection: CatalogueCollection, id: Id, alias: Alias }).strict(), Mutation),
  'catalogue-export': method(Empty, CatalogueFile),
  /** Adds or updates by name; a wrong shape, duplicate names or an alias claimed twice changes nothing. */
  'catalogue-import': method(FilePayload, Mutation.extend({ added: z.number().int(), updated: z.number().int() })),
  'reader-skips': method(z.object({ sourceId: Id }).strict(), z.array(ReaderSkip)),
  'reader-skip': method(ReaderSkip.extend({ skipped: z.boolean() }).strict(), z.array(ReaderSkip)),
} as const satisfies Record<Method, { input: z.ZodType; output: z.ZodType }>;

// Both directions: every method has a schema and every schema has a name in METHODS.
type _Exact = keyof typeof CONTRACT extends Method ? (Method extends keyof typeof CONTRACT ? true : never) : never;
export const CONTRACT_MATCHES_METHODS: _Exact = true;

export type Input<M extends Method> = z.input<(typeof CONTRACT)[M]['input']>;
export type ParsedInput<M extends Method> = z.output<(typeof CONTRACT)[M]['input']>;
export type Output<M extends Method> = z.output<(typeof CONTRACT)[M]['output']>;

/** What the renderer calls: the preload, the browser-mode client and test doubles all implement this one type. */
export type TallyApi = { [M in Method]: (input: Input<M>) => Promise<Result<Output<M>>> };

/** What the backend implements: transport-free handlers over parsed input. */
export type Handlers = { [M in Method]: (input: ParsedInput<M>) => Promise<Output<M>> };
