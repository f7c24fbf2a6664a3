import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Link, useLocation, useParams } from 'wouter';
import {
  GRANT_FREQUENCIES,
  GRANT_FREQUENCY_LABELS,
  grantFormSchema,
  REFERRAL_SCOPES,
  REFERRAL_SCOPE_LABELS,
  TARGET_KEYS,
  TARGET_LABELS,
  type GrantFormValues,
  type GrantInput,
} from '../../../shared/domain/grants';
import { rateNames } from '../../../shared/domain/rates';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Choice, ChoiceGroup, SelectField, TextArea, TextField } from '../../components/Fields';
import { useFlash } from '../../components/Flash';
import { Page } from '../../components/Page';
import { api, errorMessage } from '../../lib/api';
import { useAppStatus } from '../../lib/app-status';
import { fieldId } from '../../lib/form-errors';
import { fieldError, useFormSave } from '../../lib/use-form-save';
import { useLoad } from '../../lib/use-load';
import { useUnsavedChanges } from '../../lib/use-unsaved-changes';
import { emptyGrantForm, formFromGrant } from './grant-form-values';
import './reports.css';

const TARGET_HINTS: Record<(typeof TARGET_KEYS)[number], string> = {
  people: 'Different people over the whole grant',
  newPeople: 'People new to you during the grant',
  sessions: 'Group sessions held and one-to-one sessions delivered (cancelled ones do not count)',
  attendances: 'Every time someone comes',
  volunteerHours: 'Hours given by volunteers',
};

/** Add or change a grant: the funder's details, what it pays for and what it expects. */
export function GrantFormPage() {
  const { grantId } = useParams<{ grantId?: string }>();
  const [, navigate] = useLocation();
  const { flashNext } = useFlash();
  const { status } = useAppStatus();
  const [loadError, setLoadError] = useState<string | null>(null);
  const form = useForm<GrantFormValues, unknown, GrantInput>({ resolver: zodResolver(grantFormSchema), defaultValues: emptyGrantForm(), shouldFocusError: false });
  const { register, handleSubmit, formState, reset, setError, setValue, control } = form;
  // Read in render so the form state tracks it (see useUnsavedChanges).
  const unsaved = useUnsavedChanges(formState.isDirty);
  const groupIds = useWatch({ control, name: 'groupIds' }) ?? [];
  const kindIds = useWatch({ control, name: 'programmeKindIds' }) ?? [];
  const groups = useLoad(() => api.groups.list({ includeArchived: true }), []);
  const kinds = useLoad(() => api.programmes.kinds(), []);

  useEffect(() => {
    if (!grantId) return;
    api.grants.get({ id: grantId }).then(
      (d) => reset(formFromGrant(d.grant)),
      (e: unknown) => setLoadError(errorMessage(e)),
    );
  }, [grantId, reset]);

  const err = (path: string) => fieldError(formState.errors, path);
  const saving = useFormSave<GrantFormValues, GrantInput>({
    setError,
    wrapper: 'grant',
    initial: undefined,
    save: async (grant) => {
      const saved = grantId ? await api.grants.update({ id: grantId, grant }) : await api.grants.create({ grant });
      flashNext(`Saved ${saved.name}`);
      navigate(`/reports/${saved.id}`);
    },
  });
  const onSubmit = handleSubmit(saving.onValid, saving.onInvalid);

  // Checkboxes are kept by hand: with one group react-hook-form would give a boolean, not a list.
  const toggleGroup = (id: string, on: boolean) =>
    setValue('groupIds', on ? [...groupIds, id] : groupIds.filter((g) => g !== id), { shouldDirty: true, shouldValidate: formState.isSubmitted });
  // Either list can answer "choose at least one", so a change to one checks both again.
  const toggleKind = (id: string, on: boolean) =>
    setValue('programmeKindIds', on ? [...kindIds, id] : kindIds.filter((k) => k !== id), { shouldDirty: true, shouldValidate: formState.isSubmitted });

  // Archived groups and kinds only when the grant already funds them.
  const shownGroups = (groups.data ?? []).filter((g) => !g.archived || groupIds.includes(g.id));
  const shownKinds = (kinds.data ?? []).filter((k) => !k.archived || kindIds.includes(k.id));
  const rates = rateNames(status.settings.rates);

  return (
    <Page title={grantId ? 'Edit grant' : 'Add grant'}>
      <p className="back-link">
        <Link href={grantId ? `/reports/${grantId}` : '/reports'}>{grantId ? 'Back to the grant' : 'Back to grants & reports'}</Link>
      </p>
      {saving.feedback}
      <ErrorNotice message={loadError ?? groups.error ?? kinds.error} />
      <form className="report-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <fieldset>
          <legend>The grant</legend>
          <TextField id={fieldId('funder')} label="Funder" hint="For example: The National Lottery Community Fund" error={err('funder')} {...register('funder')} />
          <TextField id={fieldId('name')} label="Grant name" hint="As the funder names it, or what it pays for" error={err('name')} {...register('name')} />
          <TextField id={fieldId('amountPence')} label="Amount (£)" hint="The whole grant, like 25000 or £25,000" className="input--medium" inputMode="decimal" error={err('amountPence')} {...register('amountPence')} />
          <div className="form-grid">
            <TextField id={fieldId('startDate')} label="Start date" hint="dd/mm/yyyy" className="input--short" error={err('startDate')} {...register('startDate')} />
            <TextField id={fieldId('endDate')} label="End date" hint="dd/mm/yyyy" className="input--short" error={err('endDate')} {...register('endDate')} />
          </div>
          <ChoiceGroup legend="How often the funder wants a report" hint="Periods count from the start date: a grant starting in April has years from April to March." error={err('frequency')}>
            {GRANT_FREQUENCIES.map((f, i) => (
              <Choice key={f} id={i === 0 ? fieldId('frequency') : undefined} type="radio" label={GRANT_FREQUENCY_LABELS[f]} value={f} {...register('frequency')} />
            ))}
          </ChoiceGroup>
        </fieldset>

        <fieldset>
          <legend>What it funds</legend>
          <p className="lede">A grant can fund groups, kinds of one-to-one programme, or both.</p>
          <ChoiceGroup legend="Groups the grant funds" hint="Reports count the sessions, people and volunteer time of these groups." error={err('groupIds')}>
            {shownGroups.length === 0 && groups.data ? <p>There are no groups yet.</p> : null}
            {shownGroups.map((g, i) => (
              <Choice
                key={g.id}
                id={i === 0 ? fieldId('groupIds') : undefined}
                type="checkbox"
                label={g.archived ? `${g.name} (archived)` : g.name}
                checked={groupIds.includes(g.id)}
                onChange={(e) => toggleGroup(g.id, e.target.checked)}
              />
            ))}
          </ChoiceGroup>
          <ChoiceGroup
            legend="Kinds of programme the grant funds"
            hint="Reports count the one-to-one programmes of these kinds: the people, sessions, endings, goals and volunteer time."
            error={err('programmeKindIds')}
          >
            {shownKinds.length === 0 && kinds.data ? <p>There are no kinds of programme. Add them in Settings.</p> : null}
            {shownKinds.map((k, i) => (
              <Choice
                key={k.id}
                // With no groups to tick, "choose at least one" takes you here.
                id={i === 0 ? fieldId(shownGroups.length === 0 ? 'groupIds' : 'programmeKindIds') : undefined}
                type="checkbox"
                label={k.archived ? `${k.name} (archived)` : k.name}
                checked={kindIds.includes(k.id)}
                onChange={(e) => toggleKind(k.id, e.target.checked)}
              />
            ))}
          </ChoiceGroup>
          <ChoiceGroup legend="Referrals to count" error={err('referralScope')}>
            {REFERRAL_SCOPES.map((s) => (
              <Choice key={s} type="radio" label={REFERRAL_SCOPE_LABELS[s]} value={s} {...register('referralScope')} />
            ))}
          </ChoiceGroup>
        </fieldset>

        <fieldset>
          <legend>Targets for the whole grant</legend>
          <p className="lede">Leave a target blank if the funder did not set one. Reports show each against what was done.</p>
          <div className="form-grid">
            {TARGET_KEYS.map((k) => (
              <TextField key={k} id={fieldId(`targets.${k}`)} label={TARGET_LABELS[k]} hint={TARGET_HINTS[k]} className="input--short" inputMode="numeric" error={err(`targets.${k}`)} {...register(`targets.${k}`)} />
            ))}
          </div>
          <TextArea id={fieldId('outcomes')} label="Outcome targets (optional)" hint="In the funder's words, one on each line, like “People feel less isolated”. Each report lets you write the progress made." error={err('outcomes')} {...register('outcomes')} />
        </fieldset>

        <fieldset>
          <legend>How the report counts</legend>
          <TextField id={fieldId('ageBands')} label="Age bands" hint="The bands the funder asks for, separated by commas, like 18-24, 25-34, 75+" error={err('ageBands')} {...register('ageBands')} />
          <SelectField id={fieldId('rateName')} label="Value volunteer time at" hint="The hourly rates are in Settings, each with the date it started." error={err('rateName')} {...register('rateName')}>
            <option value="">The rate chosen in Settings ({status.settings.volunteerRateName})</option>
            {rates.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </SelectField>
          <TextArea id={fieldId('notes')} label="Notes (optional)" hint="For example the grant reference or the funder's contact. Not printed." error={err('notes')} {...register('notes')} />
        </fieldset>

        <div className="button-row">
          <button type="submit" className="button" disabled={formState.isSubmitting}>
            Save grant
          </button>
          <button type="button" className="button button--secondary" onClick={() => unsaved.leave(grantId ? `/reports/${grantId}` : '/reports')}>
            Cancel
          </button>
        </div>
      </form>
      {unsaved.dialog}
    </Page>
  );
}
