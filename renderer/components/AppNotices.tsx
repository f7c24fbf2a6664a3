import { useEffect, useRef, useState } from 'react';
import { api, errorMessage } from '../lib/api';
import { useAppStatus } from '../lib/app-status';
import { ErrorNotice } from './ErrorNotice';

/**
 * What happened when the data folder opened ("Restoring the backup … was interrupted … It
 * has now been finished"), told in plain English at the top of every page until the
 * coordinator closes it. Closing moves focus to the next message, or to the page, so a
 * keyboard user is never left on nothing.
 */
export function AppNotices({ focusAfterLast }: { /** Where focus goes when the last message closes. */ focusAfterLast: () => void }) {
  const { status, setStatus } = useAppStatus();
  const [closing, setClosing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const list = useRef<HTMLDivElement>(null);
  const refocus = useRef(false);
  const notices = status.notices;

  // Once the closed message has gone from the page: the next Close button, or the page.
  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    const nextButton = list.current?.querySelector<HTMLButtonElement>('.app-notice__close');
    if (nextButton) nextButton.focus();
    else focusAfterLast();
  }, [notices, focusAfterLast]);

  async function close(id: string): Promise<void> {
    if (closing) return;
    setClosing(id);
    setError(null);
    try {
      const next = await api.system.dismissNotice({ id });
      refocus.current = true;
      setStatus(next);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setClosing(null);
    }
  }

  if (notices.length === 0 && !error) return null;
  return (
    <div className="app-notices" ref={list}>
      {notices.map((notice) => (
        <div key={notice.id} className="notice app-notice" role="status">
          <p>{notice.message}</p>
          <button type="button" className="button button--secondary app-notice__close" onClick={() => void close(notice.id)}>
            Close<span className="visually-hidden"> this message</span>
          </button>
        </div>
      ))}
      <ErrorNotice message={error} />
    </div>
  );
}
