import { describe, expect, it } from 'vitest';
import { MEMBER_CSV_FIELDS, memberCsvColumns, memberImportRowSchema } from '../../../../shared/domain/member-csv';
import { PERSON_CSV_FIELDS } from '../../../../shared/domain/people-csv';
import { VOLUNTEER_CSV_FIELDS } from '../../../../shared/domain/volunteer-csv';

const row = (values: Record<string, unknown>) => memberImportRowSchema.safeParse({ firstName: 'Ann', lastName: 'Lee', address: {}, emergencyContact: {}, ...values });

describe('member CSV columns', () => {
  it('start with the same person columns as volunteers', () => {
    expect(MEMBER_CSV_FIELDS.slice(0, PERSON_CSV_FIELDS.length)).toEqual(PERSON_CSV_FIELDS);
    expect(VOLUNTEER_CSV_FIELDS.slice(0, PERSON_CSV_FIELDS.length)).toEqual(PERSON_CSV_FIELDS);
  });

  it('write every import field as a column, and equality answers only when asked', () => {
    const headers = memberCsvColumns({ contactNames: new Map(), includeEquality: false }).map((c) => c.header);
    for (const f of MEMBER_CSV_FIELDS) expect(headers).toContain(f.label);
    expect(headers).not.toContain('Sex');
    expect(memberCsvColumns({ contactNames: new Map(), includeEquality: true }).map((c) => c.header)).toContain('Sex');
  });
});

describe('a member CSV row', () => {
  it('reads choices by label or id, yes/no in several spellings, and defaults blanks', () => {
    const ok = row({ status: 'on break', newsletter: 'Large print', digital: { hasDevice: 'Y', hasInternet: 'false', needsDeviceLoan: '' } });
    expect(ok.success && ok.data).toMatchObject({ status: 'on-break', newsletter: 'large-print', digital: { hasDevice: true, hasInternet: false } });
    const blank = row({});
    expect(blank.success && blank.data).toMatchObject({ status: 'referred', newsletter: 'none' });
  });

  it('explains a choice it does not know', () => {
    const bad = row({ newsletter: 'fax' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe('Newsletter must be one of: By email, By post, Large print by post, No newsletter');
  });
});
