import { randomUUID } from 'node:crypto';
import type { HandlerMap } from '../../../shared/api';
import { formatUkDate } from '../../../shared/dates';
import { GIVEN_LABELS, type Completion, type CompletionInput } from '../../../shared/domain/outcome-completions';
import { riskItemAnswered, type MeasureDefinition } from '../../../shared/domain/outcome-measures';
import { completionRecords } from '../../documents';
import { commit, type AuditInput } from '../core/audit-log';
import type { AppContext } from '../core/context';
import { compact, findMember } from '../core/lookups';
import { checkContext, checkDate, checkedAnswers, measureToRecord } from './completion-checks';
import { findCompletion, measureOf } from './completion-records';
import { exportCompletionsCsv } from './completions-csv';
import { archiveCustomScale, measuresView, saveCustomScale } from './custom-scales';
import { dueLines } from './outcome-due';
import { completionRow, memberOutcomes } from './outcome-views';
import { printQuestionnaire } from './print-questionnaire';

/**
 * Outcome measures: recording, correcting and deleting a filled-in questionnaire, each one
 * commit with its audit entry. The audit never holds an answer or a score (health data):
 * only which questionnaire, the date and how it was given. A risk item answered above its
 * lowest value adds the entry "Risk item answered", still without the value, so a lead can
 * see that a safeguarding flag was raised and follow it up.
 */

const ENTITY = 'outcome-completion';

/** The answers to store, with the measure they were checked against. */
function checked(ctx: AppContext, memberId: string, input: CompletionInput, allowArchived: boolean): { measure: MeasureDefinition; answers: Completion['answers'] } {
  const measure = measureToRecord(ctx, input.measureId, { allowArchived });
  checkDate(ctx, input.date);
  checkContext(ctx, memberId, input);
  return { measure, answers: checkedAnswers(measure, input.answers) };
}

const riskEntry = (id: string): AuditInput => ({ action: 'create', entity: ENTITY, entityId: id, summary: 'Risk item answered' });

export const outcomeHandlers: HandlerMap<AppContext>['outcomes'] = {
  async measures(_input, ctx) {
    return Promise.resolve(measuresView(ctx));
  },

  saveCustomScale: ({ id, scale }, ctx) => saveCustomScale(ctx, id, scale),
  archiveCustomScale: ({ id, archived }, ctx) => archiveCustomScale(ctx, id, archived),

  async record({ memberId, completion }, ctx) {
    findMember(ctx, memberId);
    const { measure, answers } = checked(ctx, memberId, completion, false);
    const at = ctx.now().toISOString();
    const record = compact<Completion>({ ...completion, answers, id: randomUUID(), createdAt: at, updatedAt: at, memberId });
    const audit: AuditInput[] = [{ action: 'create', entity: ENTITY, entityId: record.id, summary: `Recorded ${measure.shortName} answers of ${formatUkDate(record.date)}, given ${GIVEN_LABELS[record.given]}` }];
    if (riskItemAnswered(measure, answers)) audit.push(riskEntry(record.id));
    await commit(ctx, audit, (tx) => tx.put(completionRecords, record, { replaces: null }));
    return completionRow(ctx, record);
  },

  async update({ id, completion }, ctx) {
    const before = findCompletion(ctx, id);
    // Correcting old answers is allowed on an archived scale; moving them onto one is not.
    const { measure, answers } = checked(ctx, before.memberId, completion, completion.measureId === before.measureId);
    const after = compact<Completion>({ ...before, ...completion, programmeId: completion.programmeId, groupId: completion.groupId, stage: completion.stage, answers, updatedAt: ctx.now().toISOString() });
    const audit: AuditInput[] = [{ action: 'update', entity: ENTITY, entityId: id, summary: `Changed the ${measure.shortName} answers of ${formatUkDate(after.date)}` }];
    // Flagged again only when the correction raises it: a flag already logged needs no second entry.
    const beforeMeasure = measureOf(ctx, before.measureId);
    const wasFlagged = beforeMeasure !== undefined && before.measureId === after.measureId && riskItemAnswered(beforeMeasure, before.answers);
    if (riskItemAnswered(measure, answers) && !wasFlagged) audit.push(riskEntry(id));
    await commit(ctx, audit, (tx) => {
      // A new date may move it to another year's document.
      if (before.date.slice(0, 4) !== after.date.slice(0, 4)) {
        tx.remove(completionRecords, before, { replaces: before });
        tx.put(completionRecords, after, { replaces: null });
      } else tx.put(completionRecords, after, { replaces: before });
    });
    return completionRow(ctx, after);
  },

  async delete({ id }, ctx) {
    const c = findCompletion(ctx, id);
    const name = measureOf(ctx, c.measureId)?.shortName ?? 'questionnaire';
    await commit(ctx, { action: 'delete', entity: ENTITY, entityId: id, summary: `Deleted the ${name} answers of ${formatUkDate(c.date)}` }, (tx) => tx.remove(completionRecords, c, { replaces: c }));
    return { deleted: true as const };
  },

  async forMember({ memberId }, ctx) {
    findMember(ctx, memberId);
    return Promise.resolve(memberOutcomes(ctx, memberId));
  },

  async due(_input, ctx) {
    return Promise.resolve(dueLines(ctx));
  },

  exportCsv: ({ includeNames }, ctx) => Promise.resolve(exportCompletionsCsv(ctx, includeNames)),
  printQuestionnaire: ({ measureId, size, memberId }, ctx) => printQuestionnaire(ctx, measureId, size, memberId),
};
