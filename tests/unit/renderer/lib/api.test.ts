// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { api, ApiCallError } from '../../../../renderer/lib/api';
import { answerCalls } from '../bridge';

afterEach(() => {
  delete window.peerDesk;
});

describe('the API client', () => {
  it('calls "<area>.<method>" with the input and returns the value', async () => {
    const call = answerCalls((name, input) => ({ name, input }));
    await expect(api.volunteers.list({ query: 'ana' })).resolves.toEqual({ name: 'volunteers.list', input: { query: 'ana' } });
    expect(call).toHaveBeenCalledWith('volunteers.list', { query: 'ana' });
  });

  it('turns an error envelope into an ApiCallError with its message', async () => {
    window.peerDesk = { call: () => Promise.resolve({ ok: false, error: { code: 'NOT_FOUND', message: 'That volunteer is not in Peer Desk.' } }) };
    const failure = api.volunteers.get({ id: 'gone' });
    await expect(failure).rejects.toBeInstanceOf(ApiCallError);
    await expect(failure).rejects.toThrow('That volunteer is not in Peer Desk.');
  });

  it('gives each area and method one identity, so they are safe in hook dependencies', () => {
    expect(api.system).toBe(api.system);
    expect(api.system.status).toBe(api.system.status);
  });

  it('is not mistaken for a promise', async () => {
    expect((api as unknown as { then?: unknown }).then).toBeUndefined();
    expect((api.system as unknown as { then?: unknown }).then).toBeUndefined();
    await expect(Promise.resolve(api.system)).resolves.toBe(api.system);
  });
});
