import { ApiError } from '../../../shared/errors';
import type { FileDownload } from '../../../shared/files';
import { slugify } from '../../../shared/text';
import type { PrintSize } from '../../pdf/newsletter';
import { questionnaireDocument } from '../../pdf/questionnaire';
import { pdfDownload } from '../../pdf/render';
import type { AppContext } from '../core/context';
import { findMember, settingsOf } from '../core/lookups';
import { measureOf } from './completion-records';

/**
 * "Print questionnaire": a blank form to fill in on paper. An archived custom scale still
 * prints (a charity may need a copy of what was asked); printed for a member, only their first
 * name goes on it, as on the other papers that go home with a person.
 */
export async function printQuestionnaire(ctx: AppContext, measureId: string, size: PrintSize, memberId?: string): Promise<FileDownload> {
  const measure = measureOf(ctx, measureId);
  if (!measure) throw new ApiError('NOT_FOUND', 'That questionnaire is no longer in Settings.');
  const settings = settingsOf(ctx);
  const member = memberId === undefined ? undefined : findMember(ctx, memberId);
  const firstName = member ? member.preferredName?.trim() || member.firstName : undefined;
  const doc = questionnaireDocument(
    {
      organisationName: settings.organisationName || 'Peer Desk',
      ...(settings.logo ? { logo: settings.logo } : {}),
      measure,
      ...(settings.swemwbsRegistration ? { swemwbsRegistration: settings.swemwbsRegistration } : {}),
      ...(firstName ? { memberFirstName: firstName } : {}),
    },
    size,
  );
  const who = firstName ? `-${slugify(firstName, 'member')}` : '';
  return pdfDownload(`${slugify(measure.shortName, 'questionnaire')}${who}${size === 'large' ? '-large-print' : ''}.pdf`, doc);
}
