import { randomUUID } from 'node:crypto';
import type { HandlerMap } from '../../shared/api';
import { accessSummary, type Venue } from '../../shared/domain/venues';
import { ApiError } from '../../shared/errors';
import { groupsKind } from '../documents';
import { recordAudit } from './audit-log';
import type { AppContext } from './context';
import { compact, findVenue } from './lookups';

const collator = new Intl.Collator('en-GB', { sensitivity: 'base' });

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
    await ctx.store.update(groupsKind, undefined, (doc) => {
      doc.venues.push(record);
    });
    await recordAudit(ctx, { action: 'create', entity: 'venue', entityId: record.id, summary: 'Added a venue' });
    return record;
  },

  async update({ id, venue }, ctx) {
    const before = findVenue(ctx, id);
    const after = compact<Venue>({ ...venue, id, createdAt: before.createdAt, updatedAt: ctx.now().toISOString() });
    await ctx.store.update(groupsKind, undefined, (doc) => {
      doc.venues = doc.venues.map((v) => (v.id === id ? after : v));
    });
    await recordAudit(ctx, { action: 'update', entity: 'venue', entityId: id, summary: 'Changed venue details' });
    return after;
  },

  async delete({ id }, ctx) {
    findVenue(ctx, id);
    const users = ctx.store.get(groupsKind).groups.filter((g) => g.venueId === id);
    if (users.length > 0) {
      throw new ApiError('CONFLICT', `This venue is used by ${users.map((g) => g.name).join(', ')}. Move ${users.length === 1 ? 'that group' : 'those groups'} to another venue first.`);
    }
    await ctx.store.update(groupsKind, undefined, (doc) => {
      doc.venues = doc.venues.filter((v) => v.id !== id);
    });
    await recordAudit(ctx, { action: 'delete', entity: 'venue', entityId: id, summary: 'Deleted a venue' });
    return { deleted: true as const };
  },
};
