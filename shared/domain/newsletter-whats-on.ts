import { lastDayOfMonthIso, type IsoDate } from '../dates';
import { GROUP_KIND_LABELS, type Group } from './groups';
import { sessionsForGroup } from './group-sessions';
import { scheduleInWords, skippedOccurrences, weekdayOf } from './schedule';
import type { SessionRecord } from './sessions';
import type { Venue } from './venues';
import { WEEKDAY_LABELS } from './volunteers';

/**
 * "What's on" for a month, written from the groups' schedules: each group meeting that
 * month with when it meets in words, the dates, and where. Archived groups, groups that have
 * ended or not yet started, and cancelled sessions are left out; dates a group would meet
 * but does not (a bank holiday, a cancellation, a skipped date) are said, so nobody turns up
 * to a locked door. The result is ordinary section markup, for the coordinator to edit.
 */

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

export interface WhatsOnEntry {
  groupId: string;
  name: string;
  when: string;
  /** Meeting dates that month (ISO), cancelled ones left out. */
  dates: IsoDate[];
  /** Dates the pattern gives that it does not meet, with why when it is a bank holiday. */
  notMeeting: { date: IsoDate; why?: string }[];
  /** Meetings at other times than usual: "10:00–11:30 on Tuesday 17 November". */
  otherTimes: string[];
  where: string;
}

export interface WhatsOn {
  heading: string;
  body: string;
  entries: WhatsOnEntry[];
}

export function monthRange(month: string): { from: IsoDate; to: IsoDate } {
  return { from: `${month}-01`, to: lastDayOfMonthIso(`${month}-01`) };
}

/** "November 2026" */
export function monthInWords(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${MONTH_NAMES[m - 1] ?? ''} ${y}`;
}

const dayOfMonth = (iso: IsoDate) => String(Number(iso.slice(8, 10)));
const weekdayName = (iso: IsoDate) => {
  const wd = weekdayOf(iso);
  return wd ? WEEKDAY_LABELS[wd] : '';
};

function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "Tuesdays 3, 10 and 17 November", "Tuesday 10 November", "Monday 2 and Thursday 5 November". */
export function datesInWords(dates: readonly IsoDate[]): string {
  if (dates.length === 0) return '';
  const month = MONTH_NAMES[Number(dates[0]!.slice(5, 7)) - 1] ?? '';
  const days = new Set(dates.map(weekdayName));
  if (days.size === 1) {
    const day = weekdayName(dates[0]!);
    return `${dates.length === 1 ? day : `${day}s`} ${joinWords(dates.map(dayOfMonth))} ${month}`;
  }
  return `${joinWords(dates.map((d) => `${weekdayName(d)} ${dayOfMonth(d)}`))} ${month}`;
}

/** Characters that would turn a group's or venue's name into formatting. */
export function escapeMarkup(text: string): string {
  return text.replace(/[\\*_[\]~`]/g, (c) => `\\${c}`).replace(/^(\s*)([-+]|\d+\.)(\s)/, (_m, a: string, b: string, c: string) => `${a}\\${b}${c}`);
}

function whereFor(group: Group, venue: Venue | undefined): string {
  if (group.kind === 'online' || (!venue && group.onlineDetails)) return 'Online';
  if (!venue) return 'Venue to be confirmed';
  const address = [venue.address.line1, venue.address.town, venue.address.postcode].filter(Boolean).join(', ');
  return address ? `${venue.name}, ${address}` : venue.name;
}

function entryFor(group: Group, venue: Venue | undefined, stored: readonly SessionRecord[], from: IsoDate, to: IsoDate): WhatsOnEntry | undefined {
  if (group.archived) return undefined;
  const sessions = sessionsForGroup(group, stored, from, to);
  const held = sessions.filter((s) => !s.cancelled);
  if (held.length === 0) return undefined;
  const { startTime, endTime } = group.schedule;
  const notMeeting = [
    ...sessions.filter((s) => s.cancelled).map((s) => ({ date: s.date })),
    ...skippedOccurrences(group.schedule, from, to).map((s) => (s.name ? { date: s.date, why: s.name } : { date: s.date })),
  ].sort((a, b) => a.date.localeCompare(b.date));
  const otherTimes = held
    .filter((s) => s.startTime !== startTime || s.endTime !== endTime)
    .map((s) => `${s.startTime}\u2013${s.endTime} on ${weekdayName(s.date)} ${dayOfMonth(s.date)} ${MONTH_NAMES[Number(s.date.slice(5, 7)) - 1] ?? ''}`);
  // A group meeting that month only as one-offs does not follow its usual pattern.
  const when = held.some((s) => s.scheduled) ? scheduleInWords(group.schedule) : `${held[0]!.startTime}\u2013${held[0]!.endTime}`;
  return { groupId: group.id, name: group.name, when, dates: held.map((s) => s.date), notMeeting, otherTimes: held.some((s) => s.scheduled) ? otherTimes : [], where: whereFor(group, venue) };
}

function entryMarkup(e: WhatsOnEntry, kind: string): string {
  const lines = [`**${escapeMarkup(e.name)}** (${kind})`, escapeMarkup(e.when), escapeMarkup(datesInWords(e.dates)), escapeMarkup(e.where)];
  if (e.otherTimes.length > 0) lines.push(escapeMarkup(`Note the time: ${joinWords(e.otherTimes)}`));
  if (e.notMeeting.length > 0) {
    const words = e.notMeeting.map((n) => `${weekdayName(n.date)} ${dayOfMonth(n.date)} ${MONTH_NAMES[Number(n.date.slice(5, 7)) - 1] ?? ''}${n.why ? ` (${n.why})` : ''}`);
    lines.push(escapeMarkup(`No meeting on ${joinWords(words)}`));
  }
  return lines.join('\n');
}

export function whatsOnFor(month: string, groups: readonly Group[], venues: readonly Venue[], stored: readonly SessionRecord[]): WhatsOn {
  const { from, to } = monthRange(month);
  const venueById = new Map(venues.map((v) => [v.id, v]));
  const byGroup = new Map<string, SessionRecord[]>();
  for (const s of stored) {
    const list = byGroup.get(s.groupId);
    if (list) list.push(s);
    else byGroup.set(s.groupId, [s]);
  }
  const found: { entry: WhatsOnEntry; group: Group; first: string }[] = [];
  for (const group of groups) {
    const entry = entryFor(group, group.venueId ? venueById.get(group.venueId) : undefined, byGroup.get(group.id) ?? [], from, to);
    if (entry) found.push({ entry, group, first: `${entry.dates[0]!} ${group.schedule.startTime}` });
  }
  found.sort((a, b) => a.first.localeCompare(b.first) || a.entry.name.localeCompare(b.entry.name, 'en-GB'));
  const heading = `What's on in ${monthInWords(month)}`;
  const body = found.length === 0 ? `No groups meet in ${monthInWords(month)}.` : found.map((f) => entryMarkup(f.entry, GROUP_KIND_LABELS[f.group.kind])).join('\n\n');
  return { heading, body, entries: found.map((f) => f.entry) };
}
