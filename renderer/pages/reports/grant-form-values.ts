import { formatUkDate } from '../../../shared/dates';
import { ageBandsText, DEFAULT_AGE_BANDS, formatGrantAmount, TARGET_KEYS, type Grant, type GrantFormValues } from '../../../shared/domain/grants';

/** The grant form's text values: a new grant, or a saved one written back as it was typed. */

export function emptyGrantForm(): GrantFormValues {
  return {
    funder: '',
    name: '',
    amountPence: '',
    startDate: '',
    endDate: '',
    frequency: 'yearly',
    groupIds: [],
    programmeKindIds: [],
    referralScope: 'funded-groups',
    rateName: '',
    targets: { people: '', newPeople: '', sessions: '', attendances: '', volunteerHours: '' },
    outcomes: '',
    ageBands: ageBandsText(DEFAULT_AGE_BANDS),
    notes: '',
  };
}

export function formFromGrant(g: Grant): GrantFormValues {
  const targets = Object.fromEntries(TARGET_KEYS.map((k) => [k, g.targets[k] === undefined ? '' : String(g.targets[k])])) as GrantFormValues['targets'];
  return {
    funder: g.funder,
    name: g.name,
    amountPence: formatGrantAmount(g.amountPence),
    startDate: formatUkDate(g.startDate),
    endDate: formatUkDate(g.endDate),
    frequency: g.frequency,
    groupIds: g.groupIds,
    programmeKindIds: g.programmeKindIds ?? [],
    referralScope: g.referralScope,
    rateName: g.rateName ?? '',
    targets,
    outcomes: g.outcomes.join('\n'),
    ageBands: ageBandsText(g.ageBands),
    notes: g.notes ?? '',
  };
}
