import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import type { PersonRef, SessionDetail } from '../../../shared/api';
import { formatUkDateFull, todayIso } from '../../../shared/dates';
import { MARKS, MARK_LABELS, type Mark } from '../../../shared/domain/sessions';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Choice, SelectField, TextArea, TextField } from '../../components/Fields';
import { useFlash } from '../../components/Flash';
import { Page } from '../../components/Page';
import { PersonPicker } from '../../components/PersonPicker';
import { ApiCallError, api, errorMessage } from '../../lib/api';
import { useLoad } from '../../lib/use-load';
import { MarkNotRecorded, NotRecordedNotice } from './NotRecorded';

/** Single keys for keying in a paper register fast: the first letter, or x for absent. */
const KEYS: Record<string, Mark> = { p: 'present', a: 'apologies', x: 'absent', '1': 'present', '2': 'apologies', '3': 'absent' };

function RegisterForm({ detail }: { detail: SessionDetail }) {
  const [, navigate] = useLocation();
  const { flashNext } = useFlash();
  const register = detail.session.register;
  const [marks, setMarks] = useState<Record<string, Mark>>(() => ({ ...(register?.marks ?? {}) }));
  const [walkIns, setWalkIns] = useState<PersonRef[]>(detail.walkIns);
  const [anonymous, setAnonymous] = useState(String(register?.anonymousCount ?? 0));
  const [present, setPresent] = useState<PersonRef[]>(register ? detail.facilitatorsPresent : detail.facilitators);
  const [notes, setNotes] = useState(register?.notes ?? '');
  const [newPerson, setNewPerson] = useState({ firstName: '', lastName: '', phone: '' });
  const [newAdded, setNewAdded] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [otherVolunteer, setOtherVolunteer] = useState('');
  const form = useRef<HTMLFormElement>(null);
  const volunteers = useLoad(() => api.volunteers.list({ status: 'current', limit: 500 }), []);

  const counts = useMemo(() => {
    const c = { present: 0, apologies: 0, absent: 0, unmarked: 0 };
    for (const p of detail.roster) {
      const m = marks[p.id];
      if (m) c[m] += 1;
      else c.unmarked += 1;
    }
    return c;
  }, [marks, detail.roster]);

  function focusRow(index: number) {
    const row = detail.roster[index];
    if (!row) return;
    const group = document.querySelectorAll<HTMLInputElement>(`input[name="mark-${CSS.escape(row.id)}"]`);
    const target = [...group].find((i) => i.checked) ?? group[0];
    target?.focus();
  }

  function onMarkKey(e: KeyboardEvent<HTMLInputElement>, index: number) {
    const key = e.key.toLowerCase();
    const mark = KEYS[key];
    if (mark && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      const id = detail.roster[index]!.id;
      setMarks((m) => ({ ...m, [id]: mark }));
      // Move on at once, like a finger moving down the paper: synchronously, so a fast typist's
      // next key can never land on the row just marked. On the last row, stay on the mark just
      // chosen (not the one it had, still checked until React renders).
      if (index + 1 < detail.roster.length) focusRow(index + 1);
      else e.currentTarget.closest('tr')?.querySelector<HTMLInputElement>(`input[value="${mark}"]`)?.focus();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      // Up and down move between people, not between the three marks of one person.
      e.preventDefault();
      focusRow(index + (e.key === 'ArrowDown' ? 1 : -1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      form.current?.requestSubmit();
    }
  }

  async function addNewPerson() {
    setFieldErrors({});
    try {
      const person = await api.sessions.quickAddPerson({ firstName: newPerson.firstName, lastName: newPerson.lastName, ...(newPerson.phone.trim() ? { phone: newPerson.phone } : {}) });
      setWalkIns((w) => [...w, person]);
      setNewPerson({ firstName: '', lastName: '', phone: '' });
      setNewAdded(`${person.name} added as a new member`);
    } catch (e) {
      if (e instanceof ApiCallError && Object.keys(e.fields).length > 0) setFieldErrors(e.fields);
      else setError(errorMessage(e));
    }
  }

  async function save() {
    setError(null);
    const head = anonymous.trim() === '' ? 0 : Number(anonymous);
    if (!Number.isInteger(head) || head < 0) {
      setFieldErrors({ anonymousCount: 'Enter the head count as a whole number, like 3' });
      return;
    }
    setSaving(true);
    try {
      const saved = await api.sessions.saveRegister({
        sessionId: detail.session.id,
        marks,
        walkIns: walkIns.map((w) => w.id),
        anonymousCount: head,
        facilitatorsPresent: present.map((p) => p.id),
        ...(notes.trim() ? { notes } : {}),
      });
      flashNext(`Register saved for ${saved.session.groupName}, ${formatUkDateFull(saved.session.date)}: ${saved.session.attendance ?? 0} came.`);
      navigate(`/groups/${saved.session.groupId}`);
    } catch (e) {
      setSaving(false);
      setError(errorMessage(e));
    }
  }

  const extraVolunteers = (volunteers.data?.rows ?? []).filter((v) => !present.some((p) => p.id === v.id));

  return (
    <form
      ref={form}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <ErrorNotice message={error} />
      {!detail.dropIn ? (
        <section aria-labelledby="roster-title">
          <h2 id="roster-title">On the roster</h2>
          <p className="lede">
            Keys: <kbd>P</kbd> present, <kbd>A</kbd> apologies, <kbd>X</kbd> absent — each moves to the next person. <kbd>↑</kbd> <kbd>↓</kbd> move, <kbd>Enter</kbd> saves.
            Anyone not marked is saved as absent.
          </p>
          {detail.roster.length === 0 ? (
            <p>Nobody was on the roster that day.</p>
          ) : (
            <div className="table-wrap">
              <table className="register">
                <caption className="visually-hidden">Register, in the same order as the sign-in sheet</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    {MARKS.map((m) => (
                      <th key={m} scope="col" className="register__mark">
                        {MARK_LABELS[m]}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {detail.roster.map((p, index) => {
                    const nameId = `reg-name-${index}`;
                    return (
                      <tr key={p.id} className={marks[p.id] ? `register__row register__row--${marks[p.id]}` : 'register__row'}>
                        <th scope="row">
                          <span id={nameId}>{p.name}</span>
                          <span className="register__state">{marks[p.id] ? MARK_LABELS[marks[p.id]!] : 'Not marked'}</span>
                        </th>
                        {MARKS.map((m) => {
                          const inputId = `mark-${index}-${m}`;
                          return (
                            <td key={m} className="register__mark">
                              <input
                                id={inputId}
                                type="radio"
                                name={`mark-${p.id}`}
                                value={m}
                                data-row={index}
                                onKeyDown={(e) => onMarkKey(e, index)}
                                checked={marks[p.id] === m}
                                aria-labelledby={`${nameId} ${inputId}-label`}
                                onChange={() => setMarks((all) => ({ ...all, [p.id]: m }))}
                              />
                              <label id={`${inputId}-label`} htmlFor={inputId} className="visually-hidden">
                                {MARK_LABELS[m]}
                              </label>
                            </td>
                          );
                        })}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
          <p className="result-count" role="status" aria-live="polite">
            {counts.present} present, {counts.apologies} apologies, {counts.absent} absent
            {counts.unmarked > 0 ? `, ${counts.unmarked} not marked yet` : ''}
          </p>
        </section>
      ) : (
        <div className="notice">
          <p>This is a drop-in: add the people who came by name, and count anyone who did not give a name.</p>
        </div>
      )}

      <section aria-labelledby="walkins-title">
        <h2 id="walkins-title">{detail.dropIn ? 'Who came' : 'Walk-ins'}</h2>
        {walkIns.length > 0 ? (
          <ul>
            {walkIns.map((w) => (
              <li key={w.id}>
                {w.name}{' '}
                <button type="button" className="button button--link" onClick={() => setWalkIns((list) => list.filter((x) => x.id !== w.id))}>
                  Remove<span className="visually-hidden"> {w.name}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="lede">No named walk-ins.</p>
        )}
        <div className="cards">
          <div className="card">
            <h3>Someone already known</h3>
            <PersonPicker
              label="Find a member"
              chooseVerb="Add"
              exclude={[...walkIns.map((w) => w.id), ...detail.roster.map((r) => r.id)]}
              onChoose={(p) => setWalkIns((list) => [...list, p])}
              addedText={(p) => `${p.name} added`}
            />
          </div>
          <div className="card">
            <h3>Someone new</h3>
            <TextField label="First name" value={newPerson.firstName} error={fieldErrors.firstName} onChange={(e) => setNewPerson({ ...newPerson, firstName: e.target.value })} />
            <TextField label="Last name" value={newPerson.lastName} error={fieldErrors.lastName} onChange={(e) => setNewPerson({ ...newPerson, lastName: e.target.value })} />
            <TextField label="Phone (optional)" type="tel" value={newPerson.phone} error={fieldErrors.phone} onChange={(e) => setNewPerson({ ...newPerson, phone: e.target.value })} />
            <button type="button" className="button button--secondary" onClick={() => void addNewPerson()}>
              Add new person
            </button>
            <p className={newAdded ? 'picker-added' : 'visually-hidden'} role="status">
              {newAdded}
            </p>
          </div>
        </div>
        <TextField
          label="People who came but were not named"
          hint="A head count, for example at a drop-in"
          className="input--short"
          inputMode="numeric"
          value={anonymous}
          error={fieldErrors.anonymousCount}
          onChange={(e) => setAnonymous(e.target.value)}
        />
      </section>

      <section aria-labelledby="facilitators-title">
        <h2 id="facilitators-title">Facilitators present</h2>
        <p className="lede">Their hours are counted from this register (session length plus preparation time).</p>
        <div className="choices">
          {[...detail.facilitators, ...present.filter((p) => !detail.facilitators.some((f) => f.id === p.id))].map((f) => (
            <Choice
              key={f.id}
              type="checkbox"
              label={f.name}
              checked={present.some((p) => p.id === f.id)}
              onChange={(e) => setPresent((list) => (e.target.checked ? [...list, f] : list.filter((p) => p.id !== f.id)))}
            />
          ))}
        </div>
        <div className="toolbar">
          <SelectField label="Another volunteer who facilitated" value={otherVolunteer} onChange={(e) => setOtherVolunteer(e.target.value)}>
            <option value="">Choose a volunteer…</option>
            {extraVolunteers.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </SelectField>
          <button
            type="button"
            className="button button--secondary"
            disabled={!otherVolunteer}
            onClick={() => {
              const v = extraVolunteers.find((x) => x.id === otherVolunteer);
              if (v) setPresent((list) => [...list, { id: v.id, name: v.name }]);
              setOtherVolunteer('');
            }}
          >
            Add facilitator
          </button>
        </div>
      </section>

      <TextArea label="Notes (optional)" value={notes} onChange={(e) => setNotes(e.target.value)} />
      <div className="button-row">
        <button type="submit" className="button" disabled={saving}>
          Save register
        </button>
        <Link href={`/groups/${detail.session.groupId}`} className="button button--secondary">
          Cancel
        </Link>
      </div>
    </form>
  );
}

export function RegisterPage() {
  const { id } = useParams<{ id: string }>();
  const sessionId = decodeURIComponent(id);
  const { data, error, setData } = useLoad(() => api.sessions.get({ sessionId }), [sessionId]);
  const first = useRef(true);
  useEffect(() => {
    // Start on the first name so keying in can begin at once.
    if (data && first.current && !data.dropIn) {
      first.current = false;
      document.querySelector<HTMLInputElement>('input[data-row="0"]')?.focus();
    }
  }, [data]);
  if (error && !data) {
    return (
      <Page title="Session not found">
        <ErrorNotice message={error} />
      </Page>
    );
  }
  if (!data) return <p role="status">Loading…</p>;
  const s = data.session;
  return (
    <Page title={`Register: ${s.groupName}`} lede={`${formatUkDateFull(s.date)}, ${s.startTime}–${s.endTime}${s.venueName ? ` at ${s.venueName}` : ''}`}>
      {s.cancelled ? (
        <ErrorNotice message={`This session was cancelled (${s.cancelled.reason}). Reinstate it on the group page to take a register.`} />
      ) : (
        <>
          <NotRecordedNotice session={s} onChange={(session) => setData({ ...data, session })} />
          <RegisterForm detail={data} />
          <MarkNotRecorded session={s} today={todayIso()} onChange={(session) => setData({ ...data, session })} />
        </>
      )}
    </Page>
  );
}
