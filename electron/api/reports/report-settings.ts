import { randomUUID } from 'node:crypto';
import { rateNames } from '../../../shared/domain/rates';
import type { Settings, SettingsInput } from '../../../shared/domain/settings';
import { ApiError } from '../../../shared/errors';
import { readLogo } from '../../pdf/report-logo';

/**
 * The report part of settings.update: rates, the rate used, small-number suppression and
 * the logo. Applies what the input holds to `next` and returns the names of what changed,
 * for the audit log (never the values).
 */
export async function applyReportSettings(input: Pick<SettingsInput, 'rates' | 'volunteerRateName' | 'suppressSmallNumbers' | 'logo'>, before: Settings, next: Settings): Promise<string[]> {
  const changed: string[] = [];
  if (input.rates !== undefined) {
    const rates = input.rates
      .map((r) => ({ id: r.id ?? randomUUID(), name: r.name.trim(), pencePerHour: r.pencePerHour, from: r.from }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en-GB') || a.from.localeCompare(b.from));
    if (JSON.stringify(rates) !== JSON.stringify(before.rates)) {
      next.rates = rates;
      changed.push('Rates for volunteer time');
    }
  }
  if (input.volunteerRateName !== undefined && input.volunteerRateName.trim() !== before.volunteerRateName) {
    next.volunteerRateName = input.volunteerRateName.trim();
    changed.push('Rate used for volunteer time');
  }
  if (!rateNames(next.rates).includes(next.volunteerRateName)) {
    throw new ApiError('VALIDATION', 'Check the highlighted field.', {
      volunteerRateName: `There is no ${next.volunteerRateName} in the rates table: choose a rate that is, or add it`,
    });
  }
  if (input.suppressSmallNumbers !== undefined && input.suppressSmallNumbers !== before.suppressSmallNumbers) {
    next.suppressSmallNumbers = input.suppressSmallNumbers;
    changed.push('Small numbers in reports');
  }
  if (input.logo === null && before.logo) {
    delete next.logo;
    changed.push('Logo');
  } else if (input.logo) {
    next.logo = await readLogo(input.logo);
    changed.push('Logo');
  }
  return changed;
}
