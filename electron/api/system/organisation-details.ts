import { ORGANISATION_DETAIL_LABELS, type OrganisationDetailKey } from '../../../shared/domain/organisation-details';
import type { Settings, SettingsInput } from '../../../shared/domain/settings';

const KEYS = Object.keys(ORGANISATION_DETAIL_LABELS) as OrganisationDetailKey[];

/**
 * The organisation's contact details from a settings update, into `next`: a key present but
 * blank clears the detail, an absent key leaves it. Returns the labels of those changed.
 */
export function applyOrganisationDetails(input: Pick<SettingsInput, OrganisationDetailKey>, before: Settings, next: Settings): string[] {
  const changed: string[] = [];
  for (const key of KEYS) {
    if (!(key in input)) continue;
    const value = input[key];
    if (value) next[key] = value;
    else delete next[key];
    if ((before[key] ?? '') !== (next[key] ?? '')) changed.push(ORGANISATION_DETAIL_LABELS[key]);
  }
  return changed;
}
