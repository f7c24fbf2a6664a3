import { useState, type FormEvent } from 'react';
import type { CaseStudy, Grant } from '../../../shared/domain/grants';
import { ConfirmDialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Choice, TextArea, TextField } from '../../components/Fields';
import { useFlash } from '../../components/Flash';
import { FormDialog } from '../../components/FormDialog';
import { ApiCallError, api, errorMessage } from '../../lib/api';

/** Said wherever a case study is written or chosen: it goes to a funder, outside the charity. */
export function AnonymiseReminder() {
  return (
    <div className="notice notice--warning">
      <p>
        <strong>Case studies go to the funder.</strong> Ask the person first, change their name (or use an initial), and leave out anything that could identify
        them: where they live, their age, the dates and places of what happened.
      </p>
    </div>
  );
}

type Editing = { kind: 'add' } | { kind: 'edit'; study: CaseStudy } | { kind: 'delete'; study: CaseStudy } | null;

function CaseStudyDialog({ grantId, study, onSaved, onClose }: { grantId: string; study?: CaseStudy; onSaved: (g: Grant) => void; onClose: () => void }) {
  const [title, setTitle] = useState(study?.title ?? '');
  const [text, setText] = useState(study?.text ?? '');
  const [confirmed, setConfirmed] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const dirty = title !== (study?.title ?? '') || text !== (study?.text ?? '') || confirmed;

  async function save(e: FormEvent) {
    e.preventDefault();
    setFailure(null);
    setBusy(true);
    try {
      // The tick is checked by the API too; sent as it is so the message comes from one place.
      const grant = await api.grants.saveCaseStudy({ grantId, ...(study ? { caseStudyId: study.id } : {}), caseStudy: { title, text, confirmed: confirmed as true } });
      onSaved(grant);
    } catch (err) {
      if (err instanceof ApiCallError && Object.keys(err.fields).length > 0) {
        setErrors(Object.fromEntries(Object.entries(err.fields).map(([k, v]) => [k.replace(/^caseStudy\./, ''), v])));
      } else setFailure(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <FormDialog title={study ? `Edit the case study “${study.title}”` : 'Add a case study'} dirty={dirty} onCancel={onClose}>
      {(cancel) => (
        <form noValidate onSubmit={(e) => void save(e)}>
          <ErrorNotice message={failure} />
          <AnonymiseReminder />
          <TextField label="Title" hint="A few words, like “Finding people who understand”" value={title} error={errors.title} onChange={(e) => setTitle(e.target.value)} />
          <TextArea label="The story" hint="Start a line with “-” for a bullet point. A blank line starts a new paragraph." rows={7} value={text} error={errors.text} onChange={(e) => setText(e.target.value)} />
          <div className={errors.confirmed ? 'field field--error' : 'field'}>
            {errors.confirmed ? (
              <span className="error-message" id="case-study-confirm-error">
                <span className="visually-hidden">Error: </span>
                {errors.confirmed}
              </span>
            ) : null}
            <Choice
              type="checkbox"
              label="The person agreed to this being shared, and nobody can be identified from it"
              checked={confirmed}
              aria-describedby={errors.confirmed ? 'case-study-confirm-error' : undefined}
              onChange={(e) => setConfirmed(e.target.checked)}
            />
          </div>
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={cancel}>
              Cancel
            </button>
            <button type="submit" className="button" disabled={busy}>
              Save case study
            </button>
          </div>
        </form>
      )}
    </FormDialog>
  );
}

/** The grant's case studies, to choose from when making each report. */
export function CaseStudiesSection({ grant, onChange }: { grant: Grant; onChange: (g: Grant) => void }) {
  const { flash } = useFlash();
  const [editing, setEditing] = useState<Editing>(null);
  const [busy, setBusy] = useState(false);

  async function remove(study: CaseStudy) {
    setBusy(true);
    try {
      onChange(await api.grants.deleteCaseStudy({ grantId: grant.id, caseStudyId: study.id }));
      setEditing(null);
      flash(`Deleted the case study “${study.title}”`);
    } catch (e) {
      flash(errorMessage(e), 'error');
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="case-studies-title">
      <div className="section-head">
        <h2 id="case-studies-title">Case studies</h2>
        <button type="button" className="button button--secondary" onClick={() => setEditing({ kind: 'add' })}>
          Add case study
        </button>
      </div>
      <p className="lede">Stories of what the grant made possible, in your words. Choose which go in each report.</p>
      {grant.caseStudies.length === 0 ? <p>No case studies yet.</p> : null}
      {grant.caseStudies.map((c) => (
        <article key={c.id} className="card case-study" aria-labelledby={`case-${c.id}`}>
          <h3 id={`case-${c.id}`}>{c.title}</h3>
          <p className="case-study__text">{c.text}</p>
          <div className="row-actions">
            <button type="button" className="button button--secondary" onClick={() => setEditing({ kind: 'edit', study: c })}>
              Edit<span className="visually-hidden"> the case study “{c.title}”</span>
            </button>
            <button type="button" className="button button--secondary" onClick={() => setEditing({ kind: 'delete', study: c })}>
              Delete<span className="visually-hidden"> the case study “{c.title}”</span>
            </button>
          </div>
        </article>
      ))}

      {editing?.kind === 'add' || editing?.kind === 'edit' ? (
        <CaseStudyDialog
          grantId={grant.id}
          {...(editing.kind === 'edit' ? { study: editing.study } : {})}
          onClose={() => setEditing(null)}
          onSaved={(g) => {
            onChange(g);
            flash(editing.kind === 'edit' ? 'Case study saved' : 'Case study added');
            setEditing(null);
          }}
        />
      ) : null}
      {editing?.kind === 'delete' ? (
        <ConfirmDialog title={`Delete the case study “${editing.study.title}”?`} confirmLabel="Delete case study" danger busy={busy} onCancel={() => setEditing(null)} onConfirm={() => void remove(editing.study)}>
          <p>It is taken out of any report that chose it. This cannot be undone except from a backup.</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
