import { strToU8, zipSync } from 'fflate';
import type { HeldItem } from '../../../shared/domain/held-data';
import { privacyNotice } from '../../../shared/domain/privacy-notice';
import type { SubjectAccessRequest } from '../../../shared/domain/subject-access';
import { itemsToRelease, packJson, withheldSummary } from '../../../shared/domain/subject-access-export';
import type { FileDownload } from '../../../shared/files';
import { renderPdf } from '../../pdf/render';
import { subjectAccessDocument } from '../../pdf/subject-access';
import type { AppContext } from '../core/context';
import { settingsOf } from '../core/lookups';

/**
 * The pack as one .zip: a PDF to read and a JSON file to take elsewhere, named alike so they
 * stay together once unpacked. The notice's sections (why we hold it, who we share with, how
 * long we keep it, their rights) are the privacy notice's own words.
 */

/** The notice's sections a pack repeats; "Who we are" and "What we keep" are answered by the pack itself. */
const NOTICE_HEADINGS = new Set(['Why we keep it, and the law that allows it', 'Who we share it with', 'How long we keep it', 'Your rights']);

/** "amira-haddad": letters and digits only, for a file name that every system accepts. */
export function fileSlug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'person'
  );
}

export async function subjectAccessZip(
  ctx: AppContext,
  input: { request: SubjectAccessRequest; name: string; items: readonly HeldItem[]; madeOn: string },
): Promise<{ file: FileDownload; released: number; withheld: number }> {
  const settings = settingsOf(ctx);
  const organisation = settings.organisationName.trim();
  const base = `subject-access-${fileSlug(input.name)}-${input.madeOn}`;
  const released = itemsToRelease(input.items, input.request);
  const withheld = withheldSummary(input.items, input.request);
  const json = packJson({ request: input.request, name: input.name, organisation, madeOn: input.madeOn, items: input.items });
  const notice = privacyNotice(settings).sections.filter((s) => NOTICE_HEADINGS.has(s.heading));
  const pdf = await renderPdf(
    subjectAccessDocument({ organisationName: organisation, name: input.name, receivedDate: input.request.receivedDate, printedOn: input.madeOn, items: released, withheld, notice, jsonFileName: `${base}.json` }),
  );
  // The PDF is compressed already: stored as it is, the zip is made at once and opens anywhere.
  const zip = zipSync({ [`${base}.pdf`]: [new Uint8Array(pdf), { level: 0 }], [`${base}.json`]: strToU8(`${JSON.stringify(json, null, 2)}\n`) });
  return { file: { filename: `${base}.zip`, mimeType: 'application/zip', base64: Buffer.from(zip).toString('base64') }, released: released.length, withheld: withheld.length };
}
