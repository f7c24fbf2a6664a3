import { z } from 'zod';
import { method, type CallInput, type ContractShape, type Output, type ParsedInput } from './contract';
import type { CsvImportPreview } from './csv/types';
import { auditQuerySchema, type AuditPage } from './domain/audit';
import type { BackupInfo, FileDownload } from './domain/backups';
import { settingsInputSchema, type Settings } from './domain/settings';
import {
  VOLUNTEER_STATUSES,
  WORKFORCE_TYPES,
  volunteerInputSchema,
  type Volunteer,
  type VolunteerStatus,
  type WorkforceType,
} from './domain/volunteers';
import { optionalText, requiredIsoDate } from './fields';

/**
 * The whole API, declared once. IPC (electron/ipc.ts), the preload bridge, the browser
 * harness and the renderer client are all built from this object: adding a method here
 * makes the compiler point at the handler that is missing.
 */

const id = z.string().min(1, 'Missing record id').max(100);
const noInput = z.object({}).default({});

/** A file chosen by the user, read in the renderer and sent as base64. */
export const uploadedFileSchema = z.object({
  name: z.string().max(500),
  // ~50 MB of base64: a very large spreadsheet or backup, but not unbounded.
  base64: z.string().max(70_000_000, 'The file is too big (over 50 MB)'),
});
export type UploadedFile = z.infer<typeof uploadedFileSchema>;

// ----- system ---------------------------------------------------------------------------

export interface StoreProblem {
  /** The data file that could not be read ("volunteers.json"). */
  file: string;
  /** Where the damaged file was moved so it is never overwritten. */
  movedTo: string;
  /** Plain-English reason. */
  reason: string;
}

export type AppPhase = 'welcome' | 'ready' | 'needs-recovery';

export interface AppStatus {
  phase: AppPhase;
  appVersion: string;
  dataDir: string;
  settings: Settings;
  problems: StoreProblem[];
  /** Newest backup, offered on the recovery screen. */
  latestBackup: BackupInfo | null;
  counts: Record<string, number>;
}

// ----- volunteers -----------------------------------------------------------------------

export const VOLUNTEER_SORTS = ['name', 'startDate', 'status'] as const;
export type VolunteerSort = (typeof VOLUNTEER_SORTS)[number];

/** "current" = everyone who has not left: the list a coordinator usually wants. */
export const volunteerFilterSchema = z.object({
  query: z.string().max(200).default(''),
  status: z.union([z.enum(VOLUNTEER_STATUSES), z.literal('current'), z.literal('all')]).default('all'),
  role: z.string().max(100).default(''),
  workforceType: z.union([z.enum(WORKFORCE_TYPES), z.literal('')]).default(''),
});
export type VolunteerFilter = z.output<typeof volunteerFilterSchema>;

export const volunteerListSchema = volunteerFilterSchema.extend({
  sort: z.enum(VOLUNTEER_SORTS).default('name'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(50),
});
export type VolunteerListQuery = z.input<typeof volunteerListSchema>;

export interface VolunteerSummary {
  id: string;
  name: string;
  sortName: string;
  status: VolunteerStatus;
  roles: string[];
  workforceType: WorkforceType;
  email?: string;
  phone?: string;
  startDate?: string;
}

export interface VolunteerList {
  /** Everyone on record. */
  total: number;
  /** How many match the search and filters. */
  matched: number;
  offset: number;
  rows: VolunteerSummary[];
}

export interface DuplicateMatch {
  id: string;
  name: string;
  /** Which details match besides the name. */
  reasons: ('email' | 'phone' | 'dateOfBirth')[];
}

export type VolunteerSaveResult =
  | { status: 'saved'; volunteer: Volunteer }
  | { status: 'possible-duplicates'; matches: DuplicateMatch[] };

export const statusChangeInputSchema = z
  .object({
    id,
    status: z.enum(VOLUNTEER_STATUSES, { error: 'Choose a status' }),
    date: requiredIsoDate,
    note: optionalText('note', 2000),
    reason: optionalText('reason', 500),
  })
  .superRefine((v, ctx) => {
    if (v.status === 'left' && !v.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Enter the reason for leaving' });
    }
  });

export const volunteerImportSchema = z.object({
  file: uploadedFileSchema,
  mapping: z.record(z.string(), z.number().int().min(0).nullable()).optional(),
});

export const contract = {
  system: {
    status: method(noInput).returns<AppStatus>(),
    startEmpty: method(noInput).returns<AppStatus>(),
    loadSampleData: method(noInput).returns<AppStatus>(),
    /** After a damaged file: carry on with that part empty (the damaged copy is kept aside). */
    continueWithoutRestoring: method(noInput).returns<AppStatus>(),
  },
  settings: {
    get: method(noInput).returns<Settings>(),
    update: method(settingsInputSchema).returns<Settings>(),
  },
  volunteers: {
    list: method(volunteerListSchema).returns<VolunteerList>(),
    get: method(z.object({ id })).returns<Volunteer>(),
    create: method(
      z.object({
        volunteer: volunteerInputSchema,
        status: z.enum(VOLUNTEER_STATUSES).default('enquiry'),
        allowDuplicate: z.boolean().default(false),
      }),
    ).returns<VolunteerSaveResult>(),
    update: method(
      z.object({
        id,
        volunteer: volunteerInputSchema,
        allowDuplicate: z.boolean().default(false),
        /** The record's updatedAt when the form was opened, to catch a change made elsewhere. */
        expectedUpdatedAt: z.string().optional(),
      }),
    ).returns<VolunteerSaveResult>(),
    changeStatus: method(statusChangeInputSchema).returns<Volunteer>(),
    delete: method(z.object({ id })).returns<{ deleted: true }>(),
    exportCsv: method(volunteerFilterSchema.extend({ scope: z.enum(['all', 'filtered']).default('all') })).returns<FileDownload>(),
    importPreview: method(volunteerImportSchema).returns<CsvImportPreview>(),
    importCommit: method(volunteerImportSchema.extend({ allowDuplicates: z.boolean().default(false) })).returns<{
      imported: number;
    }>(),
  },
  audit: {
    list: method(auditQuerySchema).returns<AuditPage>(),
  },
  backups: {
    list: method(noInput).returns<BackupInfo[]>(),
    create: method(noInput).returns<BackupInfo>(),
    /** A fresh backup as a file the user saves where they choose. */
    download: method(noInput).returns<FileDownload>(),
    restore: method(z.object({ name: z.string().min(1).max(300) })).returns<AppStatus>(),
    restoreFromFile: method(z.object({ file: uploadedFileSchema })).returns<AppStatus>(),
  },
} as const satisfies ContractShape;

export type Contract = typeof contract;
export type AreaName = keyof Contract;

/** Methods whose input is all optional can be called with no argument. */
type ClientMethod<M> =
  undefined extends CallInput<M>
    ? (input?: CallInput<M>) => Promise<Output<M>>
    : object extends CallInput<M>
    ? (input?: CallInput<M>) => Promise<Output<M>>
    : (input: CallInput<M>) => Promise<Output<M>>;

export type ApiClient = {
  [A in keyof Contract]: { [M in keyof Contract[A]]: ClientMethod<Contract[A][M]> };
};

/** Handlers get parsed input plus a context chosen by the host (store, clock, actor). */
export type HandlerMap<Ctx> = {
  [A in keyof Contract]: {
    [M in keyof Contract[A]]: (input: ParsedInput<Contract[A][M]>, ctx: Ctx) => Promise<Output<Contract[A][M]>>;
  };
};
