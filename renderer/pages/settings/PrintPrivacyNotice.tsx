import { missingNoticeDetails, type NoticeDetails } from '../../../shared/domain/privacy-notice';
import { useFlash } from '../../components/Flash';
import { api } from '../../lib/api';
import { printPdf } from '../../lib/print';

/**
 * "Print privacy notice" for members and volunteers, standard or large print, with what the
 * notice will lack said first (it prints anyway: a notice with a gap beats none). Used in
 * Settings → Organisation, and by the Privacy page.
 */
export function PrintPrivacyNotice({ details, unsaved = false }: { details: NoticeDetails; unsaved?: boolean }) {
  const { flash } = useFlash();
  const missing = missingNoticeDetails(details);
  const print = (size: 'standard' | 'large') => printPdf(() => api.settings.printPrivacyNotice({ size }), flash);
  return (
    <section className="card privacy-notice-card" aria-labelledby="privacy-notice-title">
      <h3 id="privacy-notice-title">Privacy notice</h3>
      <p>
        What you keep about members and volunteers, why and on what lawful basis, who you share it with, how long you keep it, their rights and the ICO’s
        contact, on A4 from the details above. Give it to everyone when they join.
      </p>
      {missing.length > 0 ? (
        <p className="notice notice--warning">
          <strong>The notice will be missing: </strong>
          {missing.join(', ')}. Fill {missing.length === 1 ? 'it' : 'them'} in above and save first.
        </p>
      ) : null}
      {unsaved ? <p className="hint">Save the settings first: the notice is printed from the saved details.</p> : null}
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => void print('standard')}>
          Print privacy notice
        </button>
        <button type="button" className="button button--secondary" onClick={() => void print('large')}>
          Print privacy notice in large print
        </button>
      </div>
    </section>
  );
}
