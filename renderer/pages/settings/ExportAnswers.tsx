import { useState } from 'react';
import { Choice } from '../../components/Fields';
import { useFlash } from '../../components/Flash';
import { api, errorMessage } from '../../lib/api';
import { saveDownload } from '../../lib/files';

/**
 * "Export answers (CSV)": every questionnaire answered, with its scores, for the charity's own
 * analysis. Names stay out unless ticked: answers about wellbeing are health data, and most
 * analysis needs only to tell people apart.
 */
export function ExportAnswers() {
  const { flash } = useFlash();
  const [includeNames, setIncludeNames] = useState(false);
  const [busy, setBusy] = useState(false);

  async function exportCsv() {
    setBusy(true);
    try {
      const file = await api.outcomes.exportCsv({ includeNames });
      saveDownload(file);
      flash(`Exported every questionnaire answered to ${file.filename}`);
    } catch (e) {
      flash(errorMessage(e), 'error');
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="export-answers" aria-labelledby="export-answers-title">
      <h3 id="export-answers-title">Answers for your own analysis</h3>
      <p className="hint">
        One row per questionnaire answered: the date, the questionnaire, how it was given, the programme or group, each answer and the scores. Without names each person is a code that
        stays the same from one export to the next.
      </p>
      <Choice type="checkbox" label="Include names" checked={includeNames} onChange={(e) => setIncludeNames(e.target.checked)} />
      <div className="button-row">
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => void exportCsv()}>
          Export answers (CSV)
        </button>
      </div>
    </section>
  );
}
