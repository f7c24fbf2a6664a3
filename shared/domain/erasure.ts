import { compact } from '../compact';
import { localDateOf } from '../dates';
import type { DbsCheck } from './dbs';
import type { Expense } from './expenses';
import type { Group } from './groups';
import type { ActivationOverride } from './compliance-records';
import { nameReplacer, nameTerms, mapStrings, mentionsAny, type Replacer } from './erasure-text';
import type { Member } from './members';
import { ONS_LONELY_ITEM_ID, scoreAnswers, type MeasureDefinition } from './outcome-measures';
import type { Completion, KeptScore } from './outcome-completions';
import type { Ending, Programme, ProgrammeSession } from './programmes';
import type { Referral } from './referrals';
import type { Supervision } from './supervision';
import type { TrainingRecord } from './training';
import type { TravelTrip } from './travel-trips';
import type { Volunteer } from './volunteers';

/**
 * "Erase this person" as one pure function over every stored list (collection name → records),
 * so the same erasure runs on the data folder and again on each backup, where the old names
 * are still present: it finds the person by record id and works from what that copy holds.
 *
 * The person stays as an anonymous placeholder with the same id, so every link holds and every
 * count (attendances, sessions, programmes, questionnaire scores) stays the same; what could
 * identify them goes. Their name, email and phone are replaced with the placeholder's name in
 * free text anywhere, and their first and last names as whole words in records linked to them.
 */

export const ERASED_KINDS = ['member', 'volunteer'] as const;
export type ErasedKind = (typeof ERASED_KINDS)[number];

export interface ErasureTarget {
  kind: ErasedKind;
  id: string;
  /** ISO date and time of the erasure. */
  erasedAt: string;
  /**
   * Why: at the person's request (the default), or past the keep-until date (retention). It
   * decides how an open programme of theirs is ended.
   */
  because?: ErasureCause;
}

export const ERASURE_CAUSES = ['request', 'retention'] as const;
export type ErasureCause = (typeof ERASURE_CAUSES)[number];

/** Collection name (as the store's journal labels it) → every record in it, all partitions together. */
export type RecordLists = Readonly<Record<string, readonly object[]>>;

export interface ErasureResult {
  /** The lists again, each record that changed replaced; unchanged records are the same objects. */
  lists: Record<string, readonly object[]>;
  /** Every record changed, by collection, for saving. */
  changed: { collection: string; record: object }[];
  /** False when the lists do not hold the person (a backup from before they were added). */
  found: boolean;
}

/** "Erased person 7F3A": from the record id, so it is the same in every backup and on every screen. */
export function placeholderName(id: string): string {
  return `Erased person ${placeholderCode(id)}`;
}

export function placeholderCode(id: string): string {
  const code = id.replace(/[^a-z0-9]/gi, '').slice(0, 4).toUpperCase();
  return code === '' ? 'X' : code;
}

export const isErased = (p: { erasedAt?: string | undefined }): boolean => p.erasedAt !== undefined;

/** The collection each kind of person lives in. */
export const PERSON_COLLECTION: Record<ErasedKind, 'members' | 'volunteers'> = { member: 'members', volunteer: 'volunteers' };

// ----- the person -----------------------------------------------------------------------

const PLACEHOLDER_FIRST = 'Erased person';

/** Only what counts: status dates, joining and leaving dates, the kind of work. Built up, not cleared down, so a field added later is never kept by mistake. */
function erasedMember(m: Member, at: string): Member {
  return compact<Member>({
    id: m.id,
    createdAt: m.createdAt,
    updatedAt: at,
    erasedAt: at,
    firstName: PLACEHOLDER_FIRST,
    lastName: placeholderCode(m.id),
    address: {},
    emergencyContact: {},
    status: m.status,
    statusHistory: m.statusHistory.map((h) => ({ status: h.status, date: h.date, recordedAt: h.recordedAt })),
    leftDate: m.leftDate,
    joinedDate: m.joinedDate,
    interests: [],
    digital: {},
    deviceLoans: [],
    newsletter: 'none',
    consents: [],
    equality: {},
  });
}

function erasedVolunteer(v: Volunteer, at: string): Volunteer {
  return compact<Volunteer>({
    id: v.id,
    createdAt: v.createdAt,
    updatedAt: at,
    erasedAt: at,
    firstName: PLACEHOLDER_FIRST,
    lastName: placeholderCode(v.id),
    address: {},
    emergencyContact: {},
    workforceType: v.workforceType,
    roles: v.roles,
    languages: [],
    availability: [],
    interests: [],
    startDate: v.startDate,
    contactPreferences: [],
    status: v.status,
    statusHistory: v.statusHistory.map((h) => ({ status: h.status, date: h.date, recordedAt: h.recordedAt })),
    leftDate: v.leftDate,
    caseloadLimit: v.caseloadLimit,
    consents: [],
  });
}

// ----- records that are theirs ------------------------------------------------------------

function erasedReferral(r: Referral, at: string): Referral {
  // Taken out, not kept: the person as referred, why, and why it ended.
  const { referrer, person: _person, reason: _reason, outcomeReason: _outcomeReason, ...kept } = r;
  return compact<Referral>({
    ...kept,
    updatedAt: at,
    // The referrer's organisation says where referrals come from; their name and contact are a person's.
    referrer: referrer.organisation ? { organisation: referrer.organisation } : {},
    person: { firstName: PLACEHOLDER_FIRST, lastName: placeholderCode(r.memberId ?? r.id) },
  });
}

/**
 * One closed referral past its keep-until date (retention), the person it names not erased:
 * the same as above, named from the referral's own id (the member, if any, keeps their name),
 * and marked erased so the retention list does not offer it again.
 */
export function erasedReferralDetails(r: Referral, at: string): Referral {
  const { referrer, person: _person, reason: _reason, outcomeReason: _outcomeReason, ...kept } = r;
  return compact<Referral>({
    ...kept,
    updatedAt: at,
    erasedAt: at,
    referrer: referrer.organisation ? { organisation: referrer.organisation } : {},
    person: { firstName: PLACEHOLDER_FIRST, lastName: placeholderCode(r.id) },
  });
}

/**
 * How an erased member's open programme ends: at their request it is their choice to stop;
 * past the keep-until date no one has been in touch for years. Ended, it leaves Home's and
 * the Programmes page's lists of what needs doing, and counts as ended on the day of the
 * erasure (figures for past periods do not change).
 */
const ENDING_FOR: Record<ErasureCause, Ending> = { request: 'member-choice', retention: 'lost-contact' };

function erasedProgramme(p: Programme, at: string, because: ErasureCause): Programme {
  const day = localDateOf(at) ?? at.slice(0, 10);
  const ends = p.status !== 'ended' && p.ending === undefined;
  return compact<Programme>({
    ...p,
    ...(ends ? { status: 'ended' as const, statusHistory: [...p.statusHistory, { status: 'ended' as const, date: day, at }], ending: { date: day, ending: ENDING_FOR[because], onward: [] } } : {}),
    updatedAt: at,
    matches: p.matches.map(({ reason: _reason, ...m }) => m),
    extensions: p.extensions.map((e) => ({ ...e, reason: '' })),
    ...(p.ending && !ends ? { ending: { date: p.ending.date, ending: p.ending.ending, onward: p.ending.onward } } : {}),
    // Goals stay, so "goals set" and "goals achieved" still count; what they said goes.
    goals: p.goals.map((g) => ({ ...g, text: '', steps: [], reviews: g.reviews.map((r) => ({ date: r.date, progress: r.progress })) })),
  });
}

function erasedProgrammeSession(s: ProgrammeSession, at: string): ProgrammeSession {
  const { note: _note, privateNote: _privateNote, where: _where, ...kept } = s;
  return { ...kept, updatedAt: at };
}

function erasedTrip(t: TravelTrip, at: string): TravelTrip {
  const { accessNotes: _accessNotes, ...kept } = t;
  return { ...kept, appointmentPlace: '', pickUpAddress: '', updatedAt: at };
}

/**
 * The score a report reads, kept; the answers, gone. ONS4 has no total and is compared question
 * by question, as is the ONS loneliness question within UCLA-3: those single answers are kept as
 * item scores, because the report's figures are worked out from them.
 */
export function keptScoreOf(measure: MeasureDefinition | undefined, c: Completion): KeptScore {
  if (c.keptScore) return c.keptScore;
  if (!measure) return { scored: false };
  const s = scoreAnswers(measure, c.answers);
  const comparedItems = measure.rules.kind === 'ons4' ? measure.items.map((i) => i.id) : measure.rules.kind === 'ucla-3' ? [ONS_LONELY_ITEM_ID] : [];
  const perItem = Object.fromEntries(comparedItems.flatMap((id) => (s.perItem?.[id] ? [[id, s.perItem[id]]] : [])));
  return compact<KeptScore>({
    scored: s.scored,
    score: s.score,
    metric: s.metric,
    band: s.band,
    prorated: s.prorated,
    ...(comparedItems.length > 0 ? { perItem } : {}),
  });
}

function erasedCompletion(c: Completion, measures: ReadonlyMap<string, MeasureDefinition>, at: string): Completion {
  return { ...c, answers: {}, keptScore: keptScoreOf(measures.get(c.measureId), c), updatedAt: at };
}

function erasedDbs(d: DbsCheck, at: string): DbsCheck {
  const { certificateNumber: _number, updateServiceId: _updateId, ...kept } = d;
  return { ...kept, updatedAt: at };
}

function erasedSupervision(s: Supervision, at: string): Supervision {
  const { notes: _notes, ...kept } = s;
  return { ...kept, updatedAt: at };
}

function erasedTraining(t: TrainingRecord, at: string): TrainingRecord {
  return { ...t, updatedAt: at, shadowing: t.shadowing.map(({ note: _note, ...s }) => s) };
}

function erasedExpense(e: Expense, at: string): Expense {
  return { ...e, description: '', updatedAt: at };
}

/**
 * Their place in groups ends on the day of the erasure, so no new register, roster or sign-in
 * sheet lists the placeholder, and they leave any waiting list; the spells before stay, so past registers and reports read the same.
 */
function leftGroups(g: Group, memberId: string, day: string): Group {
  // Off any waiting list too: no place will be offered to a placeholder, and Home stops counting them as waiting.
  return { ...g, waitingList: g.waitingList.filter((w) => w.memberId !== memberId), roster: g.roster.map((s) => (s.memberId !== memberId ? s : s.left !== undefined && s.left <= day ? { memberId, joined: s.joined, left: s.left } : { memberId, joined: s.joined, left: s.joined > day ? s.joined : day })) };
}

/** A volunteer erased is no longer among a group's facilitators; registers keep who was there. */
function withoutFacilitator(g: Group, volunteerId: string): Group {
  return { ...g, facilitatorIds: g.facilitatorIds.filter((id) => id !== volunteerId) };
}

function erasedOverride(o: ActivationOverride): ActivationOverride {
  return { ...o, reason: '' };
}

// ----- the whole erasure -----------------------------------------------------------------

type Rule = (record: object) => object | undefined;

const list = <T>(lists: RecordLists, name: string): readonly T[] => (lists[name] ?? []) as readonly T[];

/**
 * Which records are the person's own (their fields are cleared, not only their name replaced),
 * by collection. A member owns their referrals, programmes with those programmes' sessions and
 * trips, and questionnaires; a volunteer owns their checks, training, supervision, hours and
 * expenses.
 */
function ownRules(lists: RecordLists, target: ErasureTarget, measures: ReadonlyMap<string, MeasureDefinition>): Record<string, Rule> {
  const at = target.erasedAt;
  const id = target.id;
  if (target.kind === 'member') {
    const programmeIds = new Set(list<Programme>(lists, 'programmes').filter((p) => p.memberId === id).map((p) => p.id));
    return {
      members: (r) => ((r as Member).id === id ? erasedMember(r as Member, at) : undefined),
      groups: (r) => ((r as Group).roster.some((s) => s.memberId === id) || (r as Group).waitingList.some((w) => w.memberId === id) ? leftGroups(r as Group, id, localDateOf(at) ?? at.slice(0, 10)) : undefined),
      referrals: (r) => ((r as Referral).memberId === id ? erasedReferral(r as Referral, at) : undefined),
      programmes: (r) => ((r as Programme).memberId === id ? erasedProgramme(r as Programme, at, target.because ?? 'request') : undefined),
      'programme-sessions': (r) => (programmeIds.has((r as ProgrammeSession).programmeId) ? erasedProgrammeSession(r as ProgrammeSession, at) : undefined),
      'travel-trips': (r) => (programmeIds.has((r as TravelTrip).programmeId) ? erasedTrip(r as TravelTrip, at) : undefined),
      'outcome-completions': (r) => ((r as Completion).memberId === id ? erasedCompletion(r as Completion, measures, at) : undefined),
    };
  }
  const mine = (r: object): boolean => (r as { volunteerId?: string }).volunteerId === id;
  return {
    volunteers: (r) => ((r as Volunteer).id === id ? erasedVolunteer(r as Volunteer, at) : undefined),
    groups: (r) => ((r as Group).facilitatorIds.includes(id) ? withoutFacilitator(r as Group, id) : undefined),
    dbsChecks: (r) => (mine(r) ? erasedDbs(r as DbsCheck, at) : undefined),
    training: (r) => (mine(r) ? erasedTraining(r as TrainingRecord, at) : undefined),
    supervision: (r) => (mine(r) ? erasedSupervision(r as Supervision, at) : undefined),
    expenses: (r) => (mine(r) ? erasedExpense(r as Expense, at) : undefined),
    activationOverrides: (r) => (mine(r) ? erasedOverride(r as ActivationOverride) : undefined),
  };
}

/** Ids whose mention makes a record "linked" to the person: theirs, and their programmes' and referrals'. */
function linkedIds(lists: RecordLists, target: ErasureTarget): Set<string> {
  const ids = new Set([target.id]);
  if (target.kind === 'member') {
    for (const p of list<Programme>(lists, 'programmes')) if (p.memberId === target.id) ids.add(p.id);
    for (const r of list<Referral>(lists, 'referrals')) if (r.memberId === target.id) ids.add(r.id);
  }
  return ids;
}

export function eraseFromLists(lists: RecordLists, target: ErasureTarget, measures: readonly MeasureDefinition[]): ErasureResult {
  const people = list<Member | Volunteer>(lists, PERSON_COLLECTION[target.kind]);
  const person = people.find((p) => p.id === target.id);
  if (!person) return { lists: { ...lists }, changed: [], found: false };
  // Already erased (a backup rewritten before, or taken after): nothing of them is left to find.
  if (isErased(person)) return { lists: { ...lists }, changed: [], found: true };
  const replacer: Replacer = nameReplacer(nameTerms(person), placeholderName(target.id));
  const rules = ownRules(lists, target, new Map(measures.map((m) => [m.id, m])));
  const linked = linkedIds(lists, target);

  const out: Record<string, readonly object[]> = {};
  const changed: ErasureResult['changed'] = [];
  for (const [collection, records] of Object.entries(lists)) {
    const rule = rules[collection];
    let any = false;
    const next = records.map((record) => {
      const own = rule?.(record);
      const isLinked = own !== undefined || mentionsAny(record, linked);
      const renamed = mapStrings(own ?? record, (s) => replacer.replace(s, isLinked));
      if (renamed === record || (own !== undefined && JSON.stringify(renamed) === JSON.stringify(record))) return record;
      any = true;
      changed.push({ collection, record: renamed });
      return renamed;
    });
    out[collection] = any ? next : records;
  }
  return { lists: out, changed, found: true };
}
