import { describe, expect, it } from 'vitest';
import { volunteerListSchema } from '../../../../shared/api';
import { queryVolunteers } from '../../../../shared/domain/volunteer-search';
import { makeVolunteer } from '../../../factories/volunteers';

const people = [
  makeVolunteer({ firstName: 'Siân', lastName: 'Llewelyn', email: 'sian@example.org', phone: '07700 900123', status: 'active', roles: ['group-facilitator'], startDate: '2021-05-01' }),
  makeVolunteer({ firstName: 'Zoë', lastName: 'Adams', preferredName: 'Zo', status: 'training', workforceType: 'paid', startDate: '2024-02-01' }),
  makeVolunteer({ firstName: 'Łukasz', lastName: 'Wróbel', status: 'left', roles: ['travel-buddy'] }),
  makeVolunteer({ firstName: 'Priya', lastName: 'Sharma', email: 'priya@example.com', status: 'enquiry', startDate: '2019-01-01' }),
];

const q = (input: Record<string, unknown>) => queryVolunteers(people, volunteerListSchema.parse(input));

describe('volunteer search', () => {
  it('ignores case and accents', () => {
    expect(q({ query: 'sian' }).rows.map((r) => r.name)).toEqual(['Siân Llewelyn']);
    expect(q({ query: 'ZOE' }).rows.map((r) => r.name)).toEqual(['Zo Adams']);
    expect(q({ query: 'lukasz wrobel' }).matched).toBe(1);
  });

  it('finds by email and by phone typed with or without spaces', () => {
    expect(q({ query: 'priya@' }).matched).toBe(1);
    expect(q({ query: '07700900123' }).matched).toBe(1);
    expect(q({ query: '900 123' }).matched).toBe(1);
  });

  it('filters by status, current, role and workforce type and reports counts', () => {
    expect(q({ status: 'current' }).matched).toBe(3);
    expect(q({ role: 'travel-buddy' }).rows[0]?.name).toBe('Łukasz Wróbel');
    const paid = q({ workforceType: 'paid' });
    expect(paid).toMatchObject({ total: 4, matched: 1 });
  });

  it('sorts by surname, start date (undated last) and pipeline status', () => {
    expect(q({}).rows.map((r) => r.sortName)).toEqual(['Adams, Zoë', 'Llewelyn, Siân', 'Sharma, Priya', 'Wróbel, Łukasz']);
    expect(q({ sort: 'startDate' }).rows.map((r) => r.startDate ?? '-')).toEqual(['2019-01-01', '2021-05-01', '2024-02-01', '-']);
    expect(q({ sort: 'status' }).rows.map((r) => r.status)).toEqual(['enquiry', 'training', 'active', 'left']);
    expect(q({ sort: 'name', direction: 'desc' }).rows[0]?.sortName).toBe('Wróbel, Łukasz');
  });

  it('pages', () => {
    const page = q({ offset: 2, limit: 1 });
    expect(page.rows).toHaveLength(1);
    expect(page.rows[0]?.sortName).toBe('Sharma, Priya');
  });
});
