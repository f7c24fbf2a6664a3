import { useState } from 'react';
import type { ErasureRow } from '../../../shared/api';
import { formatUkDate, formatUkDateLong, formatUkDateTime, localDateOf } from '../../../shared/dates';
import { ConfirmDialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useFlash } from '../../components/Flash';
import { api, errorMessage } from '../../lib/api';
import { useLoad } from '../../lib/use-load';
import { matchesSearch } from './list-search';
import { PrivacySection, type PrivacySectionProps } from './PrivacySection';
import { usePrivacyChanges } from './privacy-changes';

const SLUG = 'erasures';

const KIND_LABELS: Record<ErasureRow['kind'], string> = { member: 'Member', volunteer: 'Volunteer' };

const countText = (n: number): string => (n === 1 ? '1 erasure' : `${n} erasures`);
const backupsText = (n: number): string => (n === 1 ? '1 backup' : `${n} backups`);
const filesText = (n: number): string => (n === 1 ? '1 file' : `${n} files`);

/** "3 backups still hold their details; the last automatic one goes on or after Mon 7 Dec 2026." */
export function backupsLine(e: ErasureRow): string {
  const b = e.backups;
  if (b.count === 0) return e.backupsCleanedAt ? `Removed from backups on ${formatUkDate(localDateOf(e.backupsCleanedAt))}` : 'No backup holds their details';
  const parts = [`${backupsText(b.count)} still ${b.count === 1 ? 'holds' : 'hold'} their details`];
  if (b.lastDeletedOnOrAfter) parts.push(`the last automatic one is deleted on or after ${formatUkDateLong(b.lastDeletedOnOrAfter)} if Peer Desk is used each day`);
  if (b.keptUntilDeleted > 0) parts.push(`${backupsText(b.keptUntilDeleted)} made with “Back up now” ${b.keptUntilDeleted === 1 ? 'is' : 'are'} kept until deleted`);
  return `${parts.join('; ')}.`;
}

/**
 * The erasure log on the Privacy page: when, why, and the placeholder left — nothing that
 * identifies anyone — with how long backups still hold their details and "Remove from
 * backups now", which rewrites those backups without them.
 */
export function ErasuresSection(_props: PrivacySectionProps) {
  const { flash } = useFlash();
  const { data, error, reload } = useLoad(() => api.erasures.list(), []);
  // Erasing from the retention list adds to this log.
  usePrivacyChanges(reload);
  const [query, setQuery] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [confirmingDamaged, setConfirmingDamaged] = useState(false);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);

  const rows = data?.erasures ?? [];
  const shown = rows.filter((e) => matchesSearch([formatUkDateTime(e.erasedAt), formatUkDateLong(localDateOf(e.erasedAt)), e.placeholder, KIND_LABELS[e.kind], e.reason], query));

  async function removeFromBackups() {
    setBusy(true);
    setActionError(null);
    try {
      const result = await api.erasures.removeFromBackups();
      await reload();
      setConfirming(false);
      const unreadable = result.unreadable.length > 0 ? ` ${backupsText(result.unreadable.length)} could not be read and ${result.unreadable.length === 1 ? 'was' : 'were'} left as ${result.unreadable.length === 1 ? 'it was' : 'they were'}.` : '';
      flash(`Removed erased people’s details from ${backupsText(result.rewritten)}.${unreadable}`);
    } catch (e) {
      setActionError(errorMessage(e));
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  }

  async function deleteDamaged() {
    setBusy(true);
    setActionError(null);
    try {
      const { deleted } = await api.erasures.deleteDamagedFiles();
      await reload();
      flash(`Deleted ${filesText(deleted)} set aside as damaged.`);
    } catch (e) {
      setActionError(errorMessage(e));
    } finally {
      setConfirmingDamaged(false);
      setBusy(false);
    }
  }

  const holding = data?.backupsHolding ?? 0;
  const damaged = data?.damagedFiles ?? [];
  return (
    <PrivacySection
      slug={SLUG}
      title="Erasures"
      total={data?.erasures.length}
      summary={
        <>
          <p>
            People whose details were erased, at their request or past their keep-until date. Each is kept as an anonymous placeholder so that registers and reports still count them; this log keeps the
            date, the reason and the placeholder, and nothing that identifies them.
          </p>
          {data && data.erasures.length > 0 ? (
            <p>{holding === 0 ? 'No backup in the backups folder holds an erased person’s details.' : `${backupsText(holding)} in the backups folder still ${holding === 1 ? 'holds' : 'hold'} an erased person’s details.`}</p>
          ) : null}
          {damaged.length > 0 ? (
            <p>
              {filesText(damaged.length)} in the data folder {damaged.length === 1 ? 'was' : 'were'} set aside as damaged and may still hold an erased
              person’s details. Peer Desk never reads {damaged.length === 1 ? 'it' : 'them'} again; {damaged.length === 1 ? 'it was' : 'they were'} kept only in case records had to be recovered by hand.
            </p>
          ) : null}
        </>
      }
      actions={
        holding > 0 || damaged.length > 0 ? (
          <>
            {holding > 0 ? (
              <button type="button" className="button" onClick={() => setConfirming(true)}>
                Remove from backups now
              </button>
            ) : null}
            {damaged.length > 0 ? (
              <button type="button" className="button button--secondary" onClick={() => setConfirmingDamaged(true)}>
                Delete damaged files
              </button>
            ) : null}
          </>
        ) : undefined
      }
      search={{ label: 'Search erasures', hint: 'The date, the placeholder’s name or the reason', query, onQuery: setQuery }}
      showing={data ? `Showing ${shown.length} of ${countText(rows.length)}` : ''}
      empty={data?.erasures.length === 0 ? 'No one has been erased. “Erase this person” is on each member’s and volunteer’s page.' : undefined}
    >
      <ErrorNotice message={error ?? actionError} />
      {!data && !error ? <p role="status">Loading…</p> : null}
      {rows.length > 0 && shown.length === 0 ? <p>No erasures match the search.</p> : null}
      {shown.length > 0 ? (
        <>
          {/* Large text at 1024 wide makes it wider than the window; it has no controls, so it is focusable and named to be scrolled from the keyboard (axe: scrollable-region-focusable). */}
          {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling table with no controls in it must be reachable by Tab to scroll */}
          <div className="table-wrap" tabIndex={0} role="region" aria-label="Erasure log">
            <table className="erasure-table">
              <caption className="visually-hidden">Erasures, the most recent first</caption>
              <thead>
                <tr>
                  <th scope="col">Erased</th>
                  <th scope="col">Placeholder</th>
                  <th scope="col">Was a</th>
                  <th scope="col">Reason</th>
                  <th scope="col">Backups</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((e) => (
                  <tr key={e.id}>
                    <th scope="row" className="nowrap">
                      {formatUkDateTime(e.erasedAt)}
                    </th>
                    <td>{e.placeholder}</td>
                    <td>{KIND_LABELS[e.kind]}</td>
                    <td>{e.reason}</td>
                    <td>{backupsLine(e)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      {confirming ? (
        <ConfirmDialog title="Remove erased people from the backups?" confirmLabel="Remove from backups now" busy={busy} onCancel={() => setConfirming(false)} onConfirm={() => void removeFromBackups()}>
          <p>
            Each backup that still holds an erased person’s details is rewritten without them, as if the erasure had been made before it was taken. The backups stay usable for a
            restore. This can take a minute with many backups.
          </p>
        </ConfirmDialog>
      ) : null}
      {confirmingDamaged ? (
        <ConfirmDialog
          title={`Delete ${filesText(damaged.length)} set aside as damaged?`}
          confirmLabel="Delete damaged files"
          danger
          busy={busy}
          onCancel={() => setConfirmingDamaged(false)}
          onConfirm={() => void deleteDamaged()}
        >
          <p>
            When Peer Desk finds a damaged file it moves it aside and never reads it again. {damaged.length === 1 ? 'This one' : 'These'} may still hold the details of someone
            since erased. Once deleted, nothing can be recovered from {damaged.length === 1 ? 'it' : 'them'} by hand. This cannot be undone.
          </p>
          <ul>
            {damaged.map((f) => (
              <li key={f.name}>{f.name}</li>
            ))}
          </ul>
        </ConfirmDialog>
      ) : null}
    </PrivacySection>
  );
}
