import type { RotaData, RotaName, RotaSession } from '../../../electron/pdf/types';
import { ORGANISATION, PRINTED_ON } from '../../fixtures/pdf/data';

/**
 * Very full months for the rota tests: groups that meet on every day of the week, two
 * facilitators a session, long and accented names, in months that run to six weeks.
 */

export interface RotaGroup {
  name: string;
  /** 0 = Monday … 6 = Sunday */
  weekdays: number[];
  start: string;
  end: string;
  venue?: string;
}

/** Ten groups, fourteen meetings a week: two on every day. */
export const TEN_GROUPS: RotaGroup[] = [
  { name: 'Older People’s Peer Support Group', weekdays: [0, 3], start: '10:00', end: '12:00', venue: 'Canolfan Soar Community Centre' },
  { name: 'Hearing Voices Aberdâr', weekdays: [1], start: '18:00', end: '19:30', venue: 'Aberdare Library' },
  { name: 'Bereavement Peer Support Llanfihangel', weekdays: [2, 5], start: '13:30', end: '15:30', venue: 'Eglwys Sant Mihangel Church Hall' },
  { name: 'Men’s Shed Coffee Morning', weekdays: [4], start: '09:30', end: '11:00', venue: 'Canolfan Soar Community Centre' },
  { name: 'Carers’ Circle Pontypridd', weekdays: [6], start: '14:00', end: '16:00', venue: 'Pontypridd YMCA' },
  { name: 'Online Evening Check-in', weekdays: [0, 4], start: '19:00', end: '20:30' },
  { name: 'Young Adults Peer Group Merthyr', weekdays: [1, 6], start: '17:30', end: '19:00', venue: 'Canolfan Soar Community Centre' },
  { name: 'Grŵp Cymraeg Aberdâr', weekdays: [2], start: '11:00', end: '12:30', venue: 'Aberdare Library' },
  { name: 'Saturday Coffee and Chat', weekdays: [5], start: '10:30', end: '12:00', venue: 'Pontypridd YMCA' },
  { name: 'Tuesday Talk Merthyr Tudful', weekdays: [3], start: '10:30', end: '12:00', venue: 'Canolfan Soar Community Centre' },
];

/** Four more, so most days have three or four sessions. */
export const FOUR_MORE: RotaGroup[] = [
  { name: 'Walk and Talk Taff Trail', weekdays: [0, 2, 4], start: '12:00', end: '13:00', venue: 'Pontypridd YMCA' },
  { name: 'Art and Wellbeing', weekdays: [1, 3], start: '13:00', end: '15:00', venue: 'Aberdare Library' },
  { name: 'Parents’ Peer Support (Under-5s)', weekdays: [5, 6], start: '09:30', end: '11:00', venue: 'Canolfan Soar Community Centre' },
  { name: 'LGBTQ+ Peer Group', weekdays: [3, 6], start: '18:30', end: '20:00', venue: 'Pontypridd YMCA' },
];

/** The facilitators, as the app passes them (given name and surname apart), long names among them. */
export const FACILITATORS: RotaName[] = [
  { given: 'Bartholomew', surname: 'Fitzgerald-Worthington' },
  { given: 'Siân', surname: 'Llewelyn-Ap Rhys' },
  { given: 'Rhiannon', surname: 'Pryce-Llewellyn' },
  { given: 'Minh Khai', surname: 'Nguyễn' },
  { given: 'Gwenllian', surname: 'Ŵyn' },
  { given: 'Łukasz', surname: 'Wróbel-Kowalczyk' },
  { given: 'Zoë', surname: 'Brontë-Ffoulkes' },
  { given: 'Małgorzata', surname: 'Nowak-Szymańska' },
  { given: 'Rhodri', surname: 'Pritchard' },
  { given: 'Ifeoma', surname: 'Okonkwo' },
];

/** Every session of the month: two facilitators each, a gap now and then, Christmas-style closures on the 25th. */
export function fullMonth(month: string, groups: RotaGroup[] = TEN_GROUPS): RotaData {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  const sessions: RotaSession[] = [];
  for (let day = 1; day <= days; day++) {
    const weekday = (new Date(Date.UTC(year, monthNumber - 1, day)).getUTCDay() + 6) % 7;
    groups.forEach((group, g) => {
      if (!group.weekdays.includes(weekday)) return;
      const facilitators = (day + g) % 9 === 0 ? [] : [FACILITATORS[(g + day) % FACILITATORS.length]!, FACILITATORS[(g + day + 3) % FACILITATORS.length]!];
      sessions.push({
        date: `${month}-${String(day).padStart(2, '0')}`,
        groupName: group.name,
        startTime: group.start,
        endTime: group.end,
        facilitators,
        ...(group.venue ? { venueName: group.venue } : {}),
        ...(day === 25 ? { cancelled: true } : {}),
      });
    });
  }
  return { organisationName: ORGANISATION, printedOn: PRINTED_ON, month, sessions };
}
