import type { ReactNode } from 'react';
import { formatUkDateLong, formatUkDateTime } from '../../../shared/dates';
import type { AuditEntry } from '../../../shared/domain/audit';
import { Badge, type BadgeTone } from '../../components/StatusBadge';

/** Pieces of a person's profile page shared by volunteers and members. */

export function Detail({ term, children }: { term: string; children: ReactNode }) {
  const empty = children === undefined || children === null || children === '' || (Array.isArray(children) && children.length === 0);
  return (
    <>
      <dt>{term}</dt>
      <dd>{empty ? <span className="lede">Not recorded</span> : children}</dd>
    </>
  );
}

export function addressLines(a: { line1?: string | undefined; line2?: string | undefined; town?: string | undefined; postcode?: string | undefined }): string {
  return [a.line1, a.line2, a.town, a.postcode].filter(Boolean).join('\n');
}

/** A person's status, in words; colour only repeats it. */
export function PersonStatusBadge<S extends string>({ kind, status }: { kind: { statusLabels: Record<S, string>; statusTones: Partial<Record<S, BadgeTone>> }; status: S }) {
  return <Badge label={kind.statusLabels[status]} tone={kind.statusTones[status] ?? 'pipeline'} />;
}

/** Newest first: where they are now, then how they got there. */
export function StatusHistory<S extends string>({
  history,
  labels,
}: {
  history: readonly { status: S; date: string; note?: string | undefined; reason?: string | undefined; recordedAt: string }[];
  labels: Record<S, string>;
}) {
  return (
    <ol className="timeline">
      {[...history].reverse().map((h) => (
        <li key={`${h.recordedAt}-${h.status}`}>
          <strong>{labels[h.status]}</strong> <span className="when">from {formatUkDateLong(h.date)}</span>
          {h.reason ? <div>Reason: {h.reason}</div> : null}
          {h.note ? <div>{h.note}</div> : null}
        </li>
      ))}
    </ol>
  );
}

/** The audit entries of one record: who changed what and when, never the values. */
export function RecordChanges({ changes }: { changes: readonly AuditEntry[] }) {
  if (changes.length === 0) return <p className="lede">No changes recorded.</p>;
  return (
    <ul className="timeline">
      {changes.map((c) => (
        <li key={c.id}>
          {c.summary}
          <div className="when">
            {formatUkDateTime(c.at)} by {c.actor}
          </div>
        </li>
      ))}
    </ul>
  );
}

/** Deleting is separate from leaving: it asks first and says what is lost. */
export function deleteWarning(what: string): ReactNode {
  return (
    <>
      <p>This removes their whole record, including their status history. It cannot be undone, except by restoring a backup.</p>
      <p>If they have stopped {what}, use “Record leaving” instead: that keeps their history.</p>
    </>
  );
}
