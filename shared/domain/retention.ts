import { addMonthsIso, formatUkDate } from '../dates';
import { DBS_LEVEL_LABELS, onUpdateService } from './dbs';
import { isErased } from './erasure';
import type { HeldDataSources } from './held-data';
import type { Member } from './members';
import { displayName } from './person';
import { REFERRAL_OUTCOME_LABELS, type Referral } from './referrals';
import { RETENTION_DEFAULTS, type RetentionRuleId } from './retention-defaults';
import { latestDecision, keptUntilReview, retentionKey, type KeepDecision, type RetentionItemKind } from './retention-keep';
import type { RetentionMonths } from './retention-settings';
import type { Volunteer } from './volunteers';

/**
 * What is past its keep-until date (Settings → Retention), as one pure function over what
 * the data folder holds. Each rule counts from a date the records give:
 *
 * - members and volunteers who have left: from their **last contact**, the latest of the
 *   day they left, any change of status, a register marking them present (or, for a
 *   volunteer, as a facilitator), a one-to-one session attended or given, a questionnaire
 *   answered, a referral received or closed, and a volunteer's supervision, hours, expenses
 *   and training. A member who is also a volunteer is one person: both records count, and
 *   neither is listed while the other is still active;
 * - declined or withdrawn referrals: from the day they closed (or were received, if no
 *   closing day was noted);
 * - DBS certificate numbers: from the decision about the check (or its issue date) — but not
 *   while the volunteer is on the Update Service and has not left, as each status check
 *   needs the number;
 * - supervision private notes: from the supervision.
 *
 * Erased placeholders are never listed, nor is anything kept with a review date still to come.
 */

export type RetentionSources = Pick<HeldDataSources, 'members' | 'volunteers' | 'referrals' | 'sessions' | 'programmes' | 'programmeSessions' | 'completions' | 'compliance'>;

export interface RetentionItem {
  /** retentionKey(kind, recordId): what a "Keep" decision names. */
  key: string;
  kind: RetentionItemKind;
  recordId: string;
  rule: RetentionRuleId;
  /** The person it is about, for a link to their page; absent for a referral never linked to a member. */
  person?: { kind: 'member' | 'volunteer'; id: string };
  /** Who it is about, as their record names them. */
  who: string;
  /** What would be erased: "Member who left", "DBS certificate number (Enhanced, issued 03/02/2019)". */
  what: string;
  /** The day the time is counted from, and what that day is ("last contact"). */
  from: string;
  fromLabel: string;
  /** The last day it is kept: listed from the day after. */
  keptUntil: string;
  /** The rule's reason, from the defaults. */
  why: string;
  /** The last "Keep" decision, now past its review date. */
  lastKept?: Pick<KeepDecision, 'reason' | 'reviewOn' | 'decidedAt'>;
}

export interface KeptItem extends RetentionItem {
  /** The decision that keeps it off the list until its review date. */
  decision: Pick<KeepDecision, 'reason' | 'reviewOn' | 'decidedAt'>;
}

export interface RetentionList {
  items: RetentionItem[];
  /** Past their date but kept until a review date still to come, the soonest review first. */
  kept: KeptItem[];
}

const WHY = Object.fromEntries(RETENTION_DEFAULTS.map((r) => [r.id, r.why])) as Record<RetentionRuleId, string>;

/** The later of two ISO dates, either possibly missing. */
const later = (a: string | undefined, b: string | undefined): string | undefined => (a === undefined ? b : b === undefined || a >= b ? a : b);

class Latest {
  private readonly days = new Map<string, string>();
  note(id: string, date: string | undefined): void {
    if (date === undefined || date === '') return;
    const had = this.days.get(id);
    if (had === undefined || date > had) this.days.set(id, date);
  }
  get(id: string): string | undefined {
    return this.days.get(id);
  }
}

/**
 * Last contact of each member and volunteer who has left, read in one pass over each list
 * (a large folder has hundreds of thousands of register marks).
 */
function lastContacts(s: RetentionSources, leftMembers: ReadonlySet<string>, leftVolunteers: ReadonlySet<string>): { members: Latest; volunteers: Latest } {
  const members = new Latest();
  const volunteers = new Latest();
  const personDates = (p: Member | Volunteer, into: Latest) => {
    into.note(p.id, p.leftDate);
    for (const h of p.statusHistory) into.note(p.id, h.date);
  };
  for (const m of s.members) {
    if (!leftMembers.has(m.id)) continue;
    personDates(m, members);
    members.note(m.id, m.joinedDate);
    for (const l of m.deviceLoans) members.note(m.id, l.returned ?? l.out);
  }
  for (const v of s.volunteers) {
    if (!leftVolunteers.has(v.id)) continue;
    personDates(v, volunteers);
    volunteers.note(v.id, v.startDate);
  }
  for (const session of s.sessions) {
    const r = session.register;
    if (!r || session.cancelled) continue;
    for (const [id, mark] of Object.entries(r.marks)) if (mark === 'present' && leftMembers.has(id)) members.note(id, session.date);
    for (const id of r.walkIns) if (leftMembers.has(id)) members.note(id, session.date);
    for (const id of r.facilitatorsPresent) if (leftVolunteers.has(id)) volunteers.note(id, session.date);
  }
  const programmeMember = new Map<string, string>();
  for (const p of s.programmes) {
    if (!leftMembers.has(p.memberId)) continue;
    programmeMember.set(p.id, p.memberId);
    members.note(p.memberId, p.startDate);
    members.note(p.memberId, p.ending?.date);
  }
  for (const ps of s.programmeSessions) {
    if (ps.outcome !== 'attended') continue;
    const memberId = programmeMember.get(ps.programmeId);
    if (memberId) members.note(memberId, ps.date);
    if (ps.volunteerId && leftVolunteers.has(ps.volunteerId)) volunteers.note(ps.volunteerId, ps.date);
  }
  for (const c of s.completions) if (leftMembers.has(c.memberId)) members.note(c.memberId, c.date);
  for (const r of s.referrals) if (r.memberId && leftMembers.has(r.memberId)) members.note(r.memberId, later(r.receivedDate, r.outcomeDate));
  const c = s.compliance;
  for (const list of [c.supervision, c.hours, c.expenses, c.training]) for (const r of list) if (leftVolunteers.has(r.volunteerId)) volunteers.note(r.volunteerId, r.date);
  return { members, volunteers };
}

function referralName(r: Referral): string {
  return `${r.person.firstName} ${r.person.lastName}`.trim();
}

export function retentionDue(s: RetentionSources, months: RetentionMonths, decisions: readonly KeepDecision[], today: string): RetentionList {
  const items: RetentionItem[] = [];
  const kept: KeptItem[] = [];
  const add = (item: Omit<RetentionItem, 'key' | 'keptUntil' | 'why' | 'lastKept'>) => {
    const keptUntil = addMonthsIso(item.from, months[item.rule]);
    if (keptUntil >= today) return;
    const whole = { ...item, key: retentionKey(item.kind, item.recordId), keptUntil, why: WHY[item.rule] };
    const keeping = keptUntilReview(decisions, item.kind, item.recordId, today);
    if (keeping) {
      kept.push({ ...whole, decision: { reason: keeping.reason, reviewOn: keeping.reviewOn, decidedAt: keeping.decidedAt } });
      return;
    }
    const last = latestDecision(decisions, item.kind, item.recordId);
    items.push({ ...whole, ...(last ? { lastKept: { reason: last.reason, reviewOn: last.reviewOn, decidedAt: last.decidedAt } } : {}) });
  };

  const volunteersById = new Map(s.volunteers.map((v) => [v.id, v]));
  const membersById = new Map(s.members.map((m) => [m.id, m]));
  // The member record of a volunteer who is also a member (the link is kept on the member).
  const memberOfVolunteer = new Map<string, Member>();
  for (const m of s.members) if (m.volunteerId) memberOfVolunteer.set(m.volunteerId, m);

  // A linked record that is erased or gone no longer keeps the person in contact.
  const stillHere = (p: Member | Volunteer | undefined): boolean => p !== undefined && !isErased(p) && p.status !== 'left';
  const leftMembers = new Set(s.members.filter((m) => m.status === 'left' && !isErased(m) && !stillHere(m.volunteerId ? volunteersById.get(m.volunteerId) : undefined)).map((m) => m.id));
  const leftVolunteers = new Set(s.volunteers.filter((v) => v.status === 'left' && !isErased(v) && !stillHere(memberOfVolunteer.get(v.id))).map((v) => v.id));
  // Both records of one person count towards each one's last contact.
  const pairedMembers = new Set([...leftMembers].filter((id) => leftVolunteers.has(membersById.get(id)?.volunteerId ?? '')));
  const contacts = lastContacts(s, leftMembers, leftVolunteers);
  const lastContactOf = (kind: 'member' | 'volunteer', id: string): string | undefined => {
    if (kind === 'member') {
      const vId = membersById.get(id)?.volunteerId;
      return later(contacts.members.get(id), pairedMembers.has(id) && vId ? contacts.volunteers.get(vId) : undefined);
    }
    const m = memberOfVolunteer.get(id);
    return later(contacts.volunteers.get(id), m && pairedMembers.has(m.id) ? contacts.members.get(m.id) : undefined);
  };

  for (const m of s.members) {
    const from = leftMembers.has(m.id) ? lastContactOf('member', m.id) : undefined;
    if (from) add({ kind: 'member', recordId: m.id, rule: 'people-left', person: { kind: 'member', id: m.id }, who: displayName(m), what: 'Member who left', from, fromLabel: 'last contact' });
  }
  for (const v of s.volunteers) {
    const from = leftVolunteers.has(v.id) ? lastContactOf('volunteer', v.id) : undefined;
    if (from) add({ kind: 'volunteer', recordId: v.id, rule: 'people-left', person: { kind: 'volunteer', id: v.id }, who: displayName(v), what: 'Volunteer who left', from, fromLabel: 'last contact' });
  }

  for (const r of s.referrals) {
    if ((r.outcome !== 'declined' && r.outcome !== 'withdrawn') || r.erasedAt !== undefined) continue;
    const member = r.memberId ? membersById.get(r.memberId) : undefined;
    if (member && isErased(member)) continue;
    add({
      kind: 'referral',
      recordId: r.id,
      rule: 'referrals-closed',
      ...(member ? { person: { kind: 'member' as const, id: member.id } } : {}),
      who: member ? displayName(member) : referralName(r),
      what: `${REFERRAL_OUTCOME_LABELS[r.outcome]} referral`,
      from: r.outcomeDate ?? r.receivedDate,
      fromLabel: r.outcomeDate ? 'closed' : 'received',
    });
  }

  for (const d of s.compliance.dbsChecks) {
    const v = volunteersById.get(d.volunteerId);
    if (!v || isErased(v) || d.decision === 'pending' || (!d.certificateNumber && !d.updateServiceId)) continue;
    if (onUpdateService(d) && v.status !== 'left') continue;
    add({
      kind: 'dbs',
      recordId: d.id,
      rule: 'dbs-numbers',
      person: { kind: 'volunteer', id: v.id },
      who: displayName(v),
      what: `DBS certificate number (${DBS_LEVEL_LABELS[d.level]} check issued ${formatUkDate(d.issueDate)})`,
      from: d.decisionDate ?? d.issueDate,
      fromLabel: d.decisionDate ? 'decision' : 'issued',
    });
  }

  for (const sup of s.compliance.supervision) {
    const v = volunteersById.get(sup.volunteerId);
    if (!v || isErased(v) || !sup.notes?.trim()) continue;
    add({
      kind: 'supervision',
      recordId: sup.id,
      rule: 'supervision-notes',
      person: { kind: 'volunteer', id: v.id },
      who: displayName(v),
      what: `Private notes from supervision on ${formatUkDate(sup.date)}`,
      from: sup.date,
      fromLabel: 'supervision',
    });
  }

  items.sort((a, b) => a.keptUntil.localeCompare(b.keptUntil) || a.who.localeCompare(b.who, 'en-GB') || a.key.localeCompare(b.key));
  kept.sort((a, b) => a.decision.reviewOn.localeCompare(b.decision.reviewOn) || a.key.localeCompare(b.key));
  return { items, kept };
}
