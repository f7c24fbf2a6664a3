import { useState, type FormEvent } from 'react';
import type { MeasureEntry } from '../../../shared/api';
import { ConfirmDialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/Fields';
import { useFlash } from '../../components/Flash';
import { ApiCallError, api, errorMessage } from '../../lib/api';
import { useAppStatus } from '../../lib/app-status';
import { printPdf } from '../../lib/print';
import { useLoad } from '../../lib/use-load';
import { useUnsavedChanges } from '../../lib/use-unsaved-changes';
import { CustomScaleDialog } from './CustomScaleDialog';
import { ExportAnswers } from './ExportAnswers';
import { useDraft } from './use-draft';

/**
 * Settings → Outcome measures: every questionnaire with where it comes from and its licence
 * line, a blank form of each to print, the organisation's SWEMWBS registration, and the
 * charity's own scales. A custom scale is archived, never deleted: answers already given keep
 * their wording and scores.
 */
export function OutcomeMeasureSettings() {
  const { data, error, setData } = useLoad(() => api.outcomes.measures(), []);
  const { flash } = useFlash();
  const [editing, setEditing] = useState<MeasureEntry | 'new' | null>(null);
  const [archiving, setArchiving] = useState<MeasureEntry | null>(null);
  const [archiveError, setArchiveError] = useState<string | null>(null);

  async function setArchived(entry: MeasureEntry, archived: boolean) {
    setArchiveError(null);
    try {
      setData(await api.outcomes.archiveCustomScale({ id: entry.definition.id, archived }));
      flash(`${archived ? 'Archived' : 'Brought back'} ${entry.definition.name}`);
    } catch (e) {
      setArchiveError(errorMessage(e));
    }
  }

  return (
    <>
      <p className="lede">The questionnaires you can ask people to fill in, on paper or on screen. Built-in ones are scored exactly as their authors publish.</p>
      <ErrorNotice message={error ?? archiveError} />
      <SwemwbsRegistration />
      {data ? (
        <ul className="measure-list">
          {data.measures.map((entry) => (
            <li key={entry.definition.id}>
              <MeasureCard
                entry={entry}
                onEdit={() => setEditing(entry)}
                onArchive={() => setArchiving(entry)}
                onRestore={() => void setArchived(entry, false)}
              />
            </li>
          ))}
        </ul>
      ) : (
        <p>Loading questionnaires…</p>
      )}
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => setEditing('new')}>
          Add a custom scale
        </button>
      </div>
      <ExportAnswers />
      {editing ? (
        <CustomScaleDialog
          scale={editing === 'new' ? undefined : editing.scale}
          onCancel={() => setEditing(null)}
          onSaved={(view, name) => {
            setData(view);
            setEditing(null);
            flash(editing === 'new' ? `Added ${name}` : `Saved ${name}`);
          }}
        />
      ) : null}
      {archiving ? (
        <ConfirmDialog
          title={`Archive ${archiving.definition.name}?`}
          confirmLabel="Archive scale"
          onCancel={() => setArchiving(null)}
          onConfirm={() => {
            const entry = archiving;
            setArchiving(null);
            void setArchived(entry, true);
          }}
        >
          <p>No one can be asked it any more. Answers already given keep their wording and scores, and you can bring it back later.</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}

function MeasureCard({ entry, onEdit, onArchive, onRestore }: { entry: MeasureEntry; onEdit: () => void; onArchive: () => void; onRestore: () => void }) {
  const { flash } = useFlash();
  const m = entry.definition;
  const headingId = `measure-${m.id}`;
  const print = (size: 'standard' | 'large') => printPdf(() => api.outcomes.printQuestionnaire({ measureId: m.id, size }), flash);
  return (
    <section className="card measure-card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {m.name}
        {entry.archived ? <span className="tag">Archived</span> : null}
      </h3>
      <dl className="details">
        <dt>Questions</dt>
        <dd>
          {m.items.length}
          {m.recallPeriod ? `, ${m.recallPeriod}` : ''}
        </dd>
        <dt>Source</dt>
        <dd>{m.source}</dd>
        <dt>Licence</dt>
        <dd>{m.licence || 'None given'}</dd>
        <dt>Wording</dt>
        <dd>{m.builtIn ? (m.wordingVerified ? 'Verified against the authors’ published text' : 'Not verified') : 'Typed in by your organisation'}</dd>
      </dl>
      {!m.wordingVerified && m.wordingNote ? (
        <div className="notice notice--warning">
          <p>
            <strong>Wording not verified: </strong>
            {m.wordingNote}
          </p>
        </div>
      ) : null}
      <div className="button-row measure-card__actions">
        {/* Named for their measure, as every card has the same buttons; the name starts with the words shown. */}
        <button type="button" className="button button--secondary" aria-label={`Print questionnaire: ${m.shortName}`} onClick={() => void print('standard')}>
          Print questionnaire
        </button>
        <button type="button" className="button button--secondary" aria-label={`Print in large print: ${m.shortName}`} onClick={() => void print('large')}>
          Print in large print
        </button>
        {entry.scale && !entry.archived ? (
          <>
            <button type="button" className="button button--secondary" aria-label={`Edit ${m.name}`} onClick={onEdit}>
              Edit
            </button>
            <button type="button" className="button button--secondary" aria-label={`Archive ${m.name}`} onClick={onArchive}>
              Archive
            </button>
          </>
        ) : null}
        {entry.scale && entry.archived ? (
          <button type="button" className="button button--secondary" aria-label={`Bring back ${m.name}`} onClick={onRestore}>
            Bring back
          </button>
        ) : null}
      </div>
    </section>
  );
}

/** The registration Warwick gives an organisation to use SWEMWBS: printed under its licence line. */
function SwemwbsRegistration() {
  const { status, refresh } = useAppStatus();
  const { flash } = useFlash();
  const draft = useDraft(() => ({ swemwbsRegistration: status.settings.swemwbsRegistration ?? '' }));
  const unsaved = useUnsavedChanges(draft.dirty);
  const [fieldError, setFieldError] = useState<string | undefined>();

  async function save(e: FormEvent) {
    e.preventDefault();
    setFieldError(undefined);
    const submitted = draft.value;
    try {
      await api.settings.update(submitted);
      draft.markSaved(submitted);
      await refresh();
      flash('SWEMWBS registration saved');
    } catch (err) {
      if (err instanceof ApiCallError) setFieldError(err.fields.swemwbsRegistration);
      flash(errorMessage(err), 'error');
    }
  }

  return (
    <form onSubmit={(e) => void save(e)} noValidate className="swemwbs-registration">
      <TextField
        label="SWEMWBS registration"
        hint="The registration the University of Warwick gave you to use SWEMWBS. Printed under its licence line. Forms still print without it."
        value={draft.value.swemwbsRegistration}
        error={fieldError}
        onChange={(e) => draft.set({ swemwbsRegistration: e.target.value })}
      />
      <button type="submit" className="button">
        Save registration
      </button>
      {unsaved.dialog}
    </form>
  );
}
