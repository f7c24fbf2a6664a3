import { todayIso } from '../../../shared/dates';
import { privacyNotice } from '../../../shared/domain/privacy-notice';
import type { FileDownload } from '../../../shared/files';
import { slugify } from '../../../shared/text';
import type { PrintSize } from '../../pdf/newsletter';
import { privacyNoticeDocument } from '../../pdf/privacy-notice';
import { pdfDownload } from '../../pdf/render';
import type { AppContext } from '../core/context';
import { settingsOf } from '../core/lookups';

/** "Print privacy notice": the notice from the organisation's details in Settings, holding nobody's personal data. */
export async function printPrivacyNotice(ctx: AppContext, size: PrintSize): Promise<FileDownload> {
  const settings = settingsOf(ctx);
  const doc = privacyNoticeDocument({ notice: privacyNotice(settings), ...(settings.logo ? { logo: settings.logo } : {}), printedOn: todayIso(ctx.now()) }, size);
  const who = settings.organisationName.trim() ? `${slugify(settings.organisationName, 'organisation')}-` : '';
  return pdfDownload(`${who}privacy-notice${size === 'large' ? '-large-print' : ''}.pdf`, doc);
}
