import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { SAVED_FILE_EVENT } from '../../lib/files';

/**
 * The one "this file is not protected" notice, for every file saved outside the data folder
 * (CSV, PDF, a backup saved unprotected) while "Protect with a passphrase" is on. Every save
 * flow goes through saveDownload (lib/files.ts), which announces the file; this listens. It
 * stays until closed, so there is time to read it.
 */
export const UNPROTECTED_FILE_MESSAGE =
  'It is saved outside Peer Desk, so your passphrase does not protect it. Keep it somewhere safe, and delete it when you no longer need it.';

export function UnprotectedFileNotice() {
  const [filename, setFilename] = useState<string | null>(null);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const saved = (e: Event) => setFilename(e instanceof CustomEvent && typeof e.detail === 'string' ? e.detail : 'The file');
    window.addEventListener(SAVED_FILE_EVENT, saved);
    return () => window.removeEventListener(SAVED_FILE_EVENT, saved);
  }, []);

  useLayoutEffect(() => {
    const shown = box.current;
    if (!shown) return;
    // It sits over the foot of the page: keyboard focus scrolls clear of it (WCAG 2.4.11, technique C43).
    const root = document.documentElement;
    const pad = () => (root.style.scrollPaddingBottom = `${shown.getBoundingClientRect().height + 24}px`);
    pad();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(pad);
    observer?.observe(shown);
    return () => {
      observer?.disconnect();
      root.style.scrollPaddingBottom = '';
    };
  }, [filename]);

  return (
    // Always in the page, so screen readers hear it when it fills.
    <div className="unprotected-file" role="status">
      {filename ? (
        <div ref={box} className="notice notice--warning unprotected-file__box">
          <p>
            <strong>{filename} is not protected.</strong> {UNPROTECTED_FILE_MESSAGE}
          </p>
          <button type="button" className="button button--secondary" onClick={() => setFilename(null)}>
            Close
          </button>
        </div>
      ) : null}
    </div>
  );
}
