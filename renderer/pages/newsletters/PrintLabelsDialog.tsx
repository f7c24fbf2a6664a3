import { useState } from 'react';
import type { LabelsDownload } from '../../../shared/api';
import { LABEL_SHEETS, labelsPerSheet, SHEETS, sheetsNeeded, type LabelSheetCode } from '../../../shared/domain/labels';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Choice, ChoiceGroup, TextField } from '../../components/Fields';
import { ApiCallError, api, errorMessage } from '../../lib/api';
import { saveDownload } from '../../lib/files';

/** A small drawing of the first sheet: used labels crossed out, where printing starts, how many it fills. */
function SheetMap({ code, startAt, count }: { code: LabelSheetCode; startAt: number; count: number }) {
  const sheet = SHEETS[code];
  const per = labelsPerSheet(sheet);
  const cells = Array.from({ length: per }, (_, i) => i + 1);
  return (
    <div className={`sheet-map sheet-map--${sheet.columns}`} aria-hidden="true">
      {cells.map((n) => {
        const state = n < startAt ? 'used' : n < startAt + count ? 'print' : 'spare';
        return (
          <span key={n} className={`sheet-map__label sheet-map__label--${state}`}>
            {n}
          </span>
        );
      })}
    </div>
  );
}

function summary(code: LabelSheetCode, startAt: number, count: number): string {
  const sheet = SHEETS[code];
  const per = labelsPerSheet(sheet);
  if (count === 0) return 'Nobody gets this newsletter by post, so there are no labels to print.';
  const sheets = sheetsNeeded(sheet, startAt, count);
  const lastOnFirst = Math.min(per, startAt + count - 1);
  const first = startAt === 1 ? 'a fresh sheet' : `label ${startAt} of the first sheet (labels 1 to ${startAt - 1} already used)`;
  const spread = sheets === 1 ? `labels ${startAt} to ${lastOnFirst}` : `${sheets} sheets`;
  return `${count} ${count === 1 ? 'label' : 'labels'}, starting at ${first}: ${spread}.`;
}

/**
 * "Print labels": which Avery sheet, and which label to start at, so a part-used sheet is
 * not wasted. The drawing and the sentence under it say what will print where.
 */
export function PrintLabelsDialog({ issueId, postalCount, onPrinted, onCancel }: { issueId: string; postalCount: number; onPrinted: (file: LabelsDownload) => void; onCancel: () => void }) {
  const [code, setCode] = useState<LabelSheetCode>('L7160');
  const [start, setStart] = useState('1');
  const [markLargePrint, setMarkLargePrint] = useState(true);
  const [startError, setStartError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const per = labelsPerSheet(SHEETS[code]);
  const startAt = Number(start);
  const startValid = /^\d+$/.test(start.trim()) && startAt >= 1 && startAt <= per;

  async function print() {
    setError(null);
    if (!startValid) {
      setStartError(`Enter a label number from 1 to ${per}`);
      return;
    }
    setStartError(undefined);
    setBusy(true);
    try {
      const file = await api.newsletters.printLabels({ id: issueId, sheet: code, startAt, markLargePrint });
      saveDownload(file);
      onPrinted(file);
    } catch (e) {
      if (e instanceof ApiCallError && e.fields.startAt) setStartError(e.fields.startAt);
      else setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog title="Print address labels" onClose={onCancel}>
      <ErrorNotice message={error} />
      <ChoiceGroup legend="Label sheet">
        {LABEL_SHEETS.map((c) => (
          <Choice key={c} type="radio" name="label-sheet" value={c} label={SHEETS[c].description} checked={code === c} onChange={() => setCode(c)} />
        ))}
      </ChoiceGroup>
      <TextField
        label="Start at label"
        hint={`Labels are numbered across, then down: 1 is top left, ${per} bottom right. On a part-used sheet, start at the first unused label.`}
        className="input--short"
        inputMode="numeric"
        value={start}
        error={startError}
        onChange={(e) => {
          setStart(e.target.value);
          setStartError(undefined);
        }}
      />
      <Choice type="checkbox" label='Mark large-print copies "LP" on their labels' checked={markLargePrint} onChange={(e) => setMarkLargePrint(e.target.checked)} />
      <div className="sheet-preview">
        {postalCount > 0 ? <SheetMap code={code} startAt={startValid ? startAt : 1} count={postalCount} /> : null}
        <p className="sheet-preview__summary" aria-live="polite">
          {startValid ? summary(code, startAt, postalCount) : `Enter a label number from 1 to ${per}.`}
        </p>
      </div>
      <p className="lede">Print at 100% (not “fit to page”), or the addresses will miss the labels.</p>
      <div className="button-row">
        <button type="button" className="button" disabled={busy || postalCount === 0} onClick={() => void print()}>
          Print labels
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
