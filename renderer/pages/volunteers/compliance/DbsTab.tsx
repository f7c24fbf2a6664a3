import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { DbsCheckView } from '../../../../shared/api';
import { formatUkDate, todayIso } from '../../../../shared/dates';
import { DBS_CHECK_LEVELS, DBS_DECISION_LABELS, DBS_DECISIONS, DBS_LEVEL_LABELS, dbsCheckFormSchema, type DbsCheckFormValues, type DbsCheckInput } from '../../../../shared/domain/dbs';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { SelectField, TextField } from '../../../components/Fields';
import { FormDialog } from '../../../components/FormDialog';
import { api } from '../../../lib/api';
import { useDialogSave } from '../../../lib/use-form-save';
import { DueStateText } from '../../compliance/DueState';
import { RecordDialogs, type TabProps } from './shared';
import { FormButtons } from '../../../components/FormButtons';
import { RowActions } from '../../../components/RowActions';

/** DBS checks: what their roles need, the checks on record, and when the next renewal or status check is due. */
export function DbsTab({ view, onChange }: TabProps) {
  const [editing, setEditing] = useState<DbsCheckView | 'new' | null>(null);
  const [deleting, setDeleting] = useState<DbsCheckView | null>(null);
  const needed = view.requirements.dbsLevel;
  return (
    <section aria-labelledby="dbs-title">
      <h2 id="dbs-title">DBS</h2>
      <p className="requirements">
        {needed === 'none' ? 'Their roles do not need a DBS check.' : `Their roles need a DBS check: ${DBS_LEVEL_LABELS[needed].toLowerCase()}.`}{' '}
        <DueStateText state={view.row.dbs.state} text={view.row.dbs.text} />
      </p>
      <p className="lede">Record what was checked and decided. Do not keep a copy of the certificate.</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => setEditing('new')}>
          Add DBS check
        </button>
      </div>
      {view.dbsChecks.length > 0 ? (
        <div className="table-wrap">
          <table>
            <caption>DBS checks, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Level</th>
                <th scope="col">Issued</th>
                <th scope="col">Certificate number</th>
                <th scope="col">Update Service</th>
                <th scope="col">Renewal or status check due</th>
                <th scope="col">Decision</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {view.dbsChecks.map((c) => (
                <tr key={c.id}>
                  <td>
                    {DBS_LEVEL_LABELS[c.level]}
                    {c.current ? <div className="lede">The check that counts now</div> : null}
                  </td>
                  <td className="nowrap">{formatUkDate(c.issueDate)}</td>
                  <td>{c.certificateNumber ?? ''}</td>
                  <td>
                    {c.updateServiceId ? (
                      <>
                        {c.updateServiceId}
                        <div className="lede">
                          Agreed {formatUkDate(c.updateServiceConsent)}
                          {c.lastStatusCheck ? `; last checked ${formatUkDate(c.lastStatusCheck)}` : '; not checked yet'}
                        </div>
                      </>
                    ) : (
                      'No'
                    )}
                  </td>
                  <td className="nowrap">{formatUkDate(c.renewalDue)}</td>
                  <td>
                    {DBS_DECISION_LABELS[c.decision]}
                    {c.decisionBy ? <div className="lede">by {c.decisionBy}{c.decisionDate ? `, ${formatUkDate(c.decisionDate)}` : ''}</div> : null}
                  </td>
                  <td>
                    <RowActions label={`DBS check issued ${formatUkDate(c.issueDate)}`} onEdit={() => setEditing(c)} onDelete={() => setDeleting(c)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>No DBS checks recorded.</p>
      )}
      <RecordDialogs
        editing={editing}
        deleting={deleting}
        onClose={() => {
          setEditing(null);
          setDeleting(null);
        }}
        onChange={onChange}
        form={(record, onSaved, onCancel) => <DbsDialog volunteerId={view.volunteerId} check={record} onSaved={onSaved} onCancel={onCancel} />}
        what={(r) => `the DBS check issued ${formatUkDate(r.issueDate)}`}
        remove={(r) => api.compliance.deleteDbsCheck({ volunteerId: view.volunteerId, recordId: r.id })}
      />
    </section>
  );
}

function formFrom(c: DbsCheckView | null): DbsCheckFormValues {
  return {
    level: c?.level ?? 'enhanced',
    certificateNumber: c?.certificateNumber ?? '',
    issueDate: formatUkDate(c?.issueDate),
    updateServiceId: c?.updateServiceId ?? '',
    updateServiceConsent: formatUkDate(c?.updateServiceConsent),
    lastStatusCheck: formatUkDate(c?.lastStatusCheck),
    decision: c?.decision ?? 'pending',
    decisionBy: c?.decisionBy ?? '',
    decisionDate: formatUkDate(c?.decisionDate ?? (c ? undefined : todayIso())),
  };
}

function DbsDialog({ volunteerId, check, onSaved, onCancel }: { volunteerId: string; check: DbsCheckView | null; onSaved: TabProps['onChange']; onCancel: () => void }) {
  const { register, handleSubmit, formState, setError: setFieldError } = useForm<DbsCheckFormValues, unknown, DbsCheckInput>({ resolver: zodResolver(dbsCheckFormSchema), defaultValues: formFrom(check) });
  const saving = useDialogSave(setFieldError, 'record');
  const errors = formState.errors;
  const onSubmit = handleSubmit(async (record) => {
    await saving.run(async () => {
      const view = await api.compliance.saveDbsCheck({ volunteerId, ...(check ? { recordId: check.id } : {}), record });
      onSaved(view, check ? 'Saved the DBS check' : 'Added the DBS check');
    });
  });
  return (
    <FormDialog title={check ? 'Edit DBS check' : 'Add DBS check'} dirty={formState.isDirty} onCancel={onCancel}>
      {(cancel) => (
        <form noValidate onSubmit={(e) => void onSubmit(e)}>
          <ErrorNotice message={saving.error} />
          <SelectField label="Level" error={errors.level?.message} {...register('level')}>
            {DBS_CHECK_LEVELS.map((l) => (
              <option key={l} value={l}>
                {DBS_LEVEL_LABELS[l]}
              </option>
            ))}
          </SelectField>
          <TextField label="Certificate number (optional)" hint="12 digits, from the top right of the certificate" inputMode="numeric" error={errors.certificateNumber?.message} {...register('certificateNumber')} />
          <TextField label="Issue date" hint="dd/mm/yyyy" className="input--short" inputMode="numeric" error={errors.issueDate?.message} {...register('issueDate')} />
          <fieldset>
            <legend>Update Service (optional)</legend>
            <TextField label="Update Service id" hint="Leave blank if they have not subscribed" error={errors.updateServiceId?.message} {...register('updateServiceId')} />
            <TextField label="Date they agreed to status checks" hint="dd/mm/yyyy" className="input--short" inputMode="numeric" error={errors.updateServiceConsent?.message} {...register('updateServiceConsent')} />
            <TextField label="Last status check" hint="dd/mm/yyyy. The next one is due a year after it." className="input--short" inputMode="numeric" error={errors.lastStatusCheck?.message} {...register('lastStatusCheck')} />
          </fieldset>
          <SelectField label="Decision" error={errors.decision?.message} {...register('decision')}>
            {DBS_DECISIONS.map((d) => (
              <option key={d} value={d}>
                {DBS_DECISION_LABELS[d]}
              </option>
            ))}
          </SelectField>
          <TextField label="Decision made by" hint="Who looked at the certificate and decided" error={errors.decisionBy?.message} {...register('decisionBy')} />
          <TextField label="Date of the decision (optional)" hint="dd/mm/yyyy" className="input--short" inputMode="numeric" error={errors.decisionDate?.message} {...register('decisionDate')} />
          <FormButtons submit={check ? 'Save DBS check' : 'Add DBS check'} busy={formState.isSubmitting} onCancel={cancel} />
        </form>
      )}
    </FormDialog>
  );
}
