import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { formatUkDate, todayIso } from '../../../shared/dates';
import {
  COMMON_CONSENTS,
  CONSENT_METHODS,
  CONSENT_METHOD_LABELS,
  consentFormSchema,
  type Consent,
  type ConsentFormValues,
  type ConsentInput,
  type Member,
} from '../../../shared/domain/members';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Choice, ChoiceGroup, TextField } from '../../components/Fields';
import { FormDialog } from '../../components/FormDialog';
import { api } from '../../lib/api';
import { useDialogSave } from '../../lib/use-form-save';
import { DateActionDialog } from './DateActionDialog';
import { FormButtons } from '../../components/FormButtons';

type Saved = (m: Member, message: string) => void;

/**
 * What they agreed to, when and how (UK GDPR asks for proof of consent). Withdrawing keeps
 * the record with its date, so both the consent and its end can be shown later.
 */
export function ConsentsTab({ member, onSaved }: { member: Member; onSaved: Saved }) {
  const [adding, setAdding] = useState(false);
  const [withdrawing, setWithdrawing] = useState<Consent | null>(null);
  const consents = [...member.consents].sort((a, b) => b.date.localeCompare(a.date));

  return (
    <section aria-labelledby="consents-title">
      <h2 id="consents-title">Consents</h2>
      <p>Record each thing they agree to, with the date and how they told you. If they change their mind, withdraw it: the record stays, with the date.</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => setAdding(true)}>
          Record consent
        </button>
      </div>
      {consents.length === 0 ? (
        <p className="lede">No consents recorded yet.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption>Consents, newest first</caption>
            <thead>
              <tr>
                <th scope="col">What they agreed to</th>
                <th scope="col">Date</th>
                <th scope="col">How</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {consents.map((c) => (
                <tr key={c.id}>
                  <td>{c.what}</td>
                  <td className="nowrap">{formatUkDate(c.date)}</td>
                  <td>{CONSENT_METHOD_LABELS[c.how]}</td>
                  <td>{c.withdrawn ? `Withdrawn ${formatUkDate(c.withdrawn)}` : 'Given'}</td>
                  <td>
                    {!c.withdrawn ? (
                      <div className="member-actions">
                        <button type="button" className="button button--secondary" onClick={() => setWithdrawing(c)}>
                          Withdraw<span className="visually-hidden"> ({c.what})</span>
                        </button>
                      </div>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {adding ? (
        <ConsentDialog
          member={member}
          onCancel={() => setAdding(false)}
          onSaved={(m, message) => {
            setAdding(false);
            onSaved(m, message);
          }}
        />
      ) : null}
      {withdrawing ? (
        <DateActionDialog
          title="Withdraw consent"
          dateLabel="Date they withdrew it"
          confirmLabel="Withdraw consent"
          submit={(date) => api.members.withdrawConsent({ id: member.id, consentId: withdrawing.id, date })}
          onCancel={() => setWithdrawing(null)}
          onSaved={(m) => {
            setWithdrawing(null);
            onSaved(m, `Consent withdrawn: ${withdrawing.what}`);
          }}
        >
          <p>
            “{withdrawing.what}”, given on {formatUkDate(withdrawing.date)}. The record of it is kept, marked as withdrawn.
          </p>
        </DateActionDialog>
      ) : null}
    </section>
  );
}

function ConsentDialog({ member, onSaved, onCancel }: { member: Member; onSaved: Saved; onCancel: () => void }) {
  const listId = useId();
  const { register, handleSubmit, formState, setError: setFieldError } = useForm<ConsentFormValues, unknown, ConsentInput>({
    resolver: zodResolver(consentFormSchema),
    defaultValues: { what: '', date: formatUkDate(todayIso()) },
  });
  const saving = useDialogSave(setFieldError, 'consent');
  const errors = formState.errors;
  const onSubmit = handleSubmit(async (input) => {
    await saving.run(async () => {
      onSaved(await api.members.addConsent({ id: member.id, consent: input }), `Recorded consent: ${input.what}`);
    });
  });
  return (
    <FormDialog title="Record consent" dirty={formState.isDirty} onCancel={onCancel}>
      {(cancel) => (
        <form noValidate onSubmit={(e) => void onSubmit(e)}>
          <ErrorNotice message={saving.error} />
          <TextField label="What they agreed to" hint="Choose a suggestion or write your own" list={listId} autoComplete="off" error={errors.what?.message} {...register('what')} />
          <datalist id={listId}>
            {COMMON_CONSENTS.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
          <TextField label="Date they agreed" hint="dd/mm/yyyy" className="input--short" inputMode="numeric" error={errors.date?.message} {...register('date')} />
          <ChoiceGroup legend="How they gave consent" error={errors.how?.message}>
            {CONSENT_METHODS.map((m) => (
              <Choice key={m} type="radio" label={CONSENT_METHOD_LABELS[m]} value={m} {...register('how')} />
            ))}
          </ChoiceGroup>
          <FormButtons submit="Record consent" busy={formState.isSubmitting} onCancel={cancel} />
        </form>
      )}
    </FormDialog>
  );
}
