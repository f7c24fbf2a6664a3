import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { formatUkDate, todayIso } from '../../../shared/dates';
import {
  COMMON_CONSENTS,
  CONSENT_METHODS,
  CONSENT_METHOD_LABELS,
  consentFormSchema,
  consentReviewDue,
  suggestedReviewDate,
  type Consent,
  type ConsentFormValues,
  type ConsentInput,
  type WithConsents,
} from '../../../shared/domain/consents';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Choice, ChoiceGroup, TextField } from '../../components/Fields';
import { FormButtons } from '../../components/FormButtons';
import { FormDialog } from '../../components/FormDialog';
import { useDialogSave } from '../../lib/use-form-save';
import { DateActionDialog } from './DateActionDialog';

/** The two API steps of a consent log: `api.members` and `api.volunteers` both have them. */
export interface ConsentApi<P> {
  addConsent(input: { id: string; consent: ConsentInput }): Promise<P>;
  withdrawConsent(input: { id: string; consentId: string; date: string }): Promise<P>;
}

type Saved<P> = (person: P, message: string) => void;

/** "Given, review by 10/06/2026": the review date sits with the status, so the table fits a narrow window in large text. */
function statusText(c: Consent, today: string): string {
  if (c.withdrawn) return `Withdrawn ${formatUkDate(c.withdrawn)}`;
  if (!c.review) return 'Given';
  return `Given, review ${consentReviewDue(c, today) ? 'due' : 'by'} ${formatUkDate(c.review)}`;
}

/**
 * What they agreed to, when and how (UK GDPR asks for proof of consent), and when to check
 * they still agree. Withdrawing keeps the record with its date, so both the consent and its
 * end can be shown later. The same tab for members and volunteers.
 */
export function ConsentsTab<P extends WithConsents>({ person, area, onSaved }: { person: P; area: ConsentApi<P>; onSaved: Saved<P> }) {
  const [adding, setAdding] = useState(false);
  const [withdrawing, setWithdrawing] = useState<Consent | null>(null);
  const consents = [...person.consents].sort((a, b) => b.date.localeCompare(a.date));
  const today = todayIso();

  return (
    <section aria-labelledby="consents-title">
      <h2 id="consents-title">Consents</h2>
      <p>
        Record each thing they agree to, with the date and how they told you. If they change their mind, withdraw it: the record stays, with the date. Email
        newsletters only go to people with a consent to email on record.
      </p>
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
                  <td>{statusText(c, today)}</td>
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
          save={(consent) => area.addConsent({ id: person.id, consent })}
          onCancel={() => setAdding(false)}
          onSaved={(p, message) => {
            setAdding(false);
            onSaved(p, message);
          }}
        />
      ) : null}
      {withdrawing ? (
        <DateActionDialog
          title="Withdraw consent"
          dateLabel="Date they withdrew it"
          confirmLabel="Withdraw consent"
          submit={(date) => area.withdrawConsent({ id: person.id, consentId: withdrawing.id, date })}
          onCancel={() => setWithdrawing(null)}
          onSaved={(p) => {
            setWithdrawing(null);
            onSaved(p, `Consent withdrawn: ${withdrawing.what}`);
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

function ConsentDialog<P>({ save, onSaved, onCancel }: { save: (consent: ConsentInput) => Promise<P>; onSaved: Saved<P>; onCancel: () => void }) {
  const listId = useId();
  const today = todayIso();
  const { register, handleSubmit, formState, setError: setFieldError } = useForm<ConsentFormValues, unknown, ConsentInput>({
    resolver: zodResolver(consentFormSchema),
    defaultValues: { what: '', date: formatUkDate(today), review: formatUkDate(suggestedReviewDate(today)) },
  });
  const saving = useDialogSave(setFieldError, 'consent');
  const errors = formState.errors;
  const onSubmit = handleSubmit(async (input) => {
    await saving.run(async () => {
      onSaved(await save(input), `Recorded consent: ${input.what}`);
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
          <TextField
            label="Review by"
            hint="dd/mm/yyyy. When to check they still agree: two years on is usual. Leave blank for no review."
            className="input--short"
            inputMode="numeric"
            error={errors.review?.message}
            {...register('review')}
          />
          <FormButtons submit="Record consent" busy={formState.isSubmitting} onCancel={cancel} />
        </form>
      )}
    </FormDialog>
  );
}
