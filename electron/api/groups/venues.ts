import { randomUUID } from 'node:crypto';
import type { HandlerMap } from '../../../shared/api';
import { accessSummary, type Venue } from '../../../shared/domain/venues';
import { ApiError } from '../../../shared/errors';
import { groupsKind, venueRecords } from '../../documents';
import { commit } from '../core/audit-log';
import type { AppContext } from '../core/context';
import { compact, findVenue } from '../core/lookups';

const collator = new Intl.Collator('en-GB', { sensitivity: 'base' });

/** A venue in use stays: groups would lose where they meet. */
function checkNotInUse(ctx: AppContext, venueId: string): void {
  const users = ctx.store.get(groupsKind).groups.filter((g) => g.venueId === venueId);
  if (users.length > 0) {
    throw new ApiError('CONFLICT', `This venue is used by ${users.map((g) => g.name).join(', ')}. Move ${users.length === 1 ? 'that group' : 'those groups'} to another venue first.`);
  }
}

export const venueHandlers: HandlerMap<AppContext>['venues'] = {
  async list(_input, ctx) {
    const { venues, groups } = ctx.store.get(groupsKind);
    return Promise.resolve(
      [...venues]
        .sort((a, b) => collator.compare(a.name, b.name))
        .map((v) => ({
          id: v.id,
          name: v.name,
          ...(v.address.town ? { town: v.address.town } : {}),
          ...(v.address.postcode ? { postcode: v.address.postcode } : {}),
          access: accessSummary(v),
          groupCount: groups.filter((g) => g.venueId === v.id && !g.archived).length,
        })),
    );
  },

  async get({ id }, ctx) {
    return Promise.resolve(findVenue(ctx, id));
  },

  async create({ venue }, ctx) {
    const at = ctx.now().toISOString();
    const record = compact<Venue>({ ...venue, id: randomUUID(), createdAt: at, updatedAt: at });
    await commit(ctx, { action: 'create', entity: 'venue', entityId: record.id, summary: 'Added a venue' }, (tx) => tx.put(venueRecords, record, { replaces: null }));
    return record;
  },

  async update({ id, venue }, ctx) {
    const before = findVenue(ctx, id);
    const after = compact<Venue>({ ...venue, id, createdAt: before.createdAt, updatedAt: ctx.now().toISOString() });
    await commit(ctx, { action: 'update', entity: 'venue', entityId: id, summary: 'Changed venue details' }, (tx) => tx.put(venueRecords, after, { replaces: before }));
    return after;
  },

  async delete({ id }, ctx) {
    const venue = findVenue(ctx, id);
    await commit(ctx, { action: 'delete', entity: 'venue', entityId: id, summary: 'Deleted a venue' }, (tx) => {
      // Checked inside the commit, against the newest groups: one may have just moved here.
      checkNotInUse(ctx, id);
      tx.remove(venueRecords, venue);
    });
    return { deleted: true as const };
  },
};
