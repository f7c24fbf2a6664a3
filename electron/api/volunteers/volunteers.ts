import { isErased } from '../../../shared/domain/erasure';
import type { HandlerMap, VolunteerSaveResult } from '../../../shared/api';
import { type Volunteer } from '../../../shared/domain/volunteers';
import { queryVolunteers } from '../../../shared/domain/volunteer-search';
import { volunteersKind } from '../../documents';
import type { AppContext } from '../core/context';
import { checkActivation, stageOverride } from './activation';
import { exportVolunteersCsv, commitVolunteerImport, previewVolunteerImport } from './volunteer-csv';
import { findVolunteer } from './volunteer-records';
import { volunteerPeople } from './volunteer-kind';
import { consentHandlers } from '../people/consent-handlers';
import type { PersonSaveResult } from '../people/person-handlers';

type VolunteerHandlers = HandlerMap<AppContext>['volunteers'];

const asVolunteerResult = (r: PersonSaveResult<Volunteer>): VolunteerSaveResult => (r.status === 'saved' ? { status: 'saved', volunteer: r.record } : r);

export const volunteerHandlers: VolunteerHandlers = {
  async list(q, ctx) {
    // Erased placeholders keep counts and links, but are nobody to list.
    return Promise.resolve(queryVolunteers(ctx.store.get(volunteersKind).volunteers.filter((v) => !isErased(v)), q));
  },

  async get({ id }, ctx) {
    return Promise.resolve(findVolunteer(ctx, id));
  },

  async create({ volunteer, status, allowDuplicate }, ctx): Promise<VolunteerSaveResult> {
    return asVolunteerResult(await volunteerPeople.create(ctx, volunteer, status, allowDuplicate));
  },

  async update({ id, volunteer, allowDuplicate, expectedUpdatedAt }, ctx): Promise<VolunteerSaveResult> {
    return asVolunteerResult(await volunteerPeople.update(ctx, id, volunteer, allowDuplicate, expectedUpdatedAt));
  },

  async changeStatus({ id, status, date, note, reason, overrideReason }, ctx) {
    return volunteerPeople.changeStatus(ctx, id, { status, date, note, reason }, (before) => {
      const overridden = checkActivation(ctx, before, status, overrideReason);
      if (overridden.length === 0 || !overrideReason) return {};
      // Which areas were overridden, not the reason (that is kept with the compliance records).
      const areas = [...new Set(overridden.map((m) => (m.area === 'dbs' ? 'a DBS check' : 'training')))].join(' or ');
      return { summarySuffix: ` without ${areas}, with a reason`, stage: (tx) => stageOverride(tx, ctx, id, date, overrideReason, overridden) };
    });
  },

  async delete({ id }, ctx) {
    await volunteerPeople.remove(ctx, id);
    return { deleted: true as const };
  },

  ...consentHandlers(volunteerPeople, findVolunteer),

  async exportCsv(input, ctx) {
    return Promise.resolve(exportVolunteersCsv(ctx, input));
  },

  async importPreview({ file, mapping }, ctx) {
    return (await previewVolunteerImport(ctx, file, mapping)).preview;
  },

  async importCommit({ file, mapping, allowDuplicates }, ctx) {
    return commitVolunteerImport(ctx, file, mapping, allowDuplicates);
  },
};
