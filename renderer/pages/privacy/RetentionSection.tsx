import { useState } from 'react';
import { Link } from 'wouter';
import type { KeptItem, RetentionItem } from '../../../shared/domain/retention';
import type { RetentionItemKind } from '../../../shared/domain/retention-keep';
import { formatUkDate } from '../../../shared/dates';
import { ConfirmDialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useFlash } from '../../components/Flash';
import { api, errorMessage } from '../../lib/api';
import { useLoad } from '../../lib/use-load';
import { EraseDialog } from './ErasePersonButton';
import { matchesSearch } from './list-search';
import { PrivacySection, type PrivacySectionProps } from './PrivacySection';
import { announcePrivacyChange } from './privacy-changes';
import { KeepDialog } from './KeepDialog';
import { eraseAllText, itemName, itemsText, keptUntilText, lowerFirst } from './retention-text';

const SLUG = 'retention';

/** Where the item's record is seen: the person's page, or the referral's. */
function hrefOf(item: RetentionItem): string | undefined {
  if (item.kind === 'referral' && !item.person) return `/referrals/${item.recordId}`;
  if (!item.person) return undefined;
  const base = `/${item.person.kind === 'member' ? 'members' : 'volunteers'}/${item.person.id}`;
  return item.kind === 'dbs' ? `${base}/dbs` : item.kind === 'supervision' ? `${base}/supervision` : base;
}

/** What goes when one item that is not a person is erased (people have "Erase this person"'s own list). */
const CLEARED: Partial<Record<RetentionItemKind, string>> = {
  dbs: 'The certificate number (and any Update Service number) goes; the level, dates and decision stay on their record.',
  supervision: 'The private notes go; the date, kind and length of the supervision stay, so hours still count.',
  referral: 'The person’s name, contact details and the reasons go; the dates, where it came from and the outcome stay for reports.',
};

const isPerson = (i: RetentionItem): i is RetentionItem & { kind: 'member' | 'volunteer' } => i.kind === 'member' || i.kind === 'volunteer';

/**
 * "Past their keep-until date" on the Privacy page: what Settings → Retention says should go
 * now, with "Erase" (a person through "Erase this person"; a DBS number, private notes or a
 * referral's details on their own), "Erase all listed" and "Keep" with a reason and a review date.
 */
export function RetentionSection(_props: PrivacySectionProps) {
  const { flash } = useFlash();
  const { data, error, reload } = useLoad(() => api.retention.list(), []);
  const [query, setQuery] = useState('');
  const [erasing, setErasing] = useState<RetentionItem | null>(null);
  const [keeping, setKeeping] = useState<RetentionItem | null>(null);
  const [erasingAll, setErasingAll] = useState(false);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);

  const items = data?.items ?? [];
  const kept = data?.kept ?? [];
  const shown = items.filter((i) => matchesSearch([i.who, i.what, formatUkDate(i.keptUntil), i.why], query));

  async function done(message: string) {
    setErasing(null);
    setKeeping(null);
    setErasingAll(false);
    await reload();
    announcePrivacyChange();
    flash(message);
  }

  async function clearOne(item: RetentionItem) {
    setBusy(true);
    setActionError(null);
    try {
      const result = await api.retention.clear({ kind: item.kind, recordId: item.recordId });
      await done(result.erased === 1 ? `Erased ${itemName(item)}.` : 'That was no longer past its keep-until date, so nothing was erased.');
    } catch (e) {
      setActionError(errorMessage(e));
      setErasing(null);
    } finally {
      setBusy(false);
    }
  }

  async function eraseAll() {
    setBusy(true);
    setActionError(null);
    try {
      const result = await api.retention.eraseListed({ items: shown.map((i) => ({ kind: i.kind, recordId: i.recordId })) });
      const skipped = result.skipped > 0 ? ` ${itemsText(result.skipped)} ${result.skipped === 1 ? 'was' : 'were'} no longer past ${result.skipped === 1 ? 'its' : 'their'} date and stayed.` : '';
      await done(`Erased ${itemsText(result.erased)}.${skipped}`);
    } catch (e) {
      setActionError(errorMessage(e));
      setErasingAll(false);
    } finally {
      setBusy(false);
    }
  }

  return (
    <PrivacySection
      slug={SLUG}
      title="Past their keep-until date"
      total={data?.items.length}
      summary={
        <>
          <p>
            Records kept longer than <Link href="/settings/retention">Settings → Retention</Link> allows. Erase them, or keep one with a reason and a date to look at it again.
            For people who have left, the time counts from their last contact: the latest of the day they left, a change of status, a register marking them present, a
            one-to-one session, a questionnaire, a referral, and for volunteers their supervision, training, hours and expenses. Someone who is both a member and a volunteer
            is listed only once both records have left.
          </p>
          {kept.length > 0 ? <p>{`${itemsText(kept.length)} past ${kept.length === 1 ? 'its' : 'their'} date ${kept.length === 1 ? 'is' : 'are'} kept until a review date (below).`}</p> : null}
        </>
      }
      actions={
        shown.length > 0 ? (
          <button type="button" className="button button--danger" onClick={() => setErasingAll(true)}>
            Erase all listed
          </button>
        ) : undefined
      }
      search={{ label: 'Search the keep-until list', hint: 'A name, what it is or the date', query, onQuery: setQuery }}
      showing={data ? `Showing ${shown.length} of ${itemsText(items.length)}` : ''}
      empty={data?.items.length === 0 ? 'Nothing is past its keep-until date.' : undefined}
    >
      <ErrorNotice message={error ?? actionError} />
      {!data && !error ? <p role="status">Loading…</p> : null}
      {items.length > 0 && shown.length === 0 ? <p>Nothing listed matches the search.</p> : null}
      {shown.length > 0 ? (
        // Its buttons take the keyboard across when large text makes it wider than the window.
        <div className="table-wrap">
          <table className="retention-table">
            <caption className="visually-hidden">Past their keep-until date, the longest overdue first</caption>
            <thead>
              <tr>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Kept until</th>
                <th scope="col">Why it was kept that long</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((i) => (
                <RetentionRow key={i.key} item={i} onErase={() => setErasing(i)} onKeep={() => setKeeping(i)} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {kept.length > 0 ? <KeptList kept={kept} /> : null}
      {erasing && isPerson(erasing) ? (
        <EraseDialog
          kind={erasing.kind}
          id={erasing.recordId}
          name={erasing.who}
          because="retention"
          defaultReason={`Past the keep-until date of ${formatUkDate(erasing.keptUntil)}`}
          onCancel={() => setErasing(null)}
          onErased={() => void done(`Erased ${erasing.who}’s details.`)}
        />
      ) : null}
      {erasing && !isPerson(erasing) ? (
        <ConfirmDialog title={`Erase ${itemName(erasing)}?`} confirmLabel="Erase" danger busy={busy} onCancel={() => setErasing(null)} onConfirm={() => void clearOne(erasing)}>
          <p>{CLEARED[erasing.kind]}</p>
          <p>It goes for good, here and in the history Peer Desk keeps. Backups made before today keep it until they are deleted.</p>
        </ConfirmDialog>
      ) : null}
      {keeping ? <KeepDialog item={keeping} onCancel={() => setKeeping(null)} onKept={(reviewOn) => void done(`Kept until ${formatUkDate(reviewOn)}, when it will be listed again.`)} /> : null}
      {erasingAll ? (
        <ConfirmDialog title={`Erase ${itemsText(shown.length)}?`} confirmLabel={`Erase ${itemsText(shown.length)}`} danger busy={busy} onCancel={() => setErasingAll(false)} onConfirm={() => void eraseAll()}>
          {eraseAllText(shown).map((line) => (
            <p key={line}>{line}</p>
          ))}
        </ConfirmDialog>
      ) : null}
    </PrivacySection>
  );
}

function RetentionRow({ item, onErase, onKeep }: { item: RetentionItem; onErase: () => void; onKeep: () => void }) {
  const href = hrefOf(item);
  const about = ` ${itemName(item)}`;
  return (
    <tr>
      <th scope="row">{href ? <Link href={href}>{item.who}</Link> : item.who}</th>
      <td>
        {item.what}
        {item.lastKept ? (
          <p className="retention-kept-before">
            Kept before until {formatUkDate(item.lastKept.reviewOn)}: {item.lastKept.reason}
          </p>
        ) : null}
      </td>
      <td>
        <span className="nowrap">{formatUkDate(item.keptUntil)}</span>
        <span className="retention-from">{keptUntilText(item)}</span>
      </td>
      <td>{item.why}</td>
      <td>
        <div className="row-actions">
          <button type="button" className="button button--secondary" onClick={onErase}>
            Erase<span className="visually-hidden">{about}</span>
          </button>
          <button type="button" className="button button--secondary" onClick={onKeep}>
            Keep<span className="visually-hidden">{about}</span>
          </button>
        </div>
      </td>
    </tr>
  );
}

function KeptList({ kept }: { kept: readonly KeptItem[] }) {
  return (
    <details className="retention-kept">
      <summary>Kept until a review date ({kept.length})</summary>
      <ul>
        {kept.map((k) => (
          <li key={k.key}>
            <strong>{k.who}</strong>, {lowerFirst(k.what)}: kept until {formatUkDate(k.decision.reviewOn)} because “{k.decision.reason}”
          </li>
        ))}
      </ul>
    </details>
  );
}
