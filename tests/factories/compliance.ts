import type { DbsCheck } from '../../shared/domain/dbs';
import type { Expense } from '../../shared/domain/expenses';
import type { Supervision } from '../../shared/domain/supervision';
import type { TrainingRecord } from '../../shared/domain/training';

let counter = 0;
const base = (volunteerId: string) => {
  counter += 1;
  return { id: `rec-${counter}`, volunteerId, createdAt: `2026-01-01T09:00:${String(counter % 60).padStart(2, '0')}.000Z`, updatedAt: '2026-01-01T09:00:00.000Z' };
};

/** An accepted enhanced check; override what the test is about. */
export function makeDbsCheck(overrides: Partial<DbsCheck> = {}): DbsCheck {
  return { ...base(overrides.volunteerId ?? 'vol-1'), level: 'enhanced', issueDate: '2025-01-10', decision: 'accepted', decisionBy: 'Sam Lead', ...overrides };
}

export function makeTraining(overrides: Partial<TrainingRecord> = {}): TrainingRecord {
  return { ...base(overrides.volunteerId ?? 'vol-1'), courseId: 'safeguarding-adults', date: '2025-06-01', status: 'completed', modulesDone: 0, certificateHeld: true, shadowing: [], ...overrides };
}

export function makeSupervision(overrides: Partial<Supervision> = {}): Supervision {
  return { ...base(overrides.volunteerId ?? 'vol-1'), date: '2026-11-01', kind: 'one-to-one', supervisor: 'Sam Lead', minutes: 60, ...overrides };
}

export function makeExpense(overrides: Partial<Expense> = {}): Expense {
  return { ...base(overrides.volunteerId ?? 'vol-1'), date: '2026-11-02', kind: 'mileage', description: 'Travel buddy trip', miles: 10, passengers: 0, receiptHeld: false, ...overrides };
}
