import type { ProgrammeDetail } from '../../../shared/contracts/programmes';
import { useFlash } from '../../components/Flash';
import { api } from '../../lib/api';
import { printPdf } from '../../lib/print';

/**
 * "Print my plan" in the print the member reads their newsletter in, and the other print
 * beside it (a member who gets the newsletter by email may still want large print on paper).
 */
export function PrintPlanButtons({ detail }: { detail: ProgrammeDetail }) {
  const { flash } = useFlash();
  const id = detail.programme.id;
  const large = detail.member.largePrint === true;
  return (
    <>
      <button type="button" className="button button--secondary" aria-describedby={large ? 'plan-print-size' : undefined} onClick={() => void printPdf(() => api.programmes.printPlan({ id }), flash)}>
        Print my plan
      </button>
      <button
        type="button"
        className="button button--secondary"
        aria-label={large ? 'Print in standard print instead' : 'Print in large print instead'}
        onClick={() => void printPdf(() => api.programmes.printPlan({ id, size: large ? 'standard' : 'large' }), flash)}
      >
        {large ? 'Standard print instead' : 'Large print instead'}
      </button>
    </>
  );
}

/** Says why "Print my plan" prints large, where it does. */
export function PlanPrintNote({ detail }: { detail: ProgrammeDetail }) {
  if (detail.member.largePrint !== true) return null;
  return (
    <p id="plan-print-size" className="hint">
      Print my plan prints in large print: {detail.member.name} gets the newsletter in large print.
    </p>
  );
}
