/**
 * How long each kind of record is kept after it ends, by default (issue 15 §4), with the
 * reason. Settings → Retention starts from these (retention-settings.ts); the privacy notice
 * prints the periods the settings hold.
 */

export type RetentionRuleId = 'people-left' | 'referrals-closed' | 'dbs-numbers' | 'supervision-notes';

export interface RetentionDefault {
  id: RetentionRuleId;
  /** What is kept, as the notice says it. */
  what: string;
  months: number;
  /** From when the time is counted. */
  after: string;
  why: string;
}

export const RETENTION_DEFAULTS: readonly RetentionDefault[] = [
  {
    id: 'people-left',
    what: 'Records of members and volunteers who have left',
    months: 72,
    after: 'our last contact with them',
    why: 'Long enough to answer a question or a claim about the support or volunteering (six years is the usual limit for legal claims).',
  },
  {
    id: 'referrals-closed',
    what: 'Referrals that were declined or withdrawn',
    months: 24,
    after: 'the referral closed',
    why: 'Long enough to see if the same person is referred again and to report on referrals.',
  },
  {
    id: 'dbs-numbers',
    what: 'DBS certificate numbers',
    months: 6,
    after: 'the decision about the check',
    why: 'The Disclosure and Barring Service asks that certificate details are not kept longer than needed; the date and outcome stay on the record.',
  },
  {
    id: 'supervision-notes',
    what: 'Private notes from volunteer supervision',
    months: 72,
    after: 'the supervision',
    why: 'Long enough to answer a concern about the support given.',
  },
];

/** "6 years", "6 months", "2 years". */
export function retentionPeriod(months: number): string {
  if (months % 12 === 0) {
    const years = months / 12;
    return `${years} ${years === 1 ? 'year' : 'years'}`;
  }
  return `${months} ${months === 1 ? 'month' : 'months'}`;
}
