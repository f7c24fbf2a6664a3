import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProtectionInfo } from '../../../shared/api';
import { IDLE_WARNING_MS } from '../../../shared/domain/protection';
import { api, reportLocked } from '../../lib/api';
import { hasUnsavedChanges } from '../../lib/use-unsaved-changes';
import { minutesAndSeconds } from './passphrase-form';
import { PROTECTION_CHANGED, rememberWhyLocked } from './protection-events';
import { UnprotectedFileNotice } from './UnprotectedFileNotice';

/**
 * In the header while "Protect with a passphrase" is on and Peer Desk is unlocked: "Lock now",
 * the idle lock's warning, and the "not protected" notice for saved files. Shows nothing
 * while protection is off.
 */
export default function ProtectionControls() {
  const [info, setInfo] = useState<ProtectionInfo | null>(null);
  const load = useCallback(() => {
    api.protection.status().then(setInfo, () => undefined);
  }, []);

  useEffect(() => {
    load();
    window.addEventListener(PROTECTION_CHANGED, load);
    return () => window.removeEventListener(PROTECTION_CHANGED, load);
  }, [load]);

  if (info?.state !== 'unlocked') return null;

  const lockNow = () => {
    api.protection.lock({ reason: 'lock-now' }).then(reportLocked, load);
  };
  return (
    <>
      <button type="button" className="button button--secondary app-header__lock" onClick={lockNow}>
        Lock now
      </button>
      {info.lockAfterIdleMinutes ? <IdleLock minutes={info.lockAfterIdleMinutes} /> : null}
      <UnprotectedFileNotice />
    </>
  );
}

/** Tell the main process about use at most this often; it keeps the real clock. */
const PING_EVERY_MS = 15_000;
const USE = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

/**
 * Counts down to the idle lock from the last time the main process heard of use, warns a
 * minute ahead (with the time left, and what will be lost if a form has unsaved changes),
 * and locks when it runs out. Any key or mouse movement starts the wait again.
 *
 * Chosen behaviour for unsaved work: the lock still comes on time. A laptop left open with a
 * half-filled form is exactly the one to protect, and keeping typed details somewhere to put
 * back later would keep records on show or in memory while locked. So the warning names the
 * unsaved changes a full minute before, while one key press still keeps them, and the unlock
 * screen afterwards says why Peer Desk locked.
 */
function IdleLock({ minutes }: { minutes: number }) {
  const lastPing = useRef(0);
  const [leftMs, setLeftMs] = useState(minutes * 60_000);
  const locking = useRef(false);

  const tellMain = useCallback(() => {
    lastPing.current = Date.now();
    api.protection.stillHere().catch(() => undefined);
  }, []);
  const ping = useCallback(() => {
    tellMain();
    setLeftMs(minutes * 60_000);
  }, [tellMain, minutes]);

  useEffect(() => {
    // The main process started counting at unlock; from here the two agree.
    tellMain();
    const onUse = () => {
      if (Date.now() - lastPing.current >= PING_EVERY_MS) ping();
    };
    for (const type of USE) window.addEventListener(type, onUse, { capture: true, passive: true });
    return () => {
      for (const type of USE) window.removeEventListener(type, onUse, { capture: true });
    };
  }, [tellMain, ping]);

  useEffect(() => {
    const tick = () => {
      const left = lastPing.current + minutes * 60_000 - Date.now();
      setLeftMs(left);
      if (left > 0 || locking.current) return;
      locking.current = true;
      rememberWhyLocked(hasUnsavedChanges() ? 'idle-unsaved' : 'idle');
      api.protection.lock({ reason: 'idle' }).then(reportLocked, reportLocked);
    };
    const timer = setInterval(tick, 1000);
    // A window in the background may have slept through its timers, and the main process
    // may have locked meanwhile: look again on coming back.
    const onReturn = () => {
      if (document.visibilityState !== 'visible') return;
      api.protection.status().then((now) => {
        if (now.state === 'locked') reportLocked();
      }, () => undefined);
    };
    document.addEventListener('visibilitychange', onReturn);
    window.addEventListener('focus', onReturn);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onReturn);
      window.removeEventListener('focus', onReturn);
    };
  }, [minutes]);

  if (leftMs > IDLE_WARNING_MS) return null;
  const unsaved = hasUnsavedChanges();
  return (
    <div className="idle-warning">
      <div className="notice notice--warning idle-warning__box">
        {/* Read out once as it appears; the countdown below changes every second, so it is not a live region. */}
        <p role="alert">
          <strong>Peer Desk will lock in a minute.</strong> It has not been used for {minutes - 1} minutes, so it will lock to keep your records safe.{' '}
          {unsaved ? 'Changes you have typed but not saved will be lost when it locks: press any key to keep working, then save them.' : 'Press any key or move the mouse to keep working.'}
        </p>
        <p>
          Time left: <strong role="timer">{minutesAndSeconds(leftMs)}</strong>
        </p>
        <button type="button" className="button" onClick={ping}>
          Keep working
        </button>
      </div>
    </div>
  );
}
