import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import type { ProtectionInfo } from '../../../shared/api';
import { api } from '../../lib/api';
import { protectedSince } from './protection-text';

/**
 * The Privacy page's line on encryption at rest: whether the data folder is protected, since
 * when, and the way to Settings where it is turned on or off. Nothing to search or count.
 */
export function ProtectionPrivacySection() {
  const [info, setInfo] = useState<ProtectionInfo | null>(null);
  useEffect(() => {
    api.protection.status().then(setInfo, () => undefined);
  }, []);
  const on = info?.state === 'unlocked';
  return (
    <section className="privacy-section" aria-labelledby="privacy-protection-title">
      <div className="privacy-section__head">
        <h2 id="privacy-protection-title">Protect with a passphrase</h2>
      </div>
      {info ? (
        <p className={`protection-status ${on ? 'protection-status--on' : ''}`}>
          <strong>{on ? protectedSince(info) : 'Protection is off'}</strong>
          {on
            ? '. Every file in the data folder is encrypted: a lost laptop or a copied folder gives nobody your records.'
            : '. Anyone with this laptop, or a copy of its data folder, could read your records.'}
        </p>
      ) : null}
      <p>
        <Link href="/settings/protection">{on ? 'Change the passphrase or the lock time in Settings' : 'Turn protection on in Settings'}</Link>
      </p>
    </section>
  );
}
