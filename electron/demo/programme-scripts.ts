import { ONWARD_REFERRALS, type Ending, type ProgrammeKind, type SessionMode, type SessionOutcome } from '../../shared/domain/programmes';
import {
  ATTENDED_NOTES,
  ATTENDED_NOTES_BY_MODE,
  CAFES,
  CANCELLED_BY_MEMBER_NOTES,
  CANCELLED_BY_VOLUNTEER_NOTES,
  DID_NOT_ATTEND_NOTES,
  DID_NOT_ATTEND_NOTES_BY_MODE,
  ENDING_NOTES,
  EXTENSION_REASONS,
  HOME,
  OTHER_ONWARD,
  OUT_AND_ABOUT_PLACES,
  PRIVATE_NOTES,
  TRAVEL_NOTES,
  VIDEO_PLACES,
  APPOINTMENTS,
} from './programme-words';
import { weightedPicker, type Random, type Weighted } from './random';

/**
 * The course of one sample programme, in days from its start: when it was matched, each
 * session with what happened, pauses, extensions and how it ended. Written before anyone is
 * placed in it, so the same shape can be set at any point in the history (programmes.ts
 * chooses when, who with, and cuts open ones at today).
 */

export interface ScriptSession {
  /** Days from the programme's start. */
  day: number;
  outcome: SessionOutcome;
  minutes: number;
  mode: SessionMode;
  where?: string;
  startTime?: string;
  note?: string;
  privateNote?: string;
}

export interface ScriptEnd {
  day: number;
  ending: Ending;
  onward: string[];
  note?: string;
}

export interface Script {
  /** The first volunteer, in days from the start (0: matched as it started). */
  matchDay: number;
  /** The first session as planned when matched. */
  firstDay: number;
  sessions: ScriptSession[];
  /** Paused from `from` until `to` (Infinity: still paused). */
  pauses: { from: number; to: number }[];
  extensions: { day: number; from: number | null; to: number; reason: string }[];
  /** Planned sessions at the end (after any extension); null: open-ended. */
  planned: number | null;
  /** How it ended; undefined while it goes on (only scripts of open programmes). */
  end?: ScriptEnd;
}

/** Where it took place, by how: a table so the sample reads like a real log. */
export interface Places {
  /** Rooms the charity uses (its venues). */
  rooms: readonly string[];
  wards: readonly string[];
}

export interface ScriptOptions {
  kind: ProgrammeKind;
  /** How it ends; 'open': one that will be cut at today (runs to completion if not). */
  ending: Ending | 'open';
  /** At the planned number, extend rather than end. */
  extend: boolean;
  /** Referred from a ward: the first sessions are ward visits. */
  fromWard: boolean;
  /** The part of the day they usually meet. */
  dayPart: 'morning' | 'afternoon' | 'evening';
  places: Places;
}

const OUTCOME = weightedPicker<SessionOutcome>([
  ['attended', 82],
  ['cancelled-by-member', 7],
  ['cancelled-by-volunteer', 4],
  ['did-not-attend', 7],
]);

const MODES: Readonly<Record<string, Weighted<SessionMode>>> = {
  'peer-coaching': [['in-person', 45], ['phone', 15], ['video', 20], ['out-and-about', 20]],
  'one-to-one-support': [['in-person', 35], ['phone', 20], ['home-visit', 25], ['out-and-about', 15], ['video', 5]],
  'peer-mentoring': [['in-person', 40], ['video', 30], ['phone', 30]],
  'travel-buddy': [['out-and-about', 90], ['phone', 10]],
};
const OTHER_MODES: Weighted<SessionMode> = [['in-person', 50], ['phone', 25], ['video', 15], ['out-and-about', 10]];
const modePickers = new Map<string, (random: Random) => SessionMode>();
function modeFor(random: Random, kindId: string): SessionMode {
  let picker = modePickers.get(kindId);
  if (!picker) {
    picker = weightedPicker(MODES[kindId] ?? OTHER_MODES);
    modePickers.set(kindId, picker);
  }
  return picker(random);
}

const TIMES: Readonly<Record<ScriptOptions['dayPart'], readonly string[]>> = {
  morning: ['09:30', '10:00', '10:00', '10:30', '11:00'],
  afternoon: ['13:00', '13:30', '14:00', '14:00', '15:00'],
  evening: ['17:30', '18:00', '18:00', '18:30', '19:00'],
};

const isTravel = (kind: ProgrammeKind): boolean => kind.plannedSessions === null;

/** Days to the next session: weekly or fortnightly for most, as appointments fall for travel. */
function cadenceFor(random: Random, kind: ProgrammeKind): () => number {
  if (isTravel(kind)) return () => random.int(5, 40);
  const weeks = kind.id === 'peer-mentoring' ? (random.chance(0.7) ? 2 : 4) : kind.id === 'peer-coaching' ? (random.chance(0.6) ? 1 : 2) : 1;
  return () => weeks * 7 + (random.chance(0.1) ? random.pick([-1, 1, 2]) : 0);
}

function lengthFor(random: Random, kind: ProgrammeKind, mode: SessionMode): number {
  if (mode === 'phone' && isTravel(kind)) return random.pick([15, 20, 20, 30]);
  const usual = kind.sessionMinutes;
  const factor = random.pick([0.75, 0.85, 1, 1, 1, 1, 1.25, 1.5]);
  return Math.max(15, Math.min(720, Math.round((usual * factor) / 5) * 5));
}

function whereFor(random: Random, mode: SessionMode, travel: boolean, places: Places): string | undefined {
  switch (mode) {
    case 'in-person':
      return places.rooms.length > 0 && random.chance(0.4) ? random.pick(places.rooms) : random.pick(CAFES);
    case 'home-visit':
      return HOME;
    case 'ward-visit':
      return places.wards.length > 0 ? random.pick(places.wards) : undefined;
    case 'out-and-about':
      return travel ? random.pick(APPOINTMENTS) : random.pick(OUT_AND_ABOUT_PLACES);
    case 'video':
      return random.chance(0.5) ? random.pick(VIDEO_PLACES) : undefined;
    case 'phone':
      return undefined;
  }
}

/** A note that fits what happened and how they met (no "phone call" on a home visit). */
function noteFor(random: Random, outcome: SessionOutcome, mode: SessionMode, travel: boolean): string | undefined {
  const either = (general: readonly string[], byMode: readonly string[] | undefined): string => (byMode && random.chance(0.5) ? random.pick(byMode) : random.pick(general));
  switch (outcome) {
    case 'attended':
      if (!random.chance(0.55)) return undefined;
      return travel && mode === 'out-and-about' ? random.pick(TRAVEL_NOTES) : either(ATTENDED_NOTES, ATTENDED_NOTES_BY_MODE[mode]);
    case 'cancelled-by-member':
      return random.chance(0.7) ? random.pick(CANCELLED_BY_MEMBER_NOTES) : undefined;
    case 'cancelled-by-volunteer':
      return random.chance(0.7) ? random.pick(CANCELLED_BY_VOLUNTEER_NOTES) : undefined;
    case 'did-not-attend':
      return random.chance(0.8) ? either(DID_NOT_ATTEND_NOTES, DID_NOT_ATTEND_NOTES_BY_MODE[mode]) : undefined;
  }
}

function onwardFor(random: Random, ending: Ending): string[] {
  const chance: Record<Ending, number> = { completed: 0.35, 'member-choice': 0.1, 'lost-contact': 0.05, 'moved-away': 0.25, 'needs-more-support': 0.9 };
  if (!random.chance(chance[ending])) return [];
  if (ending === 'needs-more-support') return random.chance(0.6) ? ['GP'] : ['NHS Talking Therapies', ...(random.chance(0.3) ? ['GP'] : [])];
  if (ending === 'moved-away') return [random.chance(0.5) ? 'Citizens Advice' : 'Peer support group near their new home'];
  const named = random.chance(0.8);
  const first = named ? random.pick(ONWARD_REFERRALS) : random.pick(OTHER_ONWARD);
  return random.chance(0.2) ? [...new Set([first, random.pick(ONWARD_REFERRALS)])] : [first];
}

export function buildScript(random: Random, options: ScriptOptions): Script {
  const { kind, ending } = options;
  const travel = isTravel(kind);
  const matchDay = random.chance(0.35) ? 0 : random.chance(0.85) ? random.int(1, 21) : random.int(22, 75);
  const firstDay = matchDay + random.int(3, 21);
  const next = cadenceFor(random, kind);
  const usualMode = modeFor(random, kind.id);
  const times = TIMES[options.dayPart];
  const usualTime = random.pick(times);
  let planned = kind.plannedSessions;
  const ceiling = planned ?? random.int(3, 10);
  // Early endings stop after this many attended sessions.
  const stopAt = ending === 'completed' || ending === 'open' ? Infinity : random.int(1, Math.max(1, ceiling - 3));

  const sessions: ScriptSession[] = [];
  const pauses: Script['pauses'] = [];
  const extensions: Script['extensions'] = [];
  let day = firstDay;
  let attended = 0;
  let extended = false;
  const session = (outcome: SessionOutcome): void => {
    const ward = options.fromWard && attended < 2 && outcome === 'attended';
    const mode: SessionMode = ward ? 'ward-visit' : random.chance(0.7) ? usualMode : modeFor(random, kind.id);
    const s: ScriptSession = { day, outcome, minutes: outcome === 'attended' ? lengthFor(random, kind, mode) : kind.sessionMinutes, mode };
    const where = whereFor(random, mode, travel, options.places);
    if (where !== undefined) s.where = where;
    if (random.chance(0.85)) s.startTime = random.chance(0.7) ? usualTime : random.pick(times);
    const note = noteFor(random, outcome, mode, travel);
    if (note !== undefined) s.note = note;
    if (outcome === 'attended' && random.chance(0.06)) s.privateNote = random.pick(PRIVATE_NOTES);
    sessions.push(s);
    if (outcome === 'attended') attended++;
  };

  for (let guard = 0; guard < 120; guard++) {
    session(OUTCOME(random));
    if (attended >= stopAt) break;
    const target = planned ?? ceiling;
    if (attended >= target) {
      const canExtend = options.extend && !extended && planned !== null && (kind.maxSessions === undefined || kind.maxSessions > planned);
      if (!canExtend) break;
      extended = true;
      const to = planned! + random.int(2, 4);
      extensions.push({ day: day + random.int(0, 3), from: planned, to, reason: random.pick(EXTENSION_REASONS) });
      planned = to;
    }
    day += next();
    // Now and then a break: a stay in hospital, a holiday, a hard month.
    if (!travel && attended >= 1 && random.chance(0.03)) {
      const from = sessions[sessions.length - 1]!.day + random.int(1, 5);
      const to = from + random.int(14, 60);
      pauses.push({ from, to });
      day = to + random.int(0, 6);
    }
  }

  const last = sessions[sessions.length - 1]!.day;
  if (ending === 'lost-contact') {
    // They stopped coming: two or three missed sessions, then letters with no reply.
    for (let i = random.int(2, 3); i > 0; i--) {
      day = sessions[sessions.length - 1]!.day + next();
      session('did-not-attend');
    }
  } else if (ending === 'member-choice' && random.chance(0.5)) {
    day = last + next();
    session('cancelled-by-member');
  }
  const script: Script = { matchDay, firstDay, sessions, pauses, extensions, planned };
  if (ending !== 'open') {
    const final = sessions[sessions.length - 1]!.day;
    const gap: Record<Ending, [number, number]> = { completed: [0, 10], 'member-choice': [7, 28], 'lost-contact': [21, 42], 'moved-away': [3, 21], 'needs-more-support': [1, 14] };
    const [lo, hi] = gap[ending];
    const end: ScriptEnd = { day: final + random.int(lo, hi), ending, onward: onwardFor(random, ending) };
    if (random.chance(0.6)) end.note = random.pick(ENDING_NOTES[ending]);
    script.end = end;
  }
  return script;
}

/** The script with every session, pause, extension and end moved `days` later (the match stays). */
export function shifted(script: Script, days: number): Script {
  if (days === 0) return script;
  const out: Script = {
    ...script,
    firstDay: script.firstDay + days,
    sessions: script.sessions.map((s) => ({ ...s, day: s.day + days })),
    pauses: script.pauses.map((p) => ({ from: p.from + days, to: p.to + days })),
    extensions: script.extensions.map((e) => ({ ...e, day: e.day + days })),
  };
  if (script.end) out.end = { ...script.end, day: script.end.day + days };
  return out;
}

/** The last day the script needs (its end, or its last session while it goes on). */
export function scriptLength(script: Script): number {
  return script.end?.day ?? script.sessions[script.sessions.length - 1]?.day ?? script.firstDay;
}
