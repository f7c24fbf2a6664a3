import { ageOn } from '../dates';
import { fold } from '../text';
import type { Group, RosterSpell } from './groups';

/**
 * Who is in a group on a given day. Membership is kept as spells (joined … left), so a
 * member can leave and come back ("okay to leave, okay to come back") with their history
 * intact, and a past register shows the roster as it was that day.
 */

export function spellCovers(spell: RosterSpell, date: string): boolean {
  return spell.joined <= date && (spell.left === undefined || spell.left > date);
}

/** Spells open on a date, one per member. */
export function rosterOn(group: Pick<Group, 'roster'>, date: string): RosterSpell[] {
  return group.roster.filter((s) => spellCovers(s, date));
}

/** The member's open spell (no leaving date), if they are in the group now or from a future date. */
export function openSpell(group: Pick<Group, 'roster'>, memberId: string): RosterSpell | undefined {
  return group.roster.find((s) => s.memberId === memberId && s.left === undefined);
}

/** A spell that follows an earlier one in the same group: they came back. */
export function isReturning(group: Pick<Group, 'roster'>, spell: RosterSpell): boolean {
  return group.roster.some((s) => s !== spell && s.memberId === spell.memberId && s.left !== undefined && s.left <= spell.joined);
}

/** Places left on a date, when the group has a capacity. */
export function freePlaces(group: Pick<Group, 'roster' | 'capacity'>, date: string): number | undefined {
  return group.capacity === undefined ? undefined : group.capacity - rosterOn(group, date).length;
}

/** Outside the group's age range: a warning for the coordinator, never a bar. */
export function ageWarning(group: Pick<Group, 'eligibility'>, dateOfBirth: string | undefined, on: string): string | undefined {
  const { minAge, maxAge } = group.eligibility;
  if (minAge === undefined && maxAge === undefined) return undefined;
  if (!dateOfBirth) return 'Age not known: the group has an age range';
  const age = ageOn(dateOfBirth, on);
  if (minAge !== undefined && age < minAge) return `Aged ${age}: the group is for ${minAge}${maxAge !== undefined ? `–${maxAge}` : ' and over'}`;
  if (maxAge !== undefined && age > maxAge) return `Aged ${age}: the group is for ${minAge !== undefined ? `${minAge}–` : 'up to '}${maxAge}`;
  return undefined;
}

/**
 * The one order of people in a group, on screen and on paper (group page, register, roster,
 * sign-in sheet): surname, then first name, ignoring case and accents — so the paper and
 * the screen always match line for line.
 */
export function byRegisterOrder(a: { firstName: string; lastName: string }, b: { firstName: string; lastName: string }): number {
  const x = fold(`${a.lastName}\u0000${a.firstName}`);
  const y = fold(`${b.lastName}\u0000${b.firstName}`);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function inRegisterOrder<T extends { firstName: string; lastName: string }>(people: readonly T[]): T[] {
  return [...people].sort(byRegisterOrder);
}
