import { useCallback, useEffect, useState } from 'react';
import type { ProtectionInfo } from '../../../shared/api';
import { LOCK_AFTER_IDLE_CHOICES } from '../../../shared/domain/protection';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SelectField } from '../../components/Fields';
import { useFlash } from '../../components/Flash';
import { api, errorMessage } from '../../lib/api';
import { useAppStatus } from '../../lib/app-status';
import { ChangePassphraseDialog, NewRecoveryKeyDialog, TurnOffDialog } from './ProtectionDialogs';
import { protectionChanged } from './protection-events';
import { protectedSince } from './protection-text';
import { LOSE_BOTH_WARNING, SetUpDialog } from './SetUpDialog';

/**
 * Settings → Protect with a passphrase: what it protects against and what not, in plain
 * words; turning it on (the set-up dialog) or off; changing the passphrase; a new recovery
 * key; and how soon Peer Desk locks itself when not in use.
 */

type Open = 'set-up' | 'change' | 'turn-off' | 'new-key' | null;

export function ProtectionSettings() {
  const { status, refresh } = useAppStatus();
  const { flash } = useFlash();
  const [info, setInfo] = useState<ProtectionInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<Open>(null);

  const load = useCallback(() => api.protection.status().then(setInfo, (e: unknown) => setError(errorMessage(e))), []);
  useEffect(() => {
    void load();
  }, [load]);

  const finish = async (message: string) => {
    setOpen(null);
    await load();
    // The header's "Lock now" appears or goes, and the idle lock starts or stops.
    protectionChanged();
    await refresh().catch(() => undefined);
    flash(message);
  };

  async function setLockAfter(minutes: number) {
    try {
      await api.settings.update({ lockAfterIdleMinutes: minutes });
      await refresh();
      await load();
      protectionChanged();
      flash(`Peer Desk will lock itself after ${minutes} minutes without use`);
    } catch (e) {
      flash(errorMessage(e), 'error');
    }
  }

  const on = info?.state === 'unlocked';
  return (
    <div className="protection-settings">
      <ErrorNotice message={error} />
      {info ? (
        <p className={`protection-status ${on ? 'protection-status--on' : ''}`} role="status">
          <strong>{on ? protectedSince(info) : 'Protection is off'}</strong>
          {on ? '. Every file in the data folder is encrypted.' : '. Your records are kept in ordinary files that anyone with this laptop, or a copy of the folder, could read.'}
        </p>
      ) : null}
      {on && info.needsNewRecoveryKey ? (
        <div className="notice notice--warning">
          <p>
            Turning protection on was interrupted before it finished, so its recovery key may never have been shown. Make a new recovery key now and print it.
          </p>
          <button type="button" className="button" onClick={() => setOpen('new-key')}>
            New recovery key
          </button>
        </div>
      ) : null}
      <div className="protection-settings__explain">
        <section aria-labelledby="protects-title">
          <h3 id="protects-title">What it protects against</h3>
          <ul>
            <li>A lost or stolen laptop: without the passphrase, the files in the data folder cannot be read.</li>
            <li>A copied folder: anyone who copies the data folder, or a backup in it, gets only scrambled files.</li>
          </ul>
        </section>
        <section aria-labelledby="not-protects-title">
          <h3 id="not-protects-title">What it does not protect against</h3>
          <ul>
            <li>Someone using the laptop while Peer Desk is unlocked. Choose “Lock now” when you step away; it also locks itself when not used for a while.</li>
            <li>Malware (viruses or spyware) on the laptop, which can see what you see.</li>
            <li>Files you save outside Peer Desk: spreadsheets (CSV), PDFs, and backups you choose to save unprotected.</li>
          </ul>
        </section>
      </div>
      <p>
        <strong>{LOSE_BOTH_WARNING}</strong> Keep the recovery sheet locked away from the laptop.
      </p>
      {info && !on ? (
        <div className="button-row">
          <button type="button" className="button" onClick={() => setOpen('set-up')}>
            Protect with a passphrase
          </button>
        </div>
      ) : null}
      {on ? (
        <>
          <SelectField
            label="Lock after"
            hint="Minutes without a key press or mouse movement in Peer Desk. A minute before, it warns you and counts down."
            value={String(status.settings.lockAfterIdleMinutes)}
            onChange={(e) => void setLockAfter(Number(e.target.value))}
          >
            {LOCK_AFTER_IDLE_CHOICES.map((m) => (
              <option key={m} value={m}>
                {m} minutes
              </option>
            ))}
          </SelectField>
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={() => setOpen('change')}>
              Change passphrase
            </button>
            <button type="button" className="button button--secondary" onClick={() => setOpen('new-key')}>
              New recovery key
            </button>
            <button type="button" className="button button--secondary button--danger-outline" onClick={() => setOpen('turn-off')}>
              Turn protection off
            </button>
          </div>
        </>
      ) : null}
      {open === 'set-up' ? <SetUpDialog onCancel={() => setOpen(null)} onDone={() => void finish('Your records are now protected with your passphrase')} /> : null}
      {open === 'change' ? <ChangePassphraseDialog onCancel={() => setOpen(null)} onDone={() => void finish('Passphrase changed. Use the new one next time you unlock Peer Desk')} /> : null}
      {open === 'turn-off' ? <TurnOffDialog onCancel={() => setOpen(null)} onDone={() => void finish('Protection is off. Your records are in ordinary files again')} /> : null}
      {open === 'new-key' ? <NewRecoveryKeyDialog onCancel={() => setOpen(null)} onDone={() => void finish('New recovery key made. Shred the old recovery sheet')} /> : null}
    </div>
  );
}
