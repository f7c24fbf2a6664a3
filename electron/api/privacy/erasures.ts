import type { ErasureRow, HandlerMap } from '../../../shared/api';
import { todayIso } from '../../../shared/dates';
import { eraseFromLists, isErased, placeholderName, type ErasedKind } from '../../../shared/domain/erasure';
import { backupHolding, type Erasure } from '../../../shared/domain/erasures';
import type { Member } from '../../../shared/domain/members';
import { displayName } from '../../../shared/domain/person';
import { groupHeldItems, HELD_KIND_INFO, type HeldItem, type HeldKind } from '../../../shared/domain/held-data';
import { gatherHeldData } from '../../../shared/domain/held-data-gather';
import type { Volunteer } from '../../../shared/domain/volunteers';
import { ApiError } from '../../../shared/errors';
import { erasureRecords, erasuresKind, memberRecords, membersKind, volunteerRecords } from '../../documents';
import { commit, recordAudit } from '../core/audit-log';
import { deleteDamagedFiles, listDamagedFiles } from '../../store/damaged-files';
import type { AppContext } from '../core/context';
import { documentsWith, listsFromDocuments } from './erasure-lists';
import { measures, stageErasures, type PersonToErase } from './erase-people';
import { heldDataSources } from './held-data-sources';

/**
 * "Erase this person" and the erasure log. The erasure is one commit (erasure.ts does the work,
 * over every list the store holds), and then the store forgets its history, so no journal
 * segment keeps the old record. Backups keep it until they roll off, or until "Remove from
 * backups now" applies the same erasure to each of them.
 */

function findPerson(ctx: AppContext, kind: ErasedKind, id: string): Member | Volunteer {
  const p = kind === 'member' ? ctx.store.record(memberRecords, id) : ctx.store.record(volunteerRecords, id);
  if (!p) throw new ApiError('NOT_FOUND', `That ${kind} is no longer on record.`);
  return p;
}

/**
 * The other record of the same person, not yet erased: a member's volunteer record, or the
 * member record that names a volunteer as theirs.
 */
function linkedRecord(ctx: AppContext, kind: ErasedKind, person: Member | Volunteer): { kind: 'member'; record: Member } | { kind: 'volunteer'; record: Volunteer } | undefined {
  if (kind === 'member') {
    const vId = (person as Member).volunteerId;
    const v = vId ? ctx.store.record(volunteerRecords, vId) : undefined;
    return v && !isErased(v) ? { kind: 'volunteer', record: v } : undefined;
  }
  const m = ctx.store.get(membersKind).members.find((x) => x.volunteerId === person.id && !isErased(x));
  return m ? { kind: 'member', record: m } : undefined;
}

/** What erasure takes from each kind of item the gatherer finds (held-data.ts), after its heading and count. */
const GOES: Partial<Record<HeldKind, string>> = {
  record: 'name, contact details, address, date of birth, emergency contact and notes',
  status: 'notes and reasons',
  equality: 'every answer (reports will count them as “Not known”)',
  consent: 'deleted, with their wording',
  'device-loan': 'deleted',
  referral: 'names, contact details and reasons',
  group: 'leaving reasons; they leave each group today',
  programme: 'notes, reasons and what their volunteer was matched for',
  goal: 'the words of each goal, its steps and review comments',
  'programme-session': 'notes, private notes and places',
  trip: 'addresses and access notes',
  questionnaire: 'every answer (each score is kept without them)',
  dbs: 'certificate numbers',
  training: 'shadowing notes',
  supervision: 'notes',
  expense: 'descriptions',
  activation: 'reasons',
  'case-study': 'their name, replaced with the placeholder’s',
  audit: 'their name in the summaries, replaced with the placeholder’s',
};

/** What stays of each kind, as anonymous counts for reports. */
const STAYS: Partial<Record<HeldKind, string>> = {
  status: 'dates, so reports for past periods count them the same',
  referral: 'dates, source and outcome',
  group: 'dates joined and left',
  attendance: 'marks on registers, so attendance counts stay',
  programme: 'kind, dates, status and ending',
  goal: 'counted as set and achieved',
  'programme-session': 'dates, length and outcome',
  trip: 'dates, times and miles',
  questionnaire: 'scores, for outcome figures',
  dbs: 'level, dates and decision',
  training: 'course and dates',
  supervision: 'dates and length',
  hours: 'dates and minutes',
  expense: 'dates and amounts',
  audit: 'what was done and when',
};

function previewLines(items: readonly HeldItem[]): { goes: string[]; stays: string[] } {
  const goes: string[] = [];
  const stays: string[] = [];
  for (const { kind, items: of } of groupHeldItems(items)) {
    // The pack's headings speak to the person ("Your record"); this screen speaks about them.
    const label = `${kind === 'record' ? 'Their record' : HELD_KIND_INFO[kind].heading} (${of.length})`;
    const gone = GOES[kind];
    const kept = STAYS[kind];
    if (gone) goes.push(`${label}: ${gone}`);
    if (kept) stays.push(`${label}: ${kept}`);
  }
  return { goes, stays };
}

function toRow(ctx: AppContext, e: Erasure, backups: Parameters<typeof backupHolding>[1]): ErasureRow {
  return { ...e, placeholder: placeholderName(e.personId), backups: backupHolding(e, backups, ctx.store.keepAutomaticBackups, todayIso(ctx.now())) };
}

export const erasureHandlers: HandlerMap<AppContext>['erasures'] = {
  async preview({ kind, id }, ctx) {
    const person = findPerson(ctx, kind, id);
    if (isErased(person)) throw new ApiError('CONFLICT', 'This person’s details have already been erased.');
    // The same list subject access prints: what erasure takes from each kind, and what it keeps.
    const items = gatherHeldData({ type: kind, id }, heldDataSources(ctx));
    const other = linkedRecord(ctx, kind, person);
    const linked = other ? { kind: other.kind, name: displayName(other.record), stillActive: other.record.status !== 'left' } : undefined;
    return Promise.resolve({ name: displayName(person), placeholder: placeholderName(id), ...previewLines(items), ...(linked ? { linked } : {}) });
  },

  async erase({ kind, id, reason, alsoLinked, because = 'request' }, ctx) {
    const before = findPerson(ctx, kind, id);
    if (isErased(before)) throw new ApiError('CONFLICT', 'This person’s details have already been erased.');
    const other = alsoLinked ? linkedRecord(ctx, kind, before) : undefined;
    const people: PersonToErase[] = [{ kind, id, reason, because }, ...(other ? [{ kind: other.kind, id: other.record.id, reason, because }] : [])];
    const why = because === 'retention' ? 'past their keep-until date' : 'at their request';
    const audit = people.map((p) => ({ action: 'delete' as const, entity: p.kind, entityId: p.id, summary: `Erased the ${p.kind}’s details ${why} (now “${placeholderName(p.id)}”)` }));
    // Worked out inside the commit, from the newest saved state.
    const entries = await commit(ctx, audit, (tx) => stageErasures(ctx, tx, people));
    // The journal holds the record as it was: forget it now, not at the next checkpoint.
    await ctx.store.forgetHistory();
    const [entry] = entries;
    if (!entry) throw new Error('The erasure was not logged');
    return entry;
  },

  async list(_input, ctx) {
    const backups = await ctx.store.listBackups();
    const erasures = [...ctx.store.get(erasuresKind).erasures].sort((a, b) => b.erasedAt.localeCompare(a.erasedAt)).map((e) => toRow(ctx, e, backups));
    const holding = new Set(backups.filter((b) => erasures.some((e) => b.createdAt < e.erasedAt && (e.backupsCleanedAt === undefined || (e.backupsNotCleaned ?? []).includes(b.name)))).map((b) => b.name));
    const damagedFiles = erasures.length > 0 ? await listDamagedFiles(ctx.store.dataDir) : [];
    return { erasures, backupsHolding: holding.size, damagedFiles };
  },

  async deleteDamagedFiles(_input, ctx) {
    const deleted = await deleteDamagedFiles(ctx.store.dataDir);
    if (deleted > 0) await recordAudit(ctx, { action: 'delete', entity: 'store', summary: `Deleted ${deleted === 1 ? '1 file' : `${deleted} files`} set aside as damaged, which may have held erased people’s details` });
    return { deleted };
  },

  async removeFromBackups(_input, ctx) {
    const log = ctx.store.get(erasuresKind).erasures;
    if (log.length === 0) return { rewritten: 0, unreadable: [] };
    const all = measures(ctx);
    const result = await ctx.store.rewriteBackups((documents) => {
      let lists = listsFromDocuments(documents);
      const changed: { collection: string; record: object }[] = [];
      for (const e of log) {
        const erased = eraseFromLists(lists, { kind: e.kind, id: e.personId, erasedAt: e.erasedAt, because: e.because ?? 'request' }, all);
        lists = erased.lists;
        changed.push(...erased.changed);
      }
      // Later erasures may change a record an earlier one did: the last version of each is the one kept.
      return changed.length === 0 ? null : documentsWith(documents, changed);
    });
    const at = ctx.now().toISOString();
    const n = result.rewritten.length;
    const summary = `Removed erased people’s details from ${n === 1 ? '1 backup' : `${n} backups`}`;
    await commit(ctx, { action: 'backup', entity: 'erasure', summary }, (tx) => {
      for (const e of ctx.store.get(erasuresKind).erasures) {
        const { backupsNotCleaned: _before, ...rest } = e;
        tx.put(erasureRecords, { ...rest, backupsCleanedAt: at, ...(result.unreadable.length > 0 ? { backupsNotCleaned: result.unreadable } : {}) });
      }
    });
    return { rewritten: result.rewritten.length, unreadable: result.unreadable };
  },
};
