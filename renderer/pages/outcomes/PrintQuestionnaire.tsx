import { useState } from 'react';
import type { MeasureEntry } from '../../../shared/contracts/outcomes';
import { Dialog } from '../../components/Dialog';
import { Choice, ChoiceGroup, SelectField } from '../../components/Fields';
import { useFlash } from '../../components/Flash';
import { api } from '../../lib/api';
import { printPdf } from '../../lib/print';

type PrintSize = 'standard' | 'large';

/**
 * "Print questionnaire" on a member's Outcomes tab: a blank form with their first name on it.
 * Large print is chosen already for someone who takes the newsletter in large print, as they
 * will likely need the form that way too.
 */
export function PrintQuestionnaireButton({ memberId, measures, largePrint }: { memberId: string; measures: readonly MeasureEntry[]; largePrint: boolean }) {
  const [open, setOpen] = useState(false);
  const usable = measures.filter((m) => !m.archived).map((m) => m.definition);
  return (
    <>
      <button type="button" className="button button--secondary" disabled={usable.length === 0} onClick={() => setOpen(true)}>
        Print questionnaire
      </button>
      {open ? <PrintDialog memberId={memberId} measures={usable} initialSize={largePrint ? 'large' : 'standard'} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function PrintDialog({ memberId, measures, initialSize, onClose }: { memberId: string; measures: readonly MeasureEntry['definition'][]; initialSize: PrintSize; onClose: () => void }) {
  const { flash } = useFlash();
  const [measureId, setMeasureId] = useState(measures[0]?.id ?? '');
  const [size, setSize] = useState<PrintSize>(initialSize);
  const print = () => {
    onClose();
    void printPdf(() => api.outcomes.printQuestionnaire({ measureId, size, memberId }), flash);
  };
  return (
    <Dialog title="Print questionnaire" onClose={onClose}>
      <SelectField label="Questionnaire" value={measureId} onChange={(e) => setMeasureId(e.target.value)}>
        {measures.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </SelectField>
      <ChoiceGroup legend="Print size">
        <Choice type="radio" name="questionnaire-size" label="Standard print" checked={size === 'standard'} onChange={() => setSize('standard')} />
        <Choice type="radio" name="questionnaire-size" label="Large print" checked={size === 'large'} onChange={() => setSize('large')} />
      </ChoiceGroup>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="button" disabled={!measureId} onClick={print}>
          Print
        </button>
      </div>
    </Dialog>
  );
}
