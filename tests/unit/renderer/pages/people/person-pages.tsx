import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Route, Router, Switch } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { FlashProvider } from '../../../../../renderer/components/Flash';
import { MEMBERS } from '../../../../../renderer/pages/members/member-kind';
import { PersonFormPage } from '../../../../../renderer/pages/people/PersonFormPage';
import { PersonProfilePage } from '../../../../../renderer/pages/people/PersonProfilePage';
import { VOLUNTEERS } from '../../../../../renderer/pages/volunteers/volunteer-kind';
import { makeMember } from '../../../../factories/members';
import { makeVolunteer } from '../../../../factories/volunteers';
import { answerCalls } from '../../bridge';

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
    tabs: ['Details', 'DBS', 'Training', 'Supervision', 'Hours', 'Expenses'],
    next: { label: 'Training', value: 'training' },
  },
  {
    kind: MEMBERS,
    formPage: <PersonFormPage kind={MEMBERS} />,
    profilePage: <PersonProfilePage kind={MEMBERS} />,
    area: 'members',
    wrapper: 'member',
    record: makeMember({ ...person, status: 'referred', statusHistory: [{ status: 'referred', date: '2026-03-01', recordedAt: '2026-03-01T10:00:00.000Z' }] }),
    own: { label: 'Interests', typed: 'sea swimming, choir' },
    tabs: ['Details', 'Status history', 'Device loans', 'Consents', 'Equality monitoring', 'Changes to this record'],
    next: { label: 'Assessed', value: 'assessed' },
  },
];

/**
 * Renders one page at `path`, inside the router and the flash messages as the app has them;
 * `answer` plays the main process. Returns the calls made and the addresses visited.
 */
export function renderAt(path: string, routes: Record<string, ReactNode>, answer: (name: string, input: unknown) => unknown) {
  const calls = answerCalls(answer);
  const location = memoryLocation({ path, record: true });
  render(
    <Router hook={location.hook}>
      <FlashProvider>
        <Switch>
          {Object.entries(routes).map(([pattern, page]) => (
            <Route key={pattern} path={pattern}>
              {page}
            </Route>
          ))}
        </Switch>
      </FlashProvider>
    </Router>,
  );
  return { calls, location };
}

/** The arguments of every call to `name`. */
export function callsTo(calls: ReturnType<typeof answerCalls>, name: string): unknown[] {
  return calls.mock.calls.filter(([n]) => n === name).map(([, input]) => input);
}
