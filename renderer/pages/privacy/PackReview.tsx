import { Fragment, useEffect, useRef, useState } from 'react';
import type { SubjectAccessPack, SubjectAccessView } from '../../../shared/api';
import { formatUkDate, parseUkDate, todayIso } from '../../../shared/dates';
import { groupHeldItems, HELD_KIND_INFO, type HeldItem } from '../../../shared/domain/held-data';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/Fields';
import { api, errorMessage } from '../../lib/api';
import { saveDownload } from '../../lib/files';
import { WithholdDialog } from './SubjectAccessDialogs';

const itemLabel = (item: HeldItem) => `${HELD_KIND_INFO[item.kind].heading}: ${item.title}`;

/** One item as the coordinator checks it: its fields, and a long table folded away. */
function ItemBody({ item }: { item: HeldItem }) {
  return (
    <>
      {item.fields.length > 0 ? (
        <dl className="details sar-item__fields">
          {item.fields.map((f, i) => (
            <Fragment key={i}>
              <dt>{f.label}</dt>
              <dd>{f.value}</dd>
            </Fragment>
          ))}
        </dl>
      ) : null}
      {item.table && item.table.rows.length > 0 ? (
        <details className="sar-item__table">
          <summary>
            Show {item.table.rows.length} {item.table.rows.length === 1 ? 'row' : 'rows'}
            <span className="visually-hidden"> of {item.title}</span>
          </summary>
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{item.title}</caption>
              <thead>
                <tr>
                  {item.table.columns.map((c) => (
                    <th key={c} scope="col">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {item.table.rows.map((row, i) => (
                  <tr key={i}>
                    {row.map((cell, j) => (
                      <td key={j}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ) : null}
    </>
  );
}

/**
 * The review screen of "Prepare the pack": every item held about the person, grouped by kind,
 * each with "Withhold" (which asks why) or, once withheld, its reason and "Include again".
 * Then the date it is sent and "Save the pack", which saves the .zip and marks the request
 * answered.
 */
export function PackReview({ view, pack, onChanged }: { view: SubjectAccessView; pack: SubjectAccessPack; onChanged: (saved: SubjectAccessView, message: string) => Promise<void> }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [withholding, setWithholding] = useState<HeldItem | null>(null);
  const [sentOn, setSentOn] = useState(() => formatUkDate(todayIso()));
  const [sentError, setSentError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => heading.current?.focus(), []);

  const groups = groupHeldItems(pack.items);
  const withheldCount = pack.items.filter((i) => pack.withheld[i.id] !== undefined).length;
  const answered = view.status === 'answered';

  async function include(item: HeldItem) {
    setError(null);
    try {
      await onChanged(await api.subjectAccess.include({ id: view.id, itemId: item.id }), `Put back in the pack: ${itemLabel(item)}.`);
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  async function savePack() {
    const iso = parseUkDate(sentOn);
    if (!iso) {
      setSentError('Enter the date it is sent as dd/mm/yyyy, like 23/11/2026');
      return;
    }
    setSentError(undefined);
    setError(null);
    setBusy(true);
    try {
      const file = await api.subjectAccess.savePack({ id: view.id, sentOn: iso });
      saveDownload(file);
      const saved = await api.subjectAccess.get({ id: view.id });
      await onChanged(saved, answered ? `Saved ${file.filename} again.` : `Saved ${file.filename}. The request is answered, sent on ${formatUkDate(iso)}.`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="sar-pack" aria-labelledby="sar-pack-title">
      <h2 id="sar-pack-title" ref={heading} tabIndex={-1}>
        The pack: {pack.items.length} {pack.items.length === 1 ? 'item' : 'items'}
        {withheldCount > 0 ? `, ${withheldCount} withheld` : ''}
      </h2>
      <p className="lede">
        Everything Peer Desk holds about {view.name}, private notes included: they are {view.name}’s data too. Check each item. Withhold one only where the law allows, with the
        reason.
      </p>
      <ErrorNotice message={error} />
      {groups.map(({ kind, items }) => (
        <section key={kind} className="sar-kind" aria-labelledby={`sar-kind-${kind}`}>
          <h3 id={`sar-kind-${kind}`}>
            {HELD_KIND_INFO[kind].heading} <span className="privacy-section__count">({items.length})</span>
          </h3>
          <ul className="sar-items">
            {items.map((item) => {
              const reason = pack.withheld[item.id];
              return (
                <li key={item.id} className={`sar-item${reason !== undefined ? ' sar-item--withheld' : ''}`}>
                  <div className="sar-item__head">
                    <strong>{item.title}</strong>
                    {reason !== undefined ? (
                      <button type="button" className="button button--secondary" onClick={() => void include(item)}>
                        Include again<span className="visually-hidden"> {itemLabel(item)}</span>
                      </button>
                    ) : (
                      <button type="button" className="button button--secondary" onClick={() => setWithholding(item)}>
                        Withhold<span className="visually-hidden"> {itemLabel(item)}</span>
                      </button>
                    )}
                  </div>
                  {reason !== undefined ? <p className="sar-item__reason">Withheld: {reason}</p> : <ItemBody item={item} />}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      <section className="card sar-save" aria-labelledby="sar-save-title">
        <h3 id="sar-save-title">{answered ? 'Make the pack again' : 'Save the pack and mark the request answered'}</h3>
        <p>
          One .zip file: a PDF to read (what you hold, why, who you share it with, how long you keep it, then every item not withheld) and the same in a JSON file they can
          take to another organisation.
        </p>
        <p className="notice notice--warning">The file holds {view.name}’s personal data and is not protected once it is saved outside Peer Desk. Send it securely, then delete your copy.</p>
        {answered ? (
          <p>Answered on {formatUkDate(view.answeredDate)}. A pack made again is noted in the log; the date it was answered stays.</p>
        ) : (
          <TextField label="Date sent" hint="dd/mm/yyyy: the day it goes to them" className="input--short" inputMode="numeric" value={sentOn} error={sentError} onChange={(e) => setSentOn(e.target.value)} />
        )}
        <button type="button" className="button" disabled={busy} onClick={() => void savePack()}>
          {busy ? 'Saving…' : 'Save the pack (.zip)'}
        </button>
      </section>
      {withholding ? (
        <WithholdDialog
          requestId={view.id}
          item={{ id: withholding.id, label: itemLabel(withholding) }}
          onCancel={() => setWithholding(null)}
          onSaved={(saved) => {
            const item = withholding;
            setWithholding(null);
            void onChanged(saved, `Withheld ${itemLabel(item)}.`);
          }}
        />
      ) : null}
    </section>
  );
}
