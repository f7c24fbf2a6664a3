import { describe, expect, it } from 'vitest';
import { volunteerListSchema } from '../../../../shared/api';
import { queryVolunteers } from '../../../../shared/domain/volunteer-search';
import { makeVolunteer } from '../../../factories/volunteers';

const people = [
  makeVolunteer({ firstName: 'Siân', lastName: 'Llewelyn', email: 'sian@example.org', phone: '07700 900123', status: 'active', roles: ['group-facilitator'], startDate: '2021-05-01', availability: ['mon-morning', 'wed-evening'] }),
  makeVolunteer({ firstName: 'Zoë', lastName: 'Adams', preferredName: 'Zo', status: 'training', workforceType: 'paid', startDate: '2024-02-01', availability: ['mon-afternoon'] }),
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

  it('filters by when people are free: a day, a part of the day, or both together', () => {
    expect(q({ freeDay: 'mon' }).rows.map((r) => r.name)).toEqual(['Zo Adams', 'Siân Llewelyn']);
    expect(q({ freePart: 'evening' }).rows.map((r) => r.name)).toEqual(['Siân Llewelyn']);
    expect(q({ freeDay: 'mon', freePart: 'afternoon' }).rows.map((r) => r.name)).toEqual(['Zo Adams']);
    // Both must hold in the same slot: free Monday and free on some evening is not "Monday evening".
    expect(q({ freeDay: 'mon', freePart: 'evening' }).matched).toBe(0);
    expect(q({ freeDay: 'tue' }).matched).toBe(0);
    expect(q({}).rows.find((r) => r.name === 'Siân Llewelyn')?.availability).toEqual(['mon-morning', 'wed-evening']);
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
