import { randomUUID } from 'node:crypto';
import type { HandlerMap } from '../../../shared/api';
import type { PlanPrintSize } from '../../../shared/contracts/programme-paper';
import { formatUkDate, todayIso } from '../../../shared/dates';
import { attendedCount, currentMatch, GOAL_PROGRESS_LABELS, type Goal, type Programme, type ProgrammeSession } from '../../../shared/domain/programmes';
import { ApiError } from '../../../shared/errors';
import type { FileDownload } from '../../../shared/files';
import { slugify } from '../../../shared/text';
import { programmeRecords, programmeSessionRecords } from '../../documents';
import { recoveryPlanDocument, type PlanGoal } from '../../pdf/recovery-plan';
import { pdfDownload } from '../../pdf/render';
import { sessionSheetDocument } from '../../pdf/session-sheet';
import { commit } from '../core/audit-log';
import type { AppContext } from '../core/context';
import { membersById, settingsOf, volunteersById } from '../core/lookups';
import { findProgramme, kindOf, sessionsOf } from './programme-records';
import { programmeDetail } from './programme-views';
import { activatedBy, checkSessionDate, sessionRecord, volunteerOn } from './session-rules';

/**
 * A programme on paper. Both printouts carry first names only (they go home with the member
 * or in a volunteer's bag) and nothing from the session log's notes, so a private note can
 * never reach paper. Keying a sheet in is one save: every row or none.
 */

/** The name people use: "Bron" for Bronwen when that is what she goes by. */
function firstName(person: { firstName: string; preferredName?: string | undefined }): string {
  return person.preferredName?.trim() || person.firstName;
}

function organisation(ctx: AppContext): string {
  return settingsOf(ctx).organisationName || 'Peer Desk';
}

/** Who the programme is for and with, as the printouts name them. */
function people(ctx: AppContext, p: Programme) {
  const member = membersById(ctx).get(p.memberId);
  if (!member) throw new ApiError('NOT_FOUND', 'The member of this programme is no longer on record.');
  const match = currentMatch(p);
  const volunteer = match ? volunteersById(ctx).get(match.volunteerId) : undefined;
  return { member, memberFirstName: firstName(member), ...(volunteer ? { volunteerFirstName: firstName(volunteer) } : {}) };
}

function planGoal(g: Goal): PlanGoal {
  const latest = g.reviews.at(-1);
  return {
    text: g.text,
    steps: g.steps,
    ...(g.targetDate ? { targetDate: g.targetDate } : {}),
    ...(latest ? { latestReview: { date: latest.date, progress: GOAL_PROGRESS_LABELS[latest.progress], ...(latest.comment ? { comment: latest.comment } : {}) } } : {}),
  };
}

async function printPlan(ctx: AppContext, id: string, asked: PlanPrintSize | undefined): Promise<FileDownload> {
  const p = findProgramme(ctx, id);
  const { member, ...names } = people(ctx, p);
  // The member's own choice for reading what we send them, unless the coordinator asks for the other.
  const size = asked ?? (member.newsletter === 'large-print' ? 'large' : 'standard');
  const today = todayIso(ctx.now());
  const logo = settingsOf(ctx).logo;
  const doc = recoveryPlanDocument(
    { organisationName: organisation(ctx), ...(logo ? { logo } : {}), printedOn: today, ...names, kindName: kindOf(ctx, p.kindId).name, goals: p.goals.map(planGoal) },
    size,
  );
  return pdfDownload(`my-plan-${slugify(names.memberFirstName, 'member')}${size === 'large' ? '-large-print' : ''}-${today}.pdf`, doc);
}

async function printSessionSheet(ctx: AppContext, id: string): Promise<FileDownload> {
  const p = findProgramme(ctx, id);
  const { memberFirstName, volunteerFirstName } = people(ctx, p);
  const kind = kindOf(ctx, p.kindId);
  const doc = sessionSheetDocument({
    organisationName: organisation(ctx),
    printedOn: todayIso(ctx.now()),
    memberFirstName,
    ...(volunteerFirstName ? { volunteerFirstName } : {}),
    kindName: kind.name,
    plannedSessions: p.plannedSessions,
    attended: attendedCount(sessionsOf(ctx, p.id)),
    usualMinutes: kind.sessionMinutes,
  });
  return pdfDownload(`session-record-${slugify(memberFirstName, 'member')}-${slugify(kind.name, 'programme')}.pdf`, doc);
}

/** Every row's date checked at once, so the coordinator sees each row that needs fixing, not the first. */
function checkRowDates(p: Programme, dates: readonly string[], today: string): void {
  const fields: Record<string, string> = {};
  dates.forEach((date, i) => {
    try {
      checkSessionDate(p, date, today, `sessions.${i}.date`);
    } catch (e) {
      if (!(e instanceof ApiError) || !e.fields) throw e;
      Object.assign(fields, e.fields);
    }
  });
  if (Object.keys(fields).length > 0) throw new ApiError('VALIDATION', 'Check the highlighted rows.', fields);
}

const byDate = (a: ProgrammeSession, b: ProgrammeSession) => a.date.localeCompare(b.date);

export const paperHandlers: Pick<HandlerMap<AppContext>['programmes'], 'printPlan' | 'printSessionSheet' | 'logSessions'> = {
  async printPlan({ id, size }, ctx) {
    return printPlan(ctx, id, size);
  },
  async printSessionSheet({ id }, ctx) {
    return printSessionSheet(ctx, id);
  },

  async logSessions({ programmeId, sessions }, ctx) {
    const p = findProgramme(ctx, programmeId);
    checkRowDates(
      p,
      sessions.map((s) => s.date),
      todayIso(ctx.now()),
    );
    const at = ctx.now().toISOString();
    const records = sessions.map((s) => {
      const volunteerId = volunteerOn(p, s.date);
      if (!volunteerId) throw new ApiError('CONFLICT', 'Match a volunteer before logging a session.');
      return sessionRecord(s, { id: randomUUID(), createdAt: at, programmeId }, volunteerId, at);
    });
    const dated = [...records].sort(byDate);
    const first = dated[0]!;
    const last = dated.at(-1)!;
    // The earliest attended row is when it became active, as if the rows had been logged one by one.
    const firstAttended = dated.find((r) => r.outcome === 'attended');
    const activated = firstAttended ? activatedBy(p, firstAttended, at) : undefined;
    const count = records.length === 1 ? '1 session' : `${records.length} sessions`;
    const span = first.date === last.date ? `on ${formatUkDate(first.date)}` : `from ${formatUkDate(first.date)} to ${formatUkDate(last.date)}`;
    await commit(ctx, { action: 'create', entity: 'programme', entityId: p.id, summary: `Keyed in ${count} from a paper sheet, ${span}` }, (tx) => {
      for (const r of records) tx.put(programmeSessionRecords, r, { replaces: null });
      if (activated) tx.put(programmeRecords, activated, { replaces: p });
    });
    return programmeDetail(ctx, programmeId);
  },
};
