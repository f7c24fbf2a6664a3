import { z } from 'zod';
import { method } from '../contract';
import type { CsvImportPreview } from '../csv/types';
import type { FileDownload } from '../files';
import type { DuplicateMatch } from '../domain/people-changes';
import { statusChangeInputSchemaFor } from '../domain/people-status';
import {
  DAY_PARTS,
  VOLUNTEER_STATUSES,
  WEEKDAYS,
  WORKFORCE_TYPES,
  volunteerInputSchema,
  type Volunteer,
  type VolunteerStatus,
  type WorkforceType,
} from '../domain/volunteers';
import { optionalText } from '../fields';
import { csvImportSchema, id } from './common';
import { addConsentSchema, reviewConsentSchema, withdrawConsentSchema } from './consents';

export const VOLUNTEER_SORTS = ['name', 'startDate', 'status'] as const;
export type VolunteerSort = (typeof VOLUNTEER_SORTS)[number];

/** "current" = everyone who has not left: the list a coordinator usually wants. */
export const volunteerFilterSchema = z.object({
  query: z.string().max(200).default(''),
  status: z.union([z.enum(VOLUNTEER_STATUSES), z.literal('current'), z.literal('all')]).default('all'),
  role: z.string().max(100).default(''),
  workforceType: z.union([z.enum(WORKFORCE_TYPES), z.literal('')]).default(''),
  /** Free on this weekday (any part of it), or at this part of the day (any weekday), or both. */
  freeDay: z.union([z.enum(WEEKDAYS), z.literal('')]).default(''),
  freePart: z.union([z.enum(DAY_PARTS), z.literal('')]).default(''),
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
  /** When they are free, as "mon-morning" slots. */
  availability: string[];
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

export type { DuplicateMatch } from '../domain/people-changes';

export type VolunteerSaveResult =
  | { status: 'saved'; volunteer: Volunteer }
  | { status: 'possible-duplicates'; matches: DuplicateMatch[] };

/** Making someone active without what their roles need takes a reason, which is recorded. */
export const statusChangeInputSchema = statusChangeInputSchemaFor(VOLUNTEER_STATUSES).safeExtend({
  overrideReason: optionalText('reason', 500),
});

export const volunteersApi = {
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
  addConsent: method(addConsentSchema).returns<Volunteer>(),
  withdrawConsent: method(withdrawConsentSchema).returns<Volunteer>(),
  reviewConsent: method(reviewConsentSchema).returns<Volunteer>(),
  exportCsv: method(volunteerFilterSchema.extend({ scope: z.enum(['all', 'filtered']).default('all') })).returns<FileDownload>(),
  importPreview: method(csvImportSchema).returns<CsvImportPreview>(),
  importCommit: method(csvImportSchema.extend({ allowDuplicates: z.boolean().default(false) })).returns<{
    imported: number;
  }>(),
};
