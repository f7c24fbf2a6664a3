// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../../../../shared/errors';
import { useVolunteerOnRecord, volunteerLabel } from '../../../../../renderer/pages/members/volunteer-choices';

afterEach(() => {
  cleanup();
  delete window.peerDesk;
});

/** volunteers.get answers: one current volunteer, one who has left, a deleted id, and a failure. */
function answerGet() {
  const call = vi.fn(async (name: string, input: unknown): Promise<ApiResult<unknown>> => {
    await Promise.resolve();
    if (name !== 'volunteers.get') throw new Error(`unexpected ${name}`);
    const { id } = input as { id: string };
    if (id === 'v-chidi') return { ok: true, value: { id, firstName: 'Chidi', lastName: 'Okafor', status: 'active' } };
    if (id === 'v-chiara') return { ok: true, value: { id, firstName: 'Chiara', lastName: 'Rossi', preferredName: '', status: 'left' } };
    if (id === 'v-broken') return { ok: false, error: { code: 'STORAGE', message: 'The data folder could not be read.' } };
    return { ok: false, error: { code: 'NOT_FOUND', message: 'Not on record.' } };
  });
  window.peerDesk = { call };
  return call;
}

function Named({ id }: { id: string | undefined }) {
  const v = useVolunteerOnRecord(id);
  return <p data-testid="named">{v ? `${v.status}: ${volunteerLabel(v)}` : 'nobody'}</p>;
}

describe('a volunteer fetched on its own for a member page', () => {
  it.each([
    ['v-chidi', 'found: Chidi Okafor'],
    ['v-chiara', 'found: Chiara Rossi (has left)'],
    ['v-deleted', 'gone: A volunteer no longer on record'],
    ['v-broken', 'failed: A volunteer whose name could not be loaded'],
  ])('%s reads "%s"', async (id, text) => {
    const call = answerGet();
    render(<Named id={id} />);
    expect(screen.getByTestId('named').textContent).toBe('loading: Loading…');
    await vi.waitFor(() => expect(screen.getByTestId('named').textContent).toBe(text));
    expect(call.mock.calls).toEqual([['volunteers.get', { id }]]);
  });

  it('asks for nothing when there is no id, and follows a change of id', async () => {
    const call = answerGet();
    const { rerender } = render(<Named id={undefined} />);
    expect(screen.getByTestId('named').textContent).toBe('nobody');
    expect(call).not.toHaveBeenCalled();
    rerender(<Named id="v-chidi" />);
    await vi.waitFor(() => expect(screen.getByTestId('named').textContent).toBe('found: Chidi Okafor'));
    rerender(<Named id="v-chiara" />);
    // Never the old name against the new id.
    expect(screen.getByTestId('named').textContent).toBe('loading: Loading…');
    await vi.waitFor(() => expect(screen.getByTestId('named').textContent).toBe('found: Chiara Rossi (has left)'));
  });
});
