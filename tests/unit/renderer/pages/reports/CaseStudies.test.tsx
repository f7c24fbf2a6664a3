// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CaseStudiesSection } from '../../../../../renderer/pages/reports/CaseStudies';
import { FIXTURE_GRANT } from '../../../../fixtures/reports/grant-report';
import { callsTo, renderAt } from '../../support/render';

afterEach(() => {
  cleanup();
  delete window.peerDesk;
});

const discard = () => screen.getByRole('dialog', { name: 'Discard your changes?' });

describe('the case study form', () => {
  it('asks before Escape throws away a story being written; saving closes it without asking', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { calls } = renderAt('/g', { '/g': <CaseStudiesSection grant={FIXTURE_GRANT} onChange={onChange} /> }, (name) => (name === 'grants.saveCaseStudy' ? FIXTURE_GRANT : undefined));
    const add = screen.getByRole('button', { name: 'Add case study' });

    // The agreement ticked is a change too.
    await user.click(add);
    let dialog = screen.getByRole('dialog', { name: 'Add a case study' });
    await user.click(within(dialog).getByRole('checkbox', { name: /The person agreed/ }));
    await user.keyboard('{Escape}');
    await user.click(within(discard()).getByRole('button', { name: 'Discard changes' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(add);

    await user.click(add);
    dialog = screen.getByRole('dialog', { name: 'Add a case study' });
    const story = within(dialog).getByLabelText('The story');
    await user.type(within(dialog).getByLabelText('Title'), 'Finding people who understand');
    await user.type(story, 'R came to the group after a long time indoors.');
    await user.keyboard('{Escape}');
    await user.click(within(discard()).getByRole('button', { name: 'Keep editing' }));
    expect(document.activeElement).toBe(story);
    expect((story as HTMLTextAreaElement).value).toBe('R came to the group after a long time indoors.');

    await user.click(within(dialog).getByRole('checkbox', { name: /The person agreed/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Save case study' }));
    await vi.waitFor(() => expect(onChange).toHaveBeenCalled());
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(callsTo(calls, 'grants.saveCaseStudy')).toEqual([
      { grantId: FIXTURE_GRANT.id, caseStudy: { title: 'Finding people who understand', text: 'R came to the group after a long time indoors.', confirmed: true } },
    ]);
  });
});
