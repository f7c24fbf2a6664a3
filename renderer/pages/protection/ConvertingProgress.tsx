import { useEffect, useState } from 'react';
import { api } from '../../lib/api';

/**
 * While the main process converts the data folder (turning protection on or off): how many
 * files are done, asked for a few times a second. The conversion itself cannot be stopped
 * half way, and need not be: each file is rewritten whole, and a cut-short job is finished at
 * the next unlock.
 */
export function ConvertingProgress({ turning }: { turning: 'on' | 'off' }) {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);

  useEffect(() => {
    let stopped = false;
    const look = () => {
      api.protection.status().then(
        (info) => {
          if (!stopped && info.converting) setProgress(info.converting);
        },
        () => undefined,
      );
    };
    const timer = setInterval(look, 300);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, []);

  const total = progress?.total ?? 0;
  return (
    <div className="converting">
      <p role="status">{turning === 'on' ? 'Encrypting your records…' : 'Turning your records back into ordinary files…'}</p>
      <progress className="converting__bar" aria-label="Files converted" {...(total > 0 ? { max: total, value: progress?.done ?? 0 } : {})} />
      <p className="hint">
        {total > 0 ? `${progress?.done ?? 0} of ${total} files. ` : 'Taking a backup first. '}
        This cannot be stopped part way, but it is safe: if the laptop stops, Peer Desk finishes the job the next time you unlock it.
      </p>
    </div>
  );
}
