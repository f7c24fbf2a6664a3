import type { Services } from '../../electron/services';
import { MAX_CSV_BYTES } from '../../shared/csv/file-check';
import { bigMembersCsv, watchEventLoop } from '../helpers/big-csv';
import { call, time } from './measure';

/**
 * A members CSV at the 20 MB import limit in `npm run bench`: how long "Check the file" takes and
 * the longest the app is held up meanwhile. The unit test reads a quarter of this size for the
 * same slicing; the full size is timed here, where the time goes in the report and not the test run.
 */

export interface CsvImportBench {
  rows: number;
  bytes: number;
  previewMs: number;
  longestBlockMs: number;
}

export async function benchCsvImport(svc: Services): Promise<CsvImportBench> {
  const { text, rows } = bigMembersCsv(MAX_CSV_BYTES - 64 * 1024);
  const file = { name: 'members.csv', base64: Buffer.from(text, 'utf8').toString('base64') };
  const watch = watchEventLoop();
  const [previewMs, preview] = await time(() => call<{ totalRows: number }>(svc, 'members.importPreview', { file }));
  watch.stop();
  if (preview.totalRows !== rows) throw new Error(`the preview read ${preview.totalRows} of ${rows} rows`);
  return { rows, bytes: Buffer.byteLength(text, 'utf8'), previewMs, longestBlockMs: watch.longestBlockMs() };
}
