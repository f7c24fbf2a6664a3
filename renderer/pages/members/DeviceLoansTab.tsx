import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { formatUkDate, todayIso } from '../../../shared/dates';
import { loanState, loanStateText, loansOut } from '../../../shared/domain/member-loans';
import { deviceLoanFormSchema, type DeviceLoan, type DeviceLoanFormValues, type DeviceLoanInput, type Member } from '../../../shared/domain/members';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextArea, TextField } from '../../components/Fields';
import { FormDialog } from '../../components/FormDialog';
import { api } from '../../lib/api';
import { useDialogSave } from '../../lib/use-form-save';
import { DateActionDialog } from '../people/DateActionDialog';
import { FormButtons } from '../../components/FormButtons';

type Saved = (m: Member, message: string) => void;

function digitalText(m: Member): string {
  return m.digital.needsDeviceLoan ? 'They would like to borrow a device.' : '';
}

/** Devices lent (4G tablets, dongles): out, due, returned, and overdue said in words. */
export function DeviceLoansTab({ member, onSaved }: { member: Member; onSaved: Saved }) {
  const [editing, setEditing] = useState<DeviceLoan | 'new' | null>(null);
  const [returning, setReturning] = useState<DeviceLoan | null>(null);
  const today = todayIso();
  const out = loansOut(member).length;
  const loans = [...member.deviceLoans].sort((a, b) => b.out.localeCompare(a.out));

  return (
    <section aria-labelledby="loans-title">
      <h2 id="loans-title">Device loans</h2>
      <p>
        {out === 0 ? 'Nothing on loan now.' : `${out} ${out === 1 ? 'device' : 'devices'} on loan now.`} {digitalText(member)}
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => setEditing('new')}>
          Lend a device
        </button>
      </div>
      {loans.length > 0 ? (
        <div className="table-wrap">
          <table>
            <caption>Devices lent, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Item</th>
                <th scope="col">Lent on</th>
                <th scope="col">Due back</th>
                <th scope="col">Status</th>
                <th scope="col">Note</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {loans.map((l) => {
                const state = loanState(l, today);
                return (
                  <tr key={l.id}>
                    <td>{l.item}</td>
                    <td className="nowrap">{formatUkDate(l.out)}</td>
                    <td className="nowrap">{formatUkDate(l.due)}</td>
                    <td className={state.kind === 'overdue' ? 'state--overdue' : undefined}>{loanStateText(l, today)}</td>
                    <td>{l.note}</td>
                    <td>
                      <div className="member-actions">
                        {state.kind !== 'returned' ? (
                          <button type="button" className="button" onClick={() => setReturning(l)}>
                            Mark returned<span className="visually-hidden"> ({l.item})</span>
                          </button>
                        ) : null}
                        <button type="button" className="button button--secondary" onClick={() => setEditing(l)}>
                          Edit<span className="visually-hidden"> loan of {l.item}</span>
                        </button>
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}

      {editing ? (
        <LoanDialog
          member={member}
          loan={editing === 'new' ? null : editing}
          onCancel={() => setEditing(null)}
          onSaved={(m, message) => {
            setEditing(null);
            onSaved(m, message);
          }}
        />
      ) : null}
      {returning ? (
        <DateActionDialog
          title={`Mark the ${returning.item} as returned`}
          dateLabel="Date it came back"
          confirmLabel="Mark returned"
          submit={(date) => api.members.returnDeviceLoan({ id: member.id, loanId: returning.id, date })}
          onCancel={() => setReturning(null)}
          onSaved={(m) => {
            setReturning(null);
            onSaved(m, `Marked the ${returning.item} as returned`);
          }}
        >
          <p>Lent on {formatUkDate(returning.out)}.</p>
        </DateActionDialog>
      ) : null}
    </section>
  );
}

function formFromLoan(l: DeviceLoan | null): DeviceLoanFormValues {
  return {
    item: l?.item ?? '',
    out: formatUkDate(l?.out ?? todayIso()),
    due: formatUkDate(l?.due),
    returned: formatUkDate(l?.returned),
    note: l?.note ?? '',
  };
}

function LoanDialog({ member, loan, onSaved, onCancel }: { member: Member; loan: DeviceLoan | null; onSaved: Saved; onCancel: () => void }) {
  const { register, handleSubmit, formState, setError: setFieldError } = useForm<DeviceLoanFormValues, unknown, DeviceLoanInput>({
    resolver: zodResolver(deviceLoanFormSchema),
    defaultValues: formFromLoan(loan),
  });
  const saving = useDialogSave(setFieldError, 'loan');
  const errors = formState.errors;
  const onSubmit = handleSubmit(async (input) => {
    await saving.run(async () => {
      const saved = loan ? await api.members.updateDeviceLoan({ id: member.id, loanId: loan.id, loan: input }) : await api.members.addDeviceLoan({ id: member.id, loan: input });
      onSaved(saved, loan ? `Saved the loan of the ${input.item}` : `Recorded the loan of the ${input.item}`);
    });
  });
  return (
    <FormDialog title={loan ? `Edit the loan of the ${loan.item}` : 'Lend a device'} dirty={formState.isDirty} onCancel={onCancel}>
      {(cancel) => (
        <form noValidate onSubmit={(e) => void onSubmit(e)}>
          <ErrorNotice message={saving.error} />
          <TextField label="Item" hint="For example: 4G tablet, Mi-Fi dongle" error={errors.item?.message} {...register('item')} />
          <TextField label="Date lent" hint="dd/mm/yyyy" className="input--short" inputMode="numeric" error={errors.out?.message} {...register('out')} />
          <TextField label="Due back (optional)" hint="dd/mm/yyyy" className="input--short" inputMode="numeric" error={errors.due?.message} {...register('due')} />
          {loan ? (
            <TextField label="Date returned" hint="dd/mm/yyyy. Leave blank while it is still out." className="input--short" inputMode="numeric" error={errors.returned?.message} {...register('returned')} />
          ) : null}
          <TextArea label="Note (optional)" hint="For example, the serial number or the SIM's phone number" error={errors.note?.message} {...register('note')} />
          <FormButtons submit={loan ? 'Save loan' : 'Record loan'} busy={formState.isSubmitting} onCancel={cancel} />
        </form>
      )}
    </FormDialog>
  );
}
