import { formatUkDate } from '../../../shared/dates';
import { currentMatch, type Programme, type ProgrammeSession, type ProgrammeSessionInput, type ProgrammeStatus } from '../../../shared/domain/programmes';
import { ApiError } from '../../../shared/errors';
import { compact } from '../core/lookups';

/** Rules for a programme's sessions that "Log a session", a travel trip marked done and a keyed-in paper sheet share. */

export function withStatus(p: Programme, status: ProgrammeStatus, date: string, at: string): Pick<Programme, 'status' | 'statusHistory'> {
  return { status, statusHistory: [...p.statusHistory, { status, date, at }] };
}

/** Where a session can be dated: not before the start, not in the future, not after the end. `field` names the date field for the form. */
export function checkSessionDate(p: Programme, date: string, today: string, field = 'session.date'): void {
  const invalid = (message: string) => new ApiError('VALIDATION', 'Check the highlighted field.', { [field]: message });
  if (date < p.startDate) throw invalid(`A session can't be before the programme started on ${formatUkDate(p.startDate)}`);
  if (date > today) throw invalid("A session can't be in the future: log it on the day or after");
  if (p.ending && date > p.ending.date) throw invalid(`The programme ended on ${formatUkDate(p.ending.date)}: reopen it to log a session after that`);
}

/** Logging the first attended session makes a matched programme active. */
export function activatedBy(p: Programme, session: ProgrammeSession, at: string): Programme | undefined {
  if (p.status !== 'matched' || session.outcome !== 'attended') return undefined;
  return { ...p, ...withStatus(p, 'active', session.date, at), updatedAt: at };
}

/** The volunteer matched on the day (for hours), else the current one. */
export function volunteerOn(p: Programme, date: string): string | undefined {
  const onDay = p.matches.find((m) => m.from <= date && (m.to === undefined || m.to > date));
  return (onDay ?? currentMatch(p))?.volunteerId;
}

export function sessionRecord(input: ProgrammeSessionInput, base: Pick<ProgrammeSession, 'id' | 'createdAt' | 'programmeId'>, volunteerId: string | undefined, at: string): ProgrammeSession {
  return compact<ProgrammeSession>({ ...base, ...input, startTime: input.startTime || undefined, volunteerId, updatedAt: at });
}
