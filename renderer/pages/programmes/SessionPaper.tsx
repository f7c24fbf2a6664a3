import { useState } from 'react';
import type { ProgrammeDetail } from '../../../shared/contracts/programmes';
import { useFlash } from '../../components/Flash';
import { api } from '../../lib/api';
import { printPdf } from '../../lib/print';
import { PaperSheetDialog } from './PaperSheetDialog';

/**
 * The session log's paper side, beside "Log a session": a blank record sheet for a volunteer
 * who keeps notes on paper, and keying a filled-in one back in.
 */
export function SessionPaperButtons({ detail, onSaved }: { detail: ProgrammeDetail; onSaved: (d: ProgrammeDetail, message: string) => void }) {
  const { flash } = useFlash();
  const [keying, setKeying] = useState(false);
  const id = detail.programme.id;
  return (
    <>
      <button type="button" className="button button--secondary" onClick={() => setKeying(true)}>
        Key in a paper sheet
      </button>
      <button type="button" className="button button--secondary" onClick={() => void printPdf(() => api.programmes.printSessionSheet({ id }), flash)}>
        Print session record sheet
      </button>
      {keying ? (
        <PaperSheetDialog
          detail={detail}
          onCancel={() => setKeying(false)}
          onSaved={(next, count) => {
            setKeying(false);
            onSaved(next, `${count === 1 ? '1 session' : `${count} sessions`} logged from the paper sheet: ${next.counter}.`);
          }}
        />
      ) : null}
    </>
  );
}
