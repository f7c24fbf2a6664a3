import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { formatUkDate } from '../../../shared/dates';
import { issueFormSchema, type IssueFormValues, type IssueInput, type NewsletterIssue } from '../../../shared/domain/newsletters';
import { TextField } from '../../components/Fields';
import { FormDialog } from '../../components/FormDialog';
import { fieldId } from '../../lib/form-errors';
import { fieldError, useFormSave } from '../../lib/use-form-save';
import { FormButtons } from '../../components/FormButtons';

/** The title and date of an issue: for "New newsletter", and to change them on a draft. */
export function IssueDetailsDialog({
  title,
  confirmLabel,
  initial,
  save,
  onCancel,
}: {
  title: string;
  confirmLabel: string;
  initial: { title: string; date: string };
  save: (issue: IssueInput) => Promise<NewsletterIssue>;
  onCancel: () => void;
}) {
  const form = useForm<IssueFormValues, unknown, IssueInput>({
    resolver: zodResolver(issueFormSchema),
    defaultValues: { title: initial.title, date: initial.date ? formatUkDate(initial.date) : '' },
    shouldFocusError: false,
  });
  const { register, handleSubmit, formState, setError } = form;
  const saving = useFormSave<IssueFormValues, IssueInput>({
    setError,
    wrapper: 'issue',
    initial: undefined,
    save: async (issue) => {
      await save(issue);
    },
  });
  const err = (path: string) => fieldError(formState.errors, path);
  return (
    <FormDialog title={title} dirty={formState.isDirty} onCancel={onCancel}>
      {(cancel) => (
        <form noValidate onSubmit={(e) => void handleSubmit(saving.onValid, saving.onInvalid)(e)}>
          {saving.feedback}
          <TextField id={fieldId('title')} label="Title" hint='For example "Winter 2026" or "Newsletter no. 12"' error={err('title')} {...register('title')} />
          <TextField id={fieldId('date')} label="Issue date" hint="The date printed on the front, as dd/mm/yyyy" className="input--short" inputMode="numeric" error={err('date')} {...register('date')} />
          <FormButtons submit={confirmLabel} busy={formState.isSubmitting} onCancel={cancel} />
        </form>
      )}
    </FormDialog>
  );
}
