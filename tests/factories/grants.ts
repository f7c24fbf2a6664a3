import type { z } from 'zod';
import type { grantInputSchema } from '../../shared/domain/grants';

type GrantCallInput = z.input<typeof grantInputSchema>;

/** A three-year grant reported yearly, the commonest shape; override what the test is about. */
export function makeGrantInput(overrides: Partial<GrantCallInput> = {}): GrantCallInput {
  return {
    funder: 'Hallam Community Fund',
    name: 'Peer support for all',
    amountPence: 9_000_000,
    startDate: '2024-04-01',
    endDate: '2027-03-31',
    frequency: 'yearly',
    groupIds: [],
    targets: { people: 20, sessions: 30 },
    outcomes: ['People feel less alone'],
    ageBands: [{ from: 18, to: 24 }, { from: 25, to: 44 }, { from: 45, to: 64 }, { from: 65 }],
    ...overrides,
  };
}
