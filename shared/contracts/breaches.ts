import { z } from 'zod';
import { method } from '../contract';
import { breachInputSchema, type Breach } from '../domain/breaches';
import type { FileDownload } from '../files';
import { id, noInput } from './common';

/** The breach log, on the Privacy page: record a breach, add to it later, print it. */

/** A breach still waiting for the ICO question, as Home counts down to its 72 hours. */
export type BreachToReport = Pick<Breach, 'id' | 'foundDate' | 'foundTime' | 'risk'>;

export const breachesApi = {
  /** Every breach, the most recently found first. */
  list: method(noInput).returns<Breach[]>(),
  get: method(z.object({ id })).returns<Breach>(),
  /** "Record a breach": one commit with its audit entry. */
  create: method(z.object({ breach: breachInputSchema })).returns<Breach>(),
  /** Adding containment, the ICO decision, people told or lessons later: the whole record again. */
  update: method(z.object({ id, breach: breachInputSchema })).returns<Breach>(),
  /** An A4 record of the breach with every field, for the file or the trustees. */
  print: method(z.object({ id })).returns<FileDownload>(),
};
