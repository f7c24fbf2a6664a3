import type { Volunteer, VolunteerInput } from '../../shared/domain/volunteers';

let counter = 0;

/** A valid stored volunteer; override what the test is about. */
export function makeVolunteer(overrides: Partial<Volunteer> = {}): Volunteer {
  counter += 1;
  return {
    id: `vol-${counter}`,
    createdAt: '2025-01-10T09:00:00.000Z',
    updatedAt: '2025-01-10T09:00:00.000Z',
    firstName: 'Test',
    lastName: `Person${counter}`,
    address: {},
    emergencyContact: {},
    workforceType: 'voluntary',
    roles: [],
    languages: [],
    availability: [],
    interests: [],
    contactPreferences: [],
    status: 'active',
    statusHistory: [{ status: 'active', date: '2025-01-10', recordedAt: '2025-01-10T09:00:00.000Z' }],
    consents: [],
    ...overrides,
  };
}

/** Valid API input for volunteers.create / update. */
export function makeVolunteerInput(overrides: Partial<VolunteerInput> = {}): VolunteerInput {
  return {
    firstName: 'Siân',
    lastName: 'Llewelyn',
    address: {},
    emergencyContact: {},
    workforceType: 'voluntary',
    roles: ['group-facilitator'],
    languages: ['Welsh', 'English'],
    availability: ['tue-morning'],
    interests: ['gardening'],
    contactPreferences: ['email'],
    ...overrides,
  };
}
