import { z } from 'zod';
import { method } from '../contract';
import type { HeldItem } from '../domain/held-data';
import { extensionInputSchema, subjectAccessInputSchema, SUBJECT_TYPES, withholdReasonSchema, type RequestStatus, type SubjectAccessRequest, type SubjectType } from '../domain/subject-access';
import type { FileDownload } from '../files';
import { id, noInput } from './common';
import { requiredIsoDate } from '../fields';

/** Subject access requests, on the Privacy page and each person's profile. */

/** A request as the lists show it: whose, when due, and where things stand. */
export interface SubjectAccessRow {
  id: string;
  subjectType: SubjectType;
  subjectId: string;
  /** The person's name from their record now; "A record no longer on file" when it has gone. */
  name: string;
  /** Where the person's record is, when it is still on file. */
  subjectHref?: string;
  receivedDate: string;
  dueDate: string;
  status: RequestStatus;
  /** "due Fri 8 Jan, 32 days left", "overdue by 3 days", "answered on 04/02/2026". */
  dueText: string;
  answeredDate?: string;
}

export interface SubjectAccessView extends SubjectAccessRow {
  request: SubjectAccessRequest;
}

/** What "Prepare the pack" shows for review: every item held, and those already withheld. */
export interface SubjectAccessPack {
  items: HeldItem[];
  /** Withheld item id → reason. */
  withheld: Record<string, string>;
}

const subject = { subjectType: z.enum(SUBJECT_TYPES), subjectId: id };

export const subjectAccessApi = {
  /** Every request: those still to answer first (soonest due first), then answered ones, newest first. */
  list: method(noInput).returns<SubjectAccessRow[]>(),
  get: method(z.object({ id })).returns<SubjectAccessView>(),
  /** Requests about one person, for their profile. */
  forSubject: method(z.object(subject)).returns<SubjectAccessRow[]>(),
  /** "Subject access request": one commit with its audit entry. */
  create: method(z.object({ ...subject, request: subjectAccessInputSchema })).returns<SubjectAccessView>(),
  /** Correcting the date received, how, who asked or the notes. */
  update: method(z.object({ id, request: subjectAccessInputSchema })).returns<SubjectAccessView>(),
  /** Extending the time once, by one or two more months, with the reason the person is told. */
  extend: method(z.object({ id, extension: extensionInputSchema })).returns<SubjectAccessView>(),
  /** "Prepare the pack": gathers everything held about the person, for review. */
  preparePack: method(z.object({ id })).returns<SubjectAccessPack>(),
  /** "Withhold" one item with a reason; kept in the request's log. */
  withhold: method(z.object({ id, itemId: z.string().min(1).max(300), reason: withholdReasonSchema })).returns<SubjectAccessView>(),
  /** Puts a withheld item back in the pack. */
  include: method(z.object({ id, itemId: z.string().min(1).max(300) })).returns<SubjectAccessView>(),
  /**
   * The pack as one .zip (a PDF to read and a JSON file for portability). The first time, the
   * request is marked answered on `sentOn`; a pack made again later is logged but keeps that date.
   */
  savePack: method(z.object({ id, sentOn: requiredIsoDate })).returns<FileDownload>(),
};
