import type { z } from 'zod';
import type { groupInputSchema } from '../../shared/domain/groups';
import type { venueInputSchema } from '../../shared/domain/venues';

type GroupCallInput = z.input<typeof groupInputSchema>;

/** A weekly Tuesday morning peer group, the commonest shape; override what the test is about. */
export function makeGroupInput(overrides: Omit<Partial<GroupCallInput>, 'schedule'> & { schedule?: Partial<GroupCallInput['schedule']> } = {}): GroupCallInput {
  const { schedule, ...rest } = overrides;
  return {
    name: 'Tuesday Peer Support',
    kind: 'peer-group',
    schedule: {
      frequency: 'weekly',
      weekday: 'tue',
      startTime: '10:30',
      endTime: '12:00',
      startDate: '2026-09-01',
      skipBankHolidays: true,
      ...schedule,
    },
    guidelines: 'What is said in the group stays in the group.',
    ...rest,
  };
}

export function makeVenueInput(overrides: Partial<z.input<typeof venueInputSchema>> = {}): z.input<typeof venueInputSchema> {
  return {
    name: 'Crookes Community Centre',
    address: { line1: '1 Crookes Road', town: 'Sheffield', postcode: 'S10 1UB' },
    access: { stepFree: 'yes', hearingLoop: 'yes', accessibleToilet: 'yes', parking: 'no' },
    transportNotes: 'Bus 52 to Crookes, stop outside',
    ...overrides,
  };
}
