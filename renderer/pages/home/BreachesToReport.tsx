import { Link } from 'wouter';
import type { BreachToReport } from '../../../shared/api';
import { foundText, icoClock, icoClockText } from '../../../shared/domain/breach-clock';
import { BREACH_RISK_LABELS } from '../../../shared/domain/breach-answers';
import { useNow } from '../../lib/use-now';

/**
 * Home's countdown for breaches whose ICO question is still open: 72 hours from when each was
 * found, then how long overdue. Loaded only when there is one (HomePage.tsx). Each links to
 * the breach on the Privacy page, where the answer is recorded and the breach leaves Home.
 */
export function BreachesToReport({ breaches }: { breaches: readonly BreachToReport[] }) {
  const now = useNow();
  const overdue = breaches.some((b) => icoClock(b, now).overdue);
  return (
    <section className={`notice ${overdue ? 'notice--error' : 'notice--warning'} home-breaches`} aria-labelledby="breaches-to-report-title">
      <h2 id="breaches-to-report-title">{breaches.length === 1 ? 'A data breach to report to the ICO' : `${breaches.length} data breaches to report to the ICO`}</h2>
      <ul>
        {breaches.map((b) => (
          <li key={b.id}>
            <Link href={`/privacy/breaches/${b.id}`}>Breach found {foundText(b)}</Link> ({BREACH_RISK_LABELS[b.risk].toLowerCase()}): <strong>{icoClockText(b, now)}</strong>
          </li>
        ))}
      </ul>
      <p>Open the breach to record that you reported it, or why you decided not to.</p>
    </section>
  );
}
