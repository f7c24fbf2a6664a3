import type { HandlerMap } from '../../../shared/api';
import { settingsValue } from '../../documents';
import { commit } from '../core/audit-log';
import type { AppContext } from '../core/context';
import { applyReportSettings } from '../reports/report-settings';
import { applyComplianceSettings } from '../compliance/compliance-settings';
import { applyOrganisationDetails } from './organisation-details';
import { printPrivacyNotice } from './privacy-notice';
import { applyRetentionSettings } from './retention-settings';

const LABELS: Record<string, string> = {
  organisationName: 'Organisation name',
  yourName: 'Your name',
  textSize: 'Text size',
  referralTargetDays: 'Referral target wait',
  prepMinutes: 'Preparation time',
  signInBlankRows: 'Blank rows on sign-in sheets',
  noContactDays: 'Days before "no contact"',
  oneToOneTravelMinutes: 'Travel time for one-to-one sessions',
  swemwbsRegistration: 'SWEMWBS registration',
  lockAfterIdleMinutes: 'Lock after',
};

export const settingsHandlers: HandlerMap<AppContext>['settings'] = {
  async get(_input, ctx) {
    return Promise.resolve(ctx.store.value(settingsValue));
  },

  async update(input, ctx) {
    const before = ctx.store.value(settingsValue);
    // A key that is present but blank clears the setting; an absent key leaves it alone.
    const next = { ...before };
    if ('organisationName' in input) next.organisationName = input.organisationName ?? '';
    if ('yourName' in input) {
      if (input.yourName) next.yourName = input.yourName;
      else delete next.yourName;
    }
    if ('swemwbsRegistration' in input) {
      if (input.swemwbsRegistration) next.swemwbsRegistration = input.swemwbsRegistration;
      else delete next.swemwbsRegistration;
    }
    if (input.textSize) next.textSize = input.textSize;
    if (input.referralTargetDays !== undefined) next.referralTargetDays = input.referralTargetDays;
    if (input.prepMinutes !== undefined) next.prepMinutes = input.prepMinutes;
    if (input.signInBlankRows !== undefined) next.signInBlankRows = input.signInBlankRows;
    if (input.noContactDays !== undefined) next.noContactDays = input.noContactDays;
    if (input.oneToOneTravelMinutes !== undefined) next.oneToOneTravelMinutes = input.oneToOneTravelMinutes;
    if (input.lockAfterIdleMinutes !== undefined) next.lockAfterIdleMinutes = input.lockAfterIdleMinutes;
    const reportChanges = await applyReportSettings(input, before, next);
    reportChanges.push(...applyComplianceSettings(ctx, input, before, next));
    reportChanges.push(...applyOrganisationDetails(input, before, next));
    reportChanges.push(...applyRetentionSettings(input, before, next));
    const changed = (Object.keys(LABELS) as (keyof typeof next)[]).filter((k) => (before[k] ?? '') !== (next[k] ?? ''));
    if (changed.length === 0 && reportChanges.length === 0) return before;
    const fields = [...changed.map((k) => LABELS[k] ?? k), ...reportChanges];
    await commit(ctx, { action: 'settings', entity: 'settings', summary: `Changed ${fields.join(', ')}`, fields }, (tx) => tx.set(settingsValue, next, { replaces: before }));
    return next;
  },

  async printPrivacyNotice({ size }, ctx) {
    return printPrivacyNotice(ctx, size);
  },
};
