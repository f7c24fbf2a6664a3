import { z } from 'zod';
import { method } from '../contract';
import type { CsvImportPreview } from '../csv/types';
import type { FileDownload } from '../files';
import { equalityInputSchema } from '../domain/equality';
import {
  MEMBER_STATUSES,
  NEWSLETTER_PREFERENCES,
  deviceLoanInputSchema,
  memberInputSchema,
  type Member,
  type MemberStatus,
  type NewsletterPreference,
} from '../domain/members';
import type { DuplicateMatch } from '../domain/people-changes';
import { statusChangeInputSchemaFor } from '../domain/people-status';
import { requiredIsoDate } from '../fields';
import { csvImportSchema, id } from './common';
import { addConsentSchema, reviewConsentSchema, withdrawConsentSchema } from './consents';

export const MEMBER_SORTS = ['name', 'status', 'joined'] as const;
export type MemberSort = (typeof MEMBER_SORTS)[number];

/** The key-contact filter value for members who have none. */
export const NO_KEY_CONTACT = 'none';

/** "current" = everyone who has not left: the list a coordinator usually wants. */
export const memberFilterSchema = z.object({
  query: z.string().max(200).default(''),
  status: z.union([z.enum(MEMBER_STATUSES), z.literal('current'), z.literal('all')]).default('all'),
  newsletter: z.union([z.enum(NEWSLETTER_PREFERENCES), z.literal('')]).default(''),
  /** A volunteer's id, NO_KEY_CONTACT, or '' for any. */
  keyContactId: z.string().max(100).default(''),
  /** Only members with a device out on loan now. */
  deviceLoanOut: z.boolean().default(false),
});
export type MemberFilter = z.output<typeof memberFilterSchema>;

export const memberListSchema = memberFilterSchema.extend({
  sort: z.enum(MEMBER_SORTS).default('name'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(50),
});
export type MemberListQuery = z.input<typeof memberListSchema>;

export interface MemberSummary {
  id: string;
  name: string;
  sortName: string;
  status: MemberStatus;
  newsletter: NewsletterPreference;
  email?: string;
  phone?: string;
  joinedDate?: string;
  /** The key contact's name. */
  keyContact?: string;
  /** Devices lent and not yet back; how many of them are past their due date. */
  devicesOut: number;
  devicesOverdue: number;
}

export interface MemberList {
  total: number;
  matched: number;
  offset: number;
  rows: MemberSummary[];
}

export type MemberSaveResult = { status: 'saved'; member: Member } | { status: 'possible-duplicates'; matches: DuplicateMatch[] };

export const memberStatusChangeInputSchema = statusChangeInputSchemaFor(MEMBER_STATUSES);

const memberId = z.object({ id });

export const membersApi = {
  list: method(memberListSchema).returns<MemberList>(),
  get: method(memberId).returns<Member>(),
  create: method(
    z.object({
      member: memberInputSchema,
      status: z.enum(MEMBER_STATUSES).default('referred'),
      allowDuplicate: z.boolean().default(false),
    }),
  ).returns<MemberSaveResult>(),
  update: method(
    z.object({
      id,
      member: memberInputSchema,
      allowDuplicate: z.boolean().default(false),
      /** The record's updatedAt when the form was opened, to catch a change made elsewhere. */
      expectedUpdatedAt: z.string().optional(),
    }),
  ).returns<MemberSaveResult>(),
  changeStatus: method(memberStatusChangeInputSchema).returns<Member>(),
  delete: method(memberId).returns<{ deleted: true }>(),
  saveEquality: method(z.object({ id, equality: equalityInputSchema })).returns<Member>(),
  addDeviceLoan: method(z.object({ id, loan: deviceLoanInputSchema })).returns<Member>(),
  updateDeviceLoan: method(z.object({ id, loanId: id, loan: deviceLoanInputSchema })).returns<Member>(),
  returnDeviceLoan: method(z.object({ id, loanId: id, date: requiredIsoDate })).returns<Member>(),
  addConsent: method(addConsentSchema).returns<Member>(),
  withdrawConsent: method(withdrawConsentSchema).returns<Member>(),
  reviewConsent: method(reviewConsentSchema).returns<Member>(),
  exportCsv: method(
    memberFilterSchema.extend({
      scope: z.enum(['all', 'filtered']).default('all'),
      /** Special category data: only when the coordinator asks for it. */
      includeEquality: z.boolean().default(false),
    }),
  ).returns<FileDownload>(),
  importPreview: method(csvImportSchema).returns<CsvImportPreview>(),
  importCommit: method(csvImportSchema.extend({ allowDuplicates: z.boolean().default(false) })).returns<{ imported: number }>(),
};
