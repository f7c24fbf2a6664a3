import { z } from 'zod';
import { groupFormSchema } from '../../../shared/domain/groups';
import { planFormRowSchema, plansFromRows } from '../outcomes/measure-plan-form';

/**
 * The group form as the page holds it: the shared form schema plus its "Questionnaires" rows,
 * which become the group's `measures`. Rows absent (the questionnaires could not be loaded):
 * `measures` is not sent, and the group keeps the plans it had.
 */
export const groupPageFormSchema = groupFormSchema
  .safeExtend({
    questionnaires: z
      .array(planFormRowSchema)
      .optional()
      // Checked here, beside the other fields, so every problem shows at once.
      .superRefine((rows, ctx) => {
        for (const issue of plansFromRows(rows ?? []).issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
      }),
  })
  .transform(({ questionnaires, ...group }) => (questionnaires === undefined ? group : { ...group, measures: plansFromRows(questionnaires).plans }));

export type GroupPageFormValues = z.input<typeof groupPageFormSchema>;
export type GroupPageFormOutput = z.output<typeof groupPageFormSchema>;
