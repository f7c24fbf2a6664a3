import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'wouter';

export type FlashTone = 'success' | 'error' | 'info';
interface FlashMessage {
  id: number;
  text: string;
  tone: FlashTone;
}

interface FlashApi {
  /** A message for the page on screen; it goes when the coordinator moves to another page. */
  flash: (text: string, tone?: FlashTone) => void;
  /** A message for the page about to open ("Saved Siân Llewelyn" before going to her profile). */
  flashNext: (text: string, tone?: FlashTone) => void;
  clear: () => void;
}

const FlashContext = createContext<FlashApi>({ flash: () => undefined, flashNext: () => undefined, clear: () => undefined });

/** One confirmation line, read out by screen readers (role=status), until the next page or Dismiss. */
export function FlashProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<FlashMessage | null>(null);
  const [location] = useLocation();
  const survivesMoves = useRef(0);

  useEffect(() => {
    if (survivesMoves.current > 0) survivesMoves.current -= 1;
    else setMessage(null);
  }, [location]);

  const show = useCallback((text: string, tone: FlashTone, moves: number) => {
    survivesMoves.current = moves;
    setMessage({ id: Date.now(), text, tone });
  }, []);
  const api = useMemo<FlashApi>(
    () => ({
      flash: (text, tone = 'success') => show(text, tone, 0),
      flashNext: (text, tone = 'success') => show(text, tone, 1),
      clear: () => setMessage(null),
    }),
    [show],
  );

  return (
    <FlashContext.Provider value={api}>
      <div role="status" aria-live="polite" className="flash-region">
        {message ? (
          <div key={message.id} className={`notice notice--${message.tone}`}>
            <p>
              {message.text}{' '}
              <button type="button" className="button button--link" onClick={api.clear}>
                Dismiss
              </button>
            </p>
          </div>
        ) : null}
      </div>
      {children}
    </FlashContext.Provider>
  );
}

export function useFlash(): FlashApi {
  return useContext(FlashContext);
}
