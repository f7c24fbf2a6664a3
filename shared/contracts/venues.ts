import { z } from 'zod';
import { method } from '../contract';
import { venueInputSchema, type Venue } from '../domain/venues';
import { id, noInput } from './common';

export interface VenueSummary {
  id: string;
  name: string;
  town?: string;
  postcode?: string;
  access: string;
  /** Groups meeting here (not archived). */
  groupCount: number;
}

export const venuesApi = {
  list: method(noInput).returns<VenueSummary[]>(),
  get: method(z.object({ id })).returns<Venue>(),
  create: method(z.object({ venue: venueInputSchema })).returns<Venue>(),
  update: method(z.object({ id, venue: venueInputSchema })).returns<Venue>(),
  /** Refused while a group still meets there. */
  delete: method(z.object({ id })).returns<{ deleted: true }>(),
};
