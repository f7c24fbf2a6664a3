import { useEffect, useState, type KeyboardEvent } from 'react';
import type { ProgrammeDetail } from '../../../shared/contracts/programmes';
import { todayIso } from '../../../shared/dates';
import { howKey, outcomeKey } from '../../../shared/domain/programme-paper';
import type { ProgrammeSessionInput } from '../../../shared/domain/programmes';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FormButtons } from '../../components/FormButtons';
import { FormDialog } from '../../components/FormDialog';
import { ApiCallError, api, errorMessage } from '../../lib/api';
import { isBlank, PAPER_FIELDS, readRow, readsAs, shownDate, withSpareRow, type PaperField, type PaperRow, type RowErrors } from './paper-rows';

/**
 * "Key in a paper sheet": the printed session record sheet typed in row by row, keyboard
 * only. A grid rather than "Log a session" again and again: each row of paper is one row
 * here in the same order, with the same codes (P for phone, DNA…), so a sheet of ten is ten
 * lines of typing with Tab, and one Enter logs them all. Each row says what it will be
 * logged as, so a misread code shows before saving; nothing typed is lost on an error.
 */

const COLUMNS: Record<PaperField, { label: string; className: string }> = {
  date: { label: 'Date', className: 'input--date' },
  how: { label: 'How', className: 'input--code' },
  minutes: { label: 'Length (mins)', className: 'input--code' },
  outcome: { label: 'What happened', className: 'input--code' },
  note: { label: 'Note (optional)', className: '' },
};

/** The API names a row's fields as the session does; the grid calls "mode" "how". */
const SERVER_FIELDS: Record<string, PaperField> = { date: 'date', mode: 'how', minutes: 'minutes', outcome: 'outcome', note: 'note' };

const cellId = (row: number, field: PaperField) => `paper-${row}-${field}`;

/** "I in person · P phone · …", each code with its meaning kept on one line. */
function KeyItems({ text }: { text: string }) {
  const items = text.split(' \u00b7 ');
  return items.map((item, i) => (
    <span key={item}>
      <span className="nowrap">{item}</span>
      {i < items.length - 1 ? ' \u00b7 ' : ''}
    </span>
  ));
}

export function PaperSheetDialog({ detail, onSaved, onCancel }: { detail: ProgrammeDetail; onSaved: (detail: ProgrammeDetail, count: number) => void; onCancel: () => void }) {
  const today = todayIso();
  const usual = detail.kind.sessionMinutes;
  const [rows, setRows] = useState<PaperRow[]>(() => withSpareRow([]));
  // A row's errors show once focus has left it (the row is done) or a save has been tried,
  // and clear as each is put right.
  const [checked, setChecked] = useState(false);
  const [left, setLeft] = useState<ReadonlySet<number>>(() => new Set());
  const [serverErrors, setServerErrors] = useState<Record<number, RowErrors>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const logged = new Set(detail.sessions.map((s) => s.date));

  useEffect(() => {
    document.getElementById(cellId(0, 'date'))?.focus();
  }, []);

  const readings = rows.map((row) => (isBlank(row) ? null : readRow(row, usual, today)));
  const filled = readings.filter((r) => r !== null).length;
  const errorsOf = (i: number): RowErrors => ({ ...(checked || left.has(i) ? (readings[i]?.errors ?? {}) : {}), ...(serverErrors[i] ?? {}) });

  const change = (i: number, field: PaperField, value: string) => {
    setRows((all) => withSpareRow(all.map((r, k) => (k === i ? { ...r, [field]: value } : r))));
    if (serverErrors[i]?.[field]) setServerErrors((all) => ({ ...all, [i]: { ...all[i], [field]: undefined } }));
  };

  function focusCell(row: number, field: PaperField) {
    document.getElementById(cellId(row, field))?.focus();
  }

  // Up and down move along a column, as a finger moves down the sheet; Tab moves along a row.
  function onCellKey(e: KeyboardEvent<HTMLInputElement>, row: number, field: PaperField) {
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      focusCell(row + (e.key === 'ArrowDown' ? 1 : -1), field);
    }
  }

  async function save() {
    setError(null);
    setChecked(true);
    setServerErrors({});
    const bad = readings.findIndex((r) => r?.errors);
    if (bad >= 0) {
      const field = PAPER_FIELDS.find((f) => readings[bad]?.errors?.[f]) ?? 'date';
      setError(`Check row ${bad + 1}, ${COLUMNS[field].label.toLowerCase()}: ${readings[bad]?.errors?.[field] ?? ''}.`);
      focusCell(bad, field);
      return;
    }
    const sent: { row: number; session: ProgrammeSessionInput }[] = readings.flatMap((r, row) => (r?.session ? [{ row, session: r.session }] : []));
    if (sent.length === 0) {
      setError('Fill in at least one row: the date and how you met.');
      focusCell(0, 'date');
      return;
    }
    setBusy(true);
    try {
      const next = await api.programmes.logSessions({ programmeId: detail.programme.id, sessions: sent.map((s) => s.session) });
      onSaved(next, sent.length);
    } catch (e) {
      setBusy(false);
      const byRow: Record<number, RowErrors> = {};
      if (e instanceof ApiCallError) {
        for (const [key, message] of Object.entries(e.fields)) {
          const m = /^sessions\.(\d+)\.(\w+)$/.exec(key);
          const at = m ? sent[Number(m[1])]?.row : undefined;
          const field = m ? SERVER_FIELDS[m[2]!] : undefined;
          if (at !== undefined && field) byRow[at] = { ...byRow[at], [field]: message };
        }
      }
      const first = Object.keys(byRow).map(Number).sort((a, b) => a - b)[0];
      if (first === undefined) {
        setError(errorMessage(e));
        return;
      }
      setServerErrors(byRow);
      const field = PAPER_FIELDS.find((f) => byRow[first]?.[f]) ?? 'date';
      setError(`Check row ${first + 1}, ${COLUMNS[field].label.toLowerCase()}: ${byRow[first]?.[field] ?? ''}. Nothing has been logged yet.`);
      focusCell(first, field);
    }
  }

  return (
    <FormDialog title="Key in a paper sheet" dirty={filled > 0} onCancel={onCancel} className="dialog--wide">
      {(cancel) => (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <p>
            One line here for each row of the session record sheet. <kbd>Tab</kbd> moves along a row and on to the next, <kbd>↑</kbd> <kbd>↓</kbd> move up and down a column,
            and <kbd>Enter</kbd> logs them all. Blank rows are left out.
          </p>
          <div id="paper-key" className="hint paper-key">
            <p>
              <strong>Date:</strong> dd/mm/yyyy, or dd/mm for this year. <strong>Length:</strong> blank for the usual {usual} minutes.
            </p>
            <p>
              <strong>How:</strong> <KeyItems text={howKey()} />
            </p>
            <p>
              <strong>What happened:</strong> <KeyItems text={outcomeKey()} />; blank for attended.
            </p>
          </div>
          <ErrorNotice message={error} />
          <div className="table-wrap">
            <table className="paper-grid">
              <caption className="visually-hidden">Rows of the paper sheet</caption>
              <thead>
                <tr>
                  <th scope="col">Row</th>
                  {PAPER_FIELDS.map((f) => (
                    <th scope="col" key={f}>
                      {COLUMNS[f].label}
                    </th>
                  ))}
                  <th scope="col">Will be logged as</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, i) => {
                  const reading = readings[i];
                  const errors = errorsOf(i);
                  const messages = PAPER_FIELDS.filter((f) => errors[f]);
                  return (
                    // Rows are never removed or reordered while the grid is open, so the index is the row.
                    <tr
                      key={i}
                      className={messages.length > 0 ? 'paper-grid__row--error' : undefined}
                      onBlur={(e) => {
                        if (!left.has(i) && !e.currentTarget.contains(e.relatedTarget)) setLeft((all) => new Set(all).add(i));
                      }}
                    >
                      <th scope="row">{i + 1}</th>
                      {PAPER_FIELDS.map((f) => {
                        const id = cellId(i, f);
                        const described = [errors[f] ? `${id}-error` : '', f === 'how' || f === 'outcome' ? 'paper-key' : ''].filter(Boolean).join(' ');
                        return (
                          <td key={f}>
                            <label htmlFor={id} className="visually-hidden">
                              Row {i + 1}: {COLUMNS[f].label}
                            </label>
                            <input
                              id={id}
                              type="text"
                              className={COLUMNS[f].className}
                              value={row[f]}
                              autoComplete="off"
                              spellCheck={false}
                              {...(f === 'minutes' ? { inputMode: 'numeric' as const, placeholder: String(usual) } : {})}
                              aria-invalid={errors[f] ? true : undefined}
                              aria-describedby={described || undefined}
                              onChange={(e) => change(i, f, e.target.value)}
                              onBlur={f === 'date' && shownDate(row.date, today) !== row.date ? () => change(i, 'date', shownDate(row.date, today)) : undefined}
                              onKeyDown={(e) => onCellKey(e, i, f)}
                            />
                          </td>
                        );
                      })}
                      <td className="paper-grid__reads">
                        {messages.length > 0 ? (
                          messages.map((f) => (
                            <span key={f} id={`${cellId(i, f)}-error`} className="error-message">
                              <span className="visually-hidden">Error: </span>
                              {COLUMNS[f].label}: {errors[f]}
                            </span>
                          ))
                        ) : reading?.session ? (
                          <>
                            {readsAs(reading.session)}
                            {logged.has(reading.session.date) ? <span className="tag">Already a session that day</span> : null}
                          </>
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <p className="result-count" role="status" aria-live="polite">
            {filled === 0 ? 'No rows filled in yet.' : filled === 1 ? '1 row to log.' : `${filled} rows to log.`}
          </p>
          <FormButtons submit="Log these sessions" busy={busy} onCancel={cancel} />
        </form>
      )}
    </FormDialog>
  );
}
