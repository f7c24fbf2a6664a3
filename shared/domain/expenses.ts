import { z } from 'zod';
import { optionalIsoDate, optionalUkDate, requiredIsoDate, requiredText, requiredUkDate } from '../fields';
import { complianceRecordShape, typedMiles, typedPounds } from './compliance-fields';
import { mileageBreakdowns, type MileageBreakdown } from './mileage';

/**
 * Out-of-pocket expenses. Mileage is paid at HMRC's rates (see mileage.ts), worked out from
 * the miles each time, so adding an earlier trip moves the 10,000-mile line correctly;
 * fares and other costs are the amount on the receipt. Money is whole pence.
 */

export const EXPENSE_KINDS = ['mileage', 'fares', 'other'] as const;
export type ExpenseKind = (typeof EXPENSE_KINDS)[number];
export const EXPENSE_KIND_LABELS: Record<ExpenseKind, string> = { mileage: 'Mileage', fares: 'Fares', other: 'Other' };

export const expenseSchema = z.object({
  ...complianceRecordShape,
  date: z.string(),
  kind: z.enum(EXPENSE_KINDS),
  /** What it was for: "Travel buddy trip to Sutton Hospital". */
  description: z.string(),
  /** Mileage only. */
  miles: z.number().optional(),
  passengers: z.number().int().optional(),
  /** Fares and other: the amount claimed. Mileage is worked out from the miles. */
  amountPence: z.number().int().optional(),
  receiptHeld: z.boolean(),
  approvedDate: z.string().optional(),
  paidDate: z.string().optional(),
});
export type Expense = z.infer<typeof expenseSchema>;

export interface PricedExpense extends Expense {
  pence: number;
  mileage?: MileageBreakdown;
}

/** Every expense of one volunteer with its amount; mileage priced across the whole tax year. */
export function priceExpenses(expenses: readonly Expense[]): PricedExpense[] {
  const trips = expenses.filter((e) => e.kind === 'mileage').map((e) => ({ id: e.id, date: e.date, miles: e.miles ?? 0, passengers: e.passengers ?? 0, createdAt: e.createdAt }));
  const priced = mileageBreakdowns(trips);
  return expenses.map((e) => {
    const mileage = priced.get(e.id);
    return mileage ? { ...e, pence: mileage.pence, mileage } : { ...e, pence: e.amountPence ?? 0 };
  });
}

export const EXPENSE_STATES = ['claimed', 'approved', 'paid'] as const;
export type ExpenseState = (typeof EXPENSE_STATES)[number];
export function expenseState(e: Pick<Expense, 'approvedDate' | 'paidDate'>): ExpenseState {
  return e.paidDate ? 'paid' : e.approvedDate ? 'approved' : 'claimed';
}

// ----- input ----------------------------------------------------------------------------

interface ExpenseShape {
  kind: ExpenseKind;
  date: string;
  miles?: number | undefined;
  amountPence?: number | undefined;
  approvedDate?: string | undefined;
  paidDate?: string | undefined;
}

function expenseMakesSense(v: ExpenseShape, ctx: z.RefinementCtx): void {
  if (v.kind === 'mileage' && !v.miles) ctx.addIssue({ code: 'custom', path: ['miles'], message: 'Enter the miles driven' });
  if (v.kind !== 'mileage' && !v.amountPence) ctx.addIssue({ code: 'custom', path: ['amountPence'], message: 'Enter the amount' });
  if (v.approvedDate && v.approvedDate < v.date) ctx.addIssue({ code: 'custom', path: ['approvedDate'], message: 'Approval comes on or after the date of the expense' });
  if (v.paidDate && v.paidDate < v.date) ctx.addIssue({ code: 'custom', path: ['paidDate'], message: 'Payment comes on or after the date of the expense' });
}

export const expenseInputSchema = z
  .object({
    date: requiredIsoDate,
    kind: z.enum(EXPENSE_KINDS, { error: 'Choose mileage, fares or other' }),
    description: requiredText('what it was for', 200),
    miles: z.number().min(0.1, 'Enter the miles driven').max(5000, 'Enter 5,000 miles or fewer').optional(),
    passengers: z.number().int().min(0).max(8, 'Enter 8 passengers or fewer').optional(),
    amountPence: z.number().int().min(1, 'Enter the amount').max(10_000_000, 'Enter an amount under £100,000').optional(),
    receiptHeld: z.boolean().default(false),
    approvedDate: optionalIsoDate,
    paidDate: optionalIsoDate,
  })
  .superRefine(expenseMakesSense)
  // Mileage has no typed amount and other costs no miles: keep the record to what applies.
  .transform((v) => (v.kind === 'mileage' ? { ...v, amountPence: undefined } : { ...v, miles: undefined, passengers: undefined }));
export type ExpenseInput = z.output<typeof expenseInputSchema>;

/** The form: one set of fields for every kind; the ones that do not apply are ignored. */
export const expenseFormSchema = z
  .object({
    date: requiredUkDate('the date'),
    kind: z.enum(EXPENSE_KINDS, { error: 'Choose mileage, fares or other' }),
    description: requiredText('what it was for', 200),
    miles: z.string().optional(),
    passengers: z.string().optional(),
    amount: z.string().optional(),
    receiptHeld: z.boolean(),
    approvedDate: optionalUkDate('the date it was approved'),
    paidDate: optionalUkDate('the date it was paid'),
  })
  .transform((v, ctx) => {
    const { amount, miles: typedMilesText, passengers: passengerText, ...rest } = v;
    if (v.kind === 'mileage') {
      const miles = typedMiles('the miles driven').safeParse(typedMilesText);
      if (!miles.success) {
        ctx.addIssue({ code: 'custom', path: ['miles'], message: miles.error.issues[0]?.message ?? 'Enter the miles driven' });
        return z.NEVER;
      }
      const passengers = Number((passengerText ?? '').trim() || '0');
      if (!Number.isInteger(passengers) || passengers < 0 || passengers > 8) {
        ctx.addIssue({ code: 'custom', path: ['passengers'], message: 'Enter the number of passengers, from 0 to 8' });
        return z.NEVER;
      }
      return { ...rest, miles: miles.data, passengers };
    }
    const pence = typedPounds('the amount').safeParse(amount);
    if (!pence.success) {
      ctx.addIssue({ code: 'custom', path: ['amount'], message: pence.error.issues[0]?.message ?? 'Enter the amount' });
      return z.NEVER;
    }
    return { ...rest, amountPence: pence.data };
  });
export type ExpenseFormValues = z.input<typeof expenseFormSchema>;
