import { api } from '../../lib/api';
import { useLoad } from '../../lib/use-load';
import type { ProgrammeRow } from '../../../shared/contracts/programmes';

const programmes = (n: number) => (n === 1 ? '1 one-to-one programme' : `${n} one-to-one programmes`);

/** What deleting a member does to their programmes, said before the coordinator confirms. */
export function memberDeleteNote(rows: readonly ProgrammeRow[]): string | null {
  if (rows.length === 0) return null;
  return `Their ${programmes(rows.length)} (${rows.map((r) => r.kind.name).join(', ')}) will be deleted too, with every session, goal and travel buddy trip. Funder reports already sent keep their figures; new reports will no longer count them.`;
}

/** What deleting a volunteer does to the programmes they support, said before confirming. */
export function volunteerDeleteNote(rows: readonly ProgrammeRow[], volunteerId: string): string | null {
  const open = rows.filter((r) => r.status !== 'ended' && r.volunteer?.id === volunteerId);
  const past = rows.length - open.length;
  const parts: string[] = [];
  if (open.length > 0) parts.push(`The ${programmes(open.length)} they support now (${open.map((r) => r.member.name).join(', ')}) will go back to “Waiting for a match”.`);
  if (past > 0) parts.push(`Sessions they gave on ${past === 1 ? '1 other programme' : `${past} other programmes`} stay in those programmes' records, with “Deleted record” for their name.`);
  return parts.length > 0 ? parts.join(' ') : null;
}

/**
 * The delete confirmation's word on programmes: loaded when the question opens, so the
 * coordinator knows what goes (a member's) or what waits for another volunteer (a volunteer's).
 */
export function ProgrammesDeleteNote(props: { memberId: string } | { volunteerId: string }) {
  const key = 'memberId' in props ? props.memberId : props.volunteerId;
  const { data, error } = useLoad(() => ('memberId' in props ? api.programmes.forMember({ memberId: props.memberId }) : api.programmes.forVolunteer({ volunteerId: props.volunteerId })), [key]);
  if (error) return <p>Their one-to-one programmes could not be checked: {error}</p>;
  if (!data) return <p role="status">Checking their one-to-one programmes…</p>;
  const note = 'memberId' in props ? memberDeleteNote(data) : volunteerDeleteNote(data, props.volunteerId);
  return note ? <p>{note}</p> : null;
}
