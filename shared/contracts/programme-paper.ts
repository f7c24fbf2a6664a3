import { z } from 'zod';
import { method } from '../contract';
import { programmeSessionInputSchema } from '../domain/programmes';
import type { FileDownload } from '../files';
import { id } from './common';
import type { ProgrammeDetail } from './programme-views';

/**
 * A programme on paper: "Print my plan", "Print session record sheet", and keying a filled-in
 * sheet back in. Joined onto the programmes area (shared/contracts/programmes.ts), so they are
 * `api.programmes.printPlan`…
 */

export const PRINT_SIZES = ['standard', 'large'] as const;
export type PlanPrintSize = (typeof PRINT_SIZES)[number];

/** Rows a sheet can hold at most, with room for a sheet that runs over a page. */
export const MOST_PAPER_ROWS = 40;

export const programmePaperApi = {
  /** The member's goals as an A4 PDF: in large print when they get the newsletter in large print, unless `size` says. */
  printPlan: method(z.object({ id, size: z.enum(PRINT_SIZES).optional() })).returns<FileDownload>(),
  /** A blank sheet of numbered rows for a volunteer who keeps notes on paper. */
  printSessionSheet: method(z.object({ id })).returns<FileDownload>(),
  /** "Key in a paper sheet": its rows logged as sessions in one save. Errors name the row: `sessions.2.date`. */
  logSessions: method(
    z.object({
      programmeId: id,
      sessions: z.array(programmeSessionInputSchema).min(1, 'Fill in at least one row').max(MOST_PAPER_ROWS, `Key in ${MOST_PAPER_ROWS} rows or fewer at a time`),
    }),
  ).returns<ProgrammeDetail>(),
};
