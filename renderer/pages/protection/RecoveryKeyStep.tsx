import { useEffect, useRef, useState } from 'react';
import { Choice } from '../../components/Fields';
import { ErrorNotice } from '../../components/ErrorNotice';
import { api, errorMessage } from '../../lib/api';
import { saveDownload } from '../../lib/files';

/**
 * The recovery key, shown once: in large groups, with "Print recovery sheet" (an A4 PDF). The
 * dialog around it cannot be closed until the coordinator ticks that they have printed or
 * written it down: the key is never stored, so it can never be shown again.
 */
export function RecoveryKeyStep({ recoveryKey, onDone }: { recoveryKey: string; onDone: () => void }) {
  const [kept, setKept] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [printing, setPrinting] = useState(false);
  const tick = useRef<HTMLInputElement>(null);
  const intro = useRef<HTMLParagraphElement>(null);

  useEffect(() => intro.current?.focus(), []);

  async function print() {
    setPrinting(true);
    setError(null);
    try {
      const file = await api.protection.recoverySheet({ recoveryKey });
      saveDownload(file);
      setSaved(`Saved ${file.filename}. Open it, print it at 100%, then delete the file: the printed sheet is the copy to keep.`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setPrinting(false);
    }
  }

  function done() {
    if (!kept) {
      setError('Tick the box once you have printed or written down the recovery key. It cannot be shown again.');
      tick.current?.focus();
      return;
    }
    onDone();
  }

  return (
    <div className="recovery-key-step">
      <p ref={intro} tabIndex={-1}>
        <strong>This is your recovery key. It is shown only now.</strong> If you forget your passphrase, it opens your records instead.
      </p>
      <p className="recovery-key">
        {recoveryKey.split('-').map((group, i) => (
          <span key={i} className="recovery-key__group">
            {group}
          </span>
        ))}
      </p>
      <p>Print the recovery sheet, or write the key down exactly. Keep it locked away from the laptop — not in the laptop bag, and not as a photo on your phone.</p>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => void print()} disabled={printing}>
          Print recovery sheet
        </button>
      </div>
      {saved ? (
        <p className="notice notice--success" role="status">
          {saved}
        </p>
      ) : null}
      <ErrorNotice message={error} />
      <Choice ref={tick} type="checkbox" label="I have printed or written down the recovery key" checked={kept} onChange={(e) => setKept(e.target.checked)} />
      <div className="button-row">
        <button type="button" className="button" onClick={done}>
          Done
        </button>
      </div>
    </div>
  );
}
