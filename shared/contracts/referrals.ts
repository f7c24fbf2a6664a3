import { z } from 'zod';
import { method } from '../contract';
import { referralInputSchema, type Referral, type ReferralOutcome, type ReferralSource } from '../domain/referrals';
import { optionalText, requiredIsoDate } from '../fields';
import { id } from './common';

export interface ReferralRow {
  id: string;
  name: string;
  source: ReferralSource;
  receivedDate: string;
  /** Days from receipt to assessment, or to today while not yet assessed. */
  daysWaiting: number;
  targetWaitDays: number;
  /** Not yet assessed and waiting longer than the target. */
  overTarget: boolean;
  /** Assessed, but after the target wait: it stays late, because funders ask how many were. */
  assessedLate: boolean;
  contactedDate?: string;
  assessedDate?: string;
  outcome: ReferralOutcome;
  memberId?: string;
}

export interface ReferralList {
  rows: ReferralRow[];
  openCount: number;
  overTargetCount: number;
}

export const referralOutcomeSchema = z
  .object({
    id,
    outcome: z.enum(['accepted', 'declined', 'withdrawn'], { error: 'Choose accepted, declined or withdrawn' }),
    date: requiredIsoDate,
    reason: optionalText('reason', 1000),
    /** Accepted: put them straight into a group (or on its waiting list when full). */
    placeInGroupId: z.string().max(100).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === 'declined' && !v.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Enter why the referral was declined' });
  });

export interface ReferralOutcomeResult {
  referral: Referral;
  memberId?: string;
  /** What happened about a group place, in plain words. */
  placement?: string;
  /** What the coordinator should know about that place (outside the group's age range), as the group page says it. */
  warnings?: string[];
}

export const referralsApi = {
  /** Open referrals oldest first, or every referral newest first. */
  list: method(z.object({ view: z.enum(['open', 'all']).default('open'), query: z.string().max(200).default('') })).returns<ReferralList>(),
  get: method(z.object({ id })).returns<Referral>(),
  create: method(z.object({ referral: referralInputSchema })).returns<Referral>(),
  update: method(z.object({ id, referral: referralInputSchema })).returns<Referral>(),
  setOutcome: method(referralOutcomeSchema).returns<ReferralOutcomeResult>(),
  delete: method(z.object({ id })).returns<{ deleted: true }>(),
};
