import type { ComponentType, ReactNode } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import type { DuplicateMatch, UploadedFile } from '../../../shared/api';
import type { CsvImportPreview, CsvMapping } from '../../../shared/csv/types';
import type { FileDownload } from '../../../shared/files';
import type { PipelineRecord } from '../../../shared/domain/people-status';
import type { PeoplePage } from '../../../shared/domain/people-search';
import type { personRecordShape } from '../../../shared/domain/person';
import type { PersonKindInfo } from '../../../shared/domain/person-kinds';
import type { BadgeTone } from '../../components/StatusBadge';
import type { TabItem } from '../../components/Tabs';
import type { ListState, PeopleListState, SortChoice } from './list-state';

/**
 * A kind of person as the pages see it: the shared description (names, statuses, field
 * labels, CSV columns) with what the pages add — the kind's own form sections and how a
 * record fills the form, its API calls, its profile rows and tabs, its list filters and
 * columns. One form page, one profile shell, one list page and one import page serve every
 * kind (renderer/pages/people); a new kind (programme participants) is a new description
 * beside its own tabs, as volunteers/volunteer-kind.tsx and members/member-kind.tsx are.
 */
export interface PersonKind<P extends PersonRecord<S>, F extends FieldValues, I, S extends string, Row extends PersonRow<S>, L extends PeopleListState>
  extends PersonKindInfo<S> {
  /** The pipeline in order; a non-empty list, for the status form. */
  statuses: readonly [S, ...S[]];
  /** The colour a status badge repeats its label in: anything not named is "in the pipeline". */
  statusTones: Partial<Record<S, BadgeTone>>;
  /** Where its pages live: "/volunteers", with /new, /import, /:id and /:id/edit below. */
  path: string;
  /** The kind's own part of a record, last on the form and a card on Details: "Volunteering", "Support". */
  section: { id: string; title: string };
  api: PersonApi<P, I, S, Row, L>;
  form: PersonForm<P, F, I, S>;
  profile: PersonProfile<P, S>;
  list: PersonList<Row, L>;
  /** Said on the import page before a file is chosen: what is never read from a file. */
  importNote?: string;
}

/** What the pages read of any person's record: the details everyone has, and a status pipeline. */
export type PersonRecord<S extends string> = z.output<z.ZodObject<typeof personRecordShape>> & PipelineRecord<S>;

/** A row of a people list. */
export interface PersonRow<S extends string> {
  id: string;
  name: string;
  status: S;
}

export interface StatusValues<S extends string> {
  status: S;
  date: string;
  note?: string | undefined;
  reason?: string | undefined;
}

export type SaveResult<P> = { status: 'saved'; record: P } | { status: 'possible-duplicates'; matches: DuplicateMatch[] };

/** The kind's API calls, whatever key its area wraps the fields in (see person-api.ts). */
export interface PersonApi<P, I, S extends string, Row, L> {
  get: (id: string) => Promise<P>;
  create: (input: I, status: S, allowDuplicate: boolean) => Promise<SaveResult<P>>;
  update: (id: string, input: I, allowDuplicate: boolean, expectedUpdatedAt: string | undefined) => Promise<SaveResult<P>>;
  changeStatus: (id: string, change: StatusValues<S>) => Promise<P>;
  delete: (id: string) => Promise<unknown>;
  list: (query: L & { offset: number; limit: number }) => Promise<PeoplePage<Row>>;
  /** `option` is the list's export option (members: equality answers), false when it has none. */
  exportCsv: (state: L, scope: 'all' | 'filtered', option: boolean) => Promise<FileDownload>;
  importPreview: (file: UploadedFile, mapping: CsvMapping | undefined) => Promise<CsvImportPreview>;
  importCommit: (file: UploadedFile, mapping: CsvMapping) => Promise<{ imported: number }>;
}

// ----- the add/edit form -----------------------------------------------------------------

export interface FormPartProps<F extends FieldValues, I> {
  form: UseFormReturn<F, unknown, I>;
  /** The error to show next to a field, by path. */
  err: (path: string) => string | undefined;
}

/** A kind's own fields, placed by the form page among the fields every person has. */
export type FormPart<F extends FieldValues, I> = ComponentType<FormPartProps<F, I>>;

export interface PersonForm<P, F extends FieldValues, I, S extends string> {
  /** The form's rules: dates typed as dd/mm/yyyy, lists as "a, b"; its output is the API's input. */
  schema: z.ZodType<I, F>;
  empty: F;
  /** A record on file as the form shows it. */
  fromRecord(record: P): F;
  /** Where a new record starts in the pipeline unless another status is chosen. */
  newStatus: S;
  /** The hint of the status choice on an add form. */
  statusHint: string;
  dateOfBirthHint: string;
  /** In "Contact details", after the address: how they like to hear from you. */
  Contact: FormPart<F, I>;
  /** In "About them", between the date of birth and the notes. */
  About: FormPart<F, I>;
  /** The kind's own fieldset (its section): an add form's status choice goes between Before and After. */
  Section: { Before: FormPart<F, I>; After: FormPart<F, I> };
  /** Fieldsets of the kind's own after its section (members: matching for one-to-one support). */
  More?: FormPart<F, I>;
}

// ----- the profile -------------------------------------------------------------------------

/** What the profile shell offers a kind's parts. */
export interface ProfileShell<P> {
  flash: (message: string) => void;
  /** Fetches the record and its list of changes again. */
  reload: () => void;
  /** A tab saved a change to the record: shown at once, with the message. */
  saved: (record: P, message: string) => void;
  /** A status change was saved, by the status form or a dialog of the kind's own. */
  statusSaved: (record: P) => void;
}

/** A kind's part of the profile, from its own hook (which may load more: compliance, named volunteers). */
export interface ProfileParts<P, S extends string> {
  /** After the status badge under the name: roles, or the key contact. */
  lede(record: P): ReactNode;
  /** The rows of the kind's own card on Details, after Status. */
  sectionRows(record: P): ReactNode;
  /** Its own tabs, after Details (and Status history when that is a tab). */
  tabs(record: P): TabItem<string>[];
  /** Saves a status change; a kind may ask something first, returning null until its dialog saves. */
  changeStatus?(record: P, values: StatusValues<S>): Promise<P | null>;
  /** Dialogs of the kind's own, shown over the profile while open. */
  dialogs?: ReactNode;
  /** After any status change is saved. */
  afterStatusChange?(): void;
  /** What else deleting the record does, said in the delete question (their programmes). */
  deleteNote?(record: P): ReactNode;
}

export interface PersonProfile<P, S extends string> {
  /** Status history and the changes to the record: cards on Details, or tabs of their own. */
  history: 'details' | 'tabs';
  /** Delete warns: "If they have stopped {volunteering}, use Record leaving". */
  stopped: string;
  /** Rows after email, phone and address on "Contact details". */
  contactRows(record: P): ReactNode;
  /** Rows of "About" between date of birth and notes. */
  aboutRows(record: P): ReactNode;
  /** Small cards of the kind's own on Details, after its section's card (members: matching). */
  moreCards?(record: P): ReactNode;
  /** Called once on every render of the profile, as a React hook. */
  useParts(id: string, record: P | null, shell: ProfileShell<P>): ProfileParts<P, S>;
}

// ----- the list ----------------------------------------------------------------------------

export interface ListColumn<Row> {
  header: string;
  /** The sort this column shows, for aria-sort. */
  sort?: string;
  className?: string;
  cell: (row: Row) => ReactNode;
}

/** A yes/no choice offered when exporting (members: include equality answers). */
export interface ExportOption {
  label: string;
  hint: string;
}

export interface PersonList<Row, L extends PeopleListState> {
  state: ListState<L>;
  sorts: readonly SortChoice<L>[];
  /** After the name, which links to the profile. */
  columns: readonly ListColumn<Row>[];
  /** The kind's own filters, after Status. */
  Filters: ComponentType<{ state: L; update: (next: Partial<L>) => void }>;
  exportOption?: ExportOption;
}

/** "volunteers" → "Volunteers". */
export function capitalised(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}
