import type { ReactNode } from 'react';
import { queryMembers } from '../../../../../shared/domain/member-search';
import { queryVolunteers } from '../../../../../shared/domain/volunteer-search';
import { MEMBERS } from '../../../../../renderer/pages/members/member-kind';
import type { ListState, PeopleListState } from '../../../../../renderer/pages/people/list-state';
import { PeopleListPage } from '../../../../../renderer/pages/people/PeopleListPage';
import { PersonFormPage } from '../../../../../renderer/pages/people/PersonFormPage';
import { PersonProfilePage } from '../../../../../renderer/pages/people/PersonProfilePage';
import { VOLUNTEERS } from '../../../../../renderer/pages/volunteers/volunteer-kind';
import { makeMember } from '../../../../factories/members';
import { makeVolunteer } from '../../../../factories/volunteers';

/**
 * The person pages' component tests run once for each kind of person. A kind here is its
 * description, a record on file, and what its own part of the pages is called.
 */

export interface KindCase {
  kind: Pick<typeof VOLUNTEERS | typeof MEMBERS, 'noun' | 'plural' | 'path'> & { form: { newStatus: string } };
  /** The form page and the profile of this kind. */
  formPage: ReactNode;
  profilePage: ReactNode;
  /** The API area and the key its fields travel in. */
  area: 'volunteers' | 'members';
  wrapper: 'volunteer' | 'member';
  /** Siân Llewelyn, on file, at the start of the pipeline. */
  record: ReturnType<typeof makeVolunteer> | ReturnType<typeof makeMember>;
  /** A text field of the kind's own, and what is typed into it. */
  own: { label: string; typed: string };
  /** The tabs of a profile, in order. */
  tabs: string[];
  /** A status later in the pipeline, by its label, and its value. */
  next: { label: string; value: string };
  list: {
    page: ReactNode;
    /** `<area>.list` as the main process answers it (through the real search) with these people on file. */
    onFile: (people: OnFile[]) => (input: unknown) => unknown;
    /** The label of the kind's first status, where a `joining` person is. */
    joiningLabel: string;
    /**
     * Sets the list's search, filters and sort back to how a first start shows them: the list
     * keeps them in the module and in browser storage, which component tests share.
     */
    reset: () => void;
  };
}

/** Someone on file, for the lists: just joining (the kind's first status), active, or left. */
export interface OnFile {
  firstName: string;
  lastName: string;
  stage: 'joining' | 'active' | 'left';
}

/** Sets a list's state back through its own hook, as every list page uses it. */
function resetter<S extends PeopleListState>(state: ListState<S>): () => void {
  return () => state.forget();
}

const person = { id: 'p-1', firstName: 'Siân', lastName: 'Llewelyn', email: 'sian@example.org', updatedAt: '2026-03-02T10:00:00.000Z' };

export const KIND_CASES: KindCase[] = [
  {
    kind: VOLUNTEERS,
    formPage: <PersonFormPage kind={VOLUNTEERS} />,
    profilePage: <PersonProfilePage kind={VOLUNTEERS} />,
    area: 'volunteers',
    wrapper: 'volunteer',
    record: makeVolunteer({ ...person, status: 'enquiry', statusHistory: [{ status: 'enquiry', date: '2026-03-01', recordedAt: '2026-03-01T10:00:00.000Z' }] }),
    own: { label: 'Languages', typed: 'Cymraeg, English' },
    tabs: ['Details', 'Caseload', 'DBS', 'Training', 'Supervision', 'Hours', 'Expenses', 'Consents'],
    next: { label: 'Training', value: 'training' },
    list: {
      page: <PeopleListPage kind={VOLUNTEERS} />,
      onFile: (people) => {
        const all = people.map(({ stage, ...name }) => makeVolunteer({ ...name, status: stage === 'joining' ? 'enquiry' : stage }));
        return (input) => queryVolunteers(all, input as Parameters<typeof queryVolunteers>[1]);
      },
      joiningLabel: 'Enquiry',
      reset: resetter(VOLUNTEERS.list.state),
    },
  },
  {
    kind: MEMBERS,
    formPage: <PersonFormPage kind={MEMBERS} />,
    profilePage: <PersonProfilePage kind={MEMBERS} />,
    area: 'members',
    wrapper: 'member',
    record: makeMember({ ...person, status: 'referred', statusHistory: [{ status: 'referred', date: '2026-03-01', recordedAt: '2026-03-01T10:00:00.000Z' }] }),
    own: { label: 'Interests', typed: 'sea swimming, choir' },
    tabs: ['Details', 'Status history', 'Programmes', 'Outcomes', 'Device loans', 'Consents', 'Equality monitoring', 'Changes to this record'],
    next: { label: 'Assessed', value: 'assessed' },
    list: {
      page: <PeopleListPage kind={MEMBERS} />,
      onFile: (people) => {
        const all = people.map(({ stage, ...name }) => makeMember({ ...name, status: stage === 'joining' ? 'referred' : stage }));
        return (input) => queryMembers(all, input as Parameters<typeof queryMembers>[1], new Map(), '2026-03-03');
      },
      joiningLabel: 'Referred',
      reset: resetter(MEMBERS.list.state),
    },
  },
];
