import { useState } from 'react';
import type { ErasedKind, ErasureCause } from '../../../shared/domain/erasure';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Choice, TextArea } from '../../components/Fields';
import { FormDialog } from '../../components/FormDialog';
import { api, errorMessage } from '../../lib/api';
import { useLoad } from '../../lib/use-load';

/**
 * "Erase this person" on a member's or volunteer's page. The confirmation names what will go
 * and what stays as anonymous counts (from the same list subject access prints), and asks why;
 * erasing is one save, and cannot be undone.
 */
export function ErasePersonButton({ kind, id, name, onErased }: { kind: ErasedKind; id: string; name: string; onErased: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
        Erase this person
      </button>
      {open ? <EraseDialog kind={kind} id={id} name={name} onCancel={() => setOpen(false)} onErased={onErased} /> : null}
    </>
  );
}

const OTHER_RECORD: Record<ErasedKind, string> = { member: 'member record', volunteer: 'volunteer record' };

/**
 * The confirmation itself, also opened from the Privacy page's retention list (`because`
 * "retention", with the reason filled in). A member who is also a volunteer is one person
 * asking to be forgotten, so erasing the other record too is ticked; untick it for someone who
 * wants, say, their support history gone but to go on volunteering.
 */
export function EraseDialog({
  kind,
  id,
  name,
  because = 'request',
  defaultReason = '',
  onCancel,
  onErased,
}: {
  kind: ErasedKind;
  id: string;
  name: string;
  because?: ErasureCause;
  defaultReason?: string;
  onCancel: () => void;
  onErased: () => void;
}) {
  const preview = useLoad(() => api.erasures.preview({ kind, id }), [kind, id]);
  const [reason, setReason] = useState(defaultReason);
  const [alsoLinked, setAlsoLinked] = useState(true);
  const [problem, setProblem] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function erase() {
    if (reason.trim() === '') {
      setProblem('Enter why their details are being erased (for example “They asked by email”)');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      // "At their request" is the main process's default.
      await api.erasures.erase({ kind, id, reason, ...(because === 'retention' ? { because } : {}), ...(preview.data?.linked ? { alsoLinked } : {}) });
      onErased();
    } catch (e) {
      setBusy(false);
      setError(errorMessage(e));
    }
  }

  const p = preview.data;
  return (
    <FormDialog title={`Erase ${name}?`} dirty={reason.trim() !== defaultReason.trim()} onCancel={onCancel} className="dialog--wide">
      {(cancel) => (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void erase();
          }}
        >
          <ErrorNotice message={preview.error ?? error} />
          {!p && !preview.error ? <p role="status">Working out what will go…</p> : null}
          {p ? (
            <>
              <p>
                Their details go for good, here and in the history Peer Desk keeps. They stay in the count of everything they took part in as <strong>{p.placeholder}</strong>, so
                figures for past periods do not change. Backups made before today keep their details until they are deleted or you use “Remove from backups now” on the
                Privacy page.
              </p>
              <div className="erase-lists">
                <section aria-labelledby="erase-goes-title">
                  <h3 id="erase-goes-title">What will go</h3>
                  <ul>
                    {p.goes.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                </section>
                <section aria-labelledby="erase-stays-title">
                  <h3 id="erase-stays-title">What stays, as anonymous counts</h3>
                  <ul>
                    {p.stays.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                </section>
              </div>
              {p.linked ? (
                <div className="erase-linked">
                  <p>
                    {name} is also on record as a {p.linked.kind}
                    {p.linked.name !== name ? ` (${p.linked.name})` : ''}
                    {p.linked.stillActive ? `, and has not left as a ${p.linked.kind}` : ''}. The lists above include what that record holds. Untick this to erase only this
                    record: their {OTHER_RECORD[p.linked.kind]} then keeps their name and details.
                  </p>
                  <Choice type="checkbox" label={`Erase their ${OTHER_RECORD[p.linked.kind]} too`} checked={alsoLinked} onChange={(e) => setAlsoLinked(e.target.checked)} />
                </div>
              ) : null}
              <TextArea
                label="Why are their details being erased?"
                hint="Kept in the erasure log. For example “They asked by email on 12/11/2026”."
                rows={2}
                maxLength={500}
                value={reason}
                error={problem}
                onChange={(e) => {
                  setReason(e.target.value);
                  setProblem(undefined);
                }}
              />
            </>
          ) : null}
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={cancel}>
              Cancel
            </button>
            <button type="submit" className="button button--danger" disabled={!p || busy}>
              Erase this person
            </button>
          </div>
        </form>
      )}
    </FormDialog>
  );
}
