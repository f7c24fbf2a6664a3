import { describe, expect, it } from 'vitest';
import { groupFormSchema, type GroupFormValues } from '../../../../shared/domain/groups';

/** The group form as a coordinator leaves it: a weekly Tuesday group, dates typed dd/mm/yyyy. */
const form = (registersFrom: string): GroupFormValues => ({
  name: 'Tuesday Peer Support',
  kind: 'peer-group',
  venueId: '',
  onlineDetails: '',
  schedule: { frequency: 'weekly', weekday: 'tue', weekOfMonth: '', startTime: '10:30', endTime: '12:00', startDate: '01/09/2026', endDate: '', skipDates: '', skipBankHolidays: true },
  capacity: '',
  facilitatorIds: [],
  eligibility: { note: '', minAge: '', maxAge: '' },
  guidelines: '',
  registersFrom,
});

describe('the group form: Registers start from', () => {
  it('takes a UK date, or nothing', () => {
    expect(groupFormSchema.parse(form(' 02/11/2026 ')).registersFrom).toBe('2026-11-02');
    expect(groupFormSchema.parse(form('')).registersFrom).toBeUndefined();
  });

  it('says in plain words how to write it when it is not a date', () => {
    for (const typed of ['11/31/2026', '31/02/2026', 'November']) {
      const result = groupFormSchema.safeParse(form(typed));
      expect(result.success, typed).toBe(false);
      expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['registersFrom', 'Enter the date registers start from as dd/mm/yyyy, like 23/11/2026']]);
    }
  });
});
