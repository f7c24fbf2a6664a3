import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { formatUkDate, todayIso } from '../../../../shared/dates';
import { EXPENSE_KIND_LABELS, EXPENSE_KINDS, expenseFormSchema, expenseState, type ExpenseFormValues, type PricedExpense } from '../../../../shared/domain/expenses';
import { MILEAGE_RATES_TEXT, taxYearLabel } from '../../../../shared/domain/mileage';
import { formatPounds } from '../../../../shared/money';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useFlash } from '../../../components/Flash';
import { Choice, SelectField, TextField } from '../../../components/Fields';
import { FormDialog } from '../../../components/FormDialog';
import { api } from '../../../lib/api';
import { useDialogSave } from '../../../lib/use-form-save';
import { printPdf } from '../../../lib/print';
import { RecordDialogs, type TabProps } from './shared';
import { FormButtons } from '../../../components/FormButtons';
import { RowActions } from '../../../components/RowActions';

type ExpenseFormOutput = z.output<typeof expenseFormSchema>;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const monthName = (ym: string) => `${MONTHS[Number(ym.slice(5)) - 1] ?? ''} ${ym.slice(0, 4)}`;

/** "50 miles, 1 passenger: 20 at 45p, 30 at 25p" */
export function mileageText(e: PricedExpense): string {
  const m = e.mileage;
  if (!m) return '';
  const parts = [m.milesAtFullRate > 0 ? `${m.milesAtFullRate.toLocaleString('en-GB')} at 45p` : '', m.milesAtReducedRate > 0 ? `${m.milesAtReducedRate.toLocaleString('en-GB')} at 25p` : ''].filter(Boolean);
  const passengers = e.passengers ? `, ${e.passengers} ${e.passengers === 1 ? 'passenger' : 'passengers'} at 5p a mile` : '';
  return `${(e.miles ?? 0).toLocaleString('en-GB')} miles: ${parts.join(', ')}${passengers}`;
}

const STATE_TEXT = { claimed: 'Claimed', approved: 'Approved', paid: 'Paid' } as const;

/** Mileage, fares and other costs, with the amounts worked out and a claim form to print each month. */
export function ExpensesTab({ view, onChange }: TabProps) {
  const { flash } = useFlash();
  const [editing, setEditing] = useState<PricedExpense | 'new' | null>(null);
  const [deleting, setDeleting] = useState<PricedExpense | null>(null);
  // Until a month is chosen, the newest one (which a new expense may have just added).
  const [month, setMonth] = useState<string | null>(null);
  const chosenMonth = month !== null && view.expenseMonths.includes(month) ? month : (view.expenseMonths[0] ?? '');
  const unpaid = view.expenses.filter((e) => !e.paidDate).reduce((s, e) => s + e.pence, 0);
  return (
    <section aria-labelledby="expenses-title">
      <h2 id="expenses-title">Expenses</h2>
      <p className="lede">Mileage is paid at HMRC&apos;s rates: {MILEAGE_RATES_TEXT}.</p>
      <p>{view.expenses.length === 0 ? 'No expenses recorded.' : `${formatPounds(unpaid)} not yet paid.`}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => setEditing('new')}>
          Add expense
        </button>
      </div>
      {view.expenseMonths.length > 0 ? (
        <div className="inline-fields claim-month">
          <SelectField label="Month to claim" value={chosenMonth} onChange={(e) => setMonth(e.target.value)}>
            {view.expenseMonths.map((m) => (
              <option key={m} value={m}>
                {monthName(m)}
              </option>
            ))}
          </SelectField>
          <div className="field">
            <button type="button" className="button button--secondary" onClick={() => void printPdf(() => api.compliance.printClaimForm({ volunteerId: view.volunteerId, month: chosenMonth }), flash)}>
              Print claim form
            </button>
          </div>
        </div>
      ) : null}
      {view.expenses.length > 0 ? (
        <div className="table-wrap">
          <table>
            <caption>Expenses, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Kind</th>
                <th scope="col">What it was for</th>
                <th scope="col">Amount</th>
                <th scope="col">Receipt</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {view.expenses.map((e) => (
                <tr key={e.id}>
                  <td className="nowrap">{formatUkDate(e.date)}</td>
                  <td>{EXPENSE_KIND_LABELS[e.kind]}</td>
                  <td>
                    {e.description}
                    {e.mileage ? (
                      <div className="lede">
                        {mileageText(e)} (tax year {taxYearLabel(e.mileage.taxYear)})
                      </div>
                    ) : null}
                  </td>
                  <td className="nowrap">{formatPounds(e.pence)}</td>
                  <td>{e.receiptHeld ? 'Held' : 'No'}</td>
                  <td>
                    {STATE_TEXT[expenseState(e)]}
                    {e.paidDate ? ` ${formatUkDate(e.paidDate)}` : e.approvedDate ? ` ${formatUkDate(e.approvedDate)}` : ''}
                  </td>
                  <td>
                    <RowActions label={`expense on ${formatUkDate(e.date)}`} onEdit={() => setEditing(e)} onDelete={() => setDeleting(e)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <RecordDialogs
        editing={editing}
        deleting={deleting}
        onClose={() => {
          setEditing(null);
          setDeleting(null);
        }}
        onChange={onChange}
        form={(record, onSaved, onCancel) => <ExpenseDialog volunteerId={view.volunteerId} record={record} onSaved={onSaved} onCancel={onCancel} />}
        what={(r) => `the expense on ${formatUkDate(r.date)}`}
        remove={(r) => api.compliance.deleteExpense({ volunteerId: view.volunteerId, recordId: r.id })}
      />
    </section>
  );
}

function ExpenseDialog({ volunteerId, record, onSaved, onCancel }: { volunteerId: string; record: PricedExpense | null; onSaved: TabProps['onChange']; onCancel: () => void }) {
  const { register, handleSubmit, formState, control, setError: setFieldError } = useForm<ExpenseFormValues, unknown, ExpenseFormOutput>({
    resolver: zodResolver(expenseFormSchema),
    defaultValues: {
      date: formatUkDate(record?.date ?? todayIso()),
      kind: record?.kind ?? 'mileage',
      description: record?.description ?? '',
      miles: record?.miles === undefined ? '' : String(record.miles),
      passengers: String(record?.passengers ?? 0),
      amount: record?.amountPence === undefined ? '' : (record.amountPence / 100).toFixed(2),
      receiptHeld: record?.receiptHeld ?? false,
      approvedDate: formatUkDate(record?.approvedDate),
      paidDate: formatUkDate(record?.paidDate),
    },
  });
  const saving = useDialogSave(setFieldError, 'record');
  const errors = formState.errors;
  const kind = useWatch({ control, name: 'kind' });
  const onSubmit = handleSubmit(async (input) => {
    await saving.run(async () => {
      const view = await api.compliance.saveExpense({ volunteerId, ...(record ? { recordId: record.id } : {}), record: input });
      const saved = view.expenses.find((e) => e.date === input.date && e.description === input.description);
      onSaved(view, `${record ? 'Saved' : 'Added'} the expense${saved ? `: ${formatPounds(saved.pence)}` : ''}`);
    });
  });
  return (
    <FormDialog title={record ? 'Edit expense' : 'Add expense'} dirty={formState.isDirty} onCancel={onCancel}>
      {(cancel) => (
        <form noValidate onSubmit={(e) => void onSubmit(e)}>
          <ErrorNotice message={saving.error} />
          <TextField label="Date" hint="dd/mm/yyyy" className="input--short" inputMode="numeric" error={errors.date?.message} {...register('date')} />
          <SelectField label="Kind" error={errors.kind?.message} {...register('kind')}>
            {EXPENSE_KINDS.map((k) => (
              <option key={k} value={k}>
                {EXPENSE_KIND_LABELS[k]}
              </option>
            ))}
          </SelectField>
          <TextField label="What it was for" hint="For example: travel buddy trip to Sutton Hospital" error={errors.description?.message} {...register('description')} />
          {kind === 'mileage' ? (
            <>
              <TextField label="Miles" hint="Business miles driven, for example 12.5" className="input--short" inputMode="decimal" error={errors.miles?.message} {...register('miles')} />
              <TextField label="Passengers" hint="People they gave a lift to on the trip: 5p a mile each" className="input--short" inputMode="numeric" error={errors.passengers?.message} {...register('passengers')} />
              <p className="lede">The amount is worked out at 45p a mile up to 10,000 miles in the tax year, then 25p.</p>
            </>
          ) : (
            <TextField label="Amount (£)" hint="For example 4.80" className="input--short" inputMode="decimal" error={errors.amount?.message} {...register('amount')} />
          )}
          <Choice type="checkbox" label="Receipt held" {...register('receiptHeld')} />
          <TextField label="Date approved (optional)" hint="dd/mm/yyyy" className="input--short" inputMode="numeric" error={errors.approvedDate?.message} {...register('approvedDate')} />
          <TextField label="Date paid (optional)" hint="dd/mm/yyyy" className="input--short" inputMode="numeric" error={errors.paidDate?.message} {...register('paidDate')} />
          <FormButtons submit={record ? 'Save expense' : 'Add expense'} busy={formState.isSubmitting} onCancel={cancel} />
        </form>
      )}
    </FormDialog>
  );
}
