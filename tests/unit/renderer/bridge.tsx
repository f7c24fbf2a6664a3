import { useMemo, useState, type ReactNode } from 'react';
import { vi } from 'vitest';
import type { AppStatus } from '../../../shared/api';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';
import type { ApiResult } from '../../../shared/errors';
import { AppStatusContext } from '../../../renderer/lib/app-status';

/**
 * Component tests answer the renderer's API calls through the same bridge Electron's preload
 * gives it (window.peerDesk.call), so nothing is mocked: `answer` plays the main process.
 */
export function answerCalls(answer: (name: string, input: unknown) => unknown) {
  const call = vi.fn(async (name: string, input: unknown): Promise<ApiResult<unknown>> => {
    await Promise.resolve();
    return { ok: true, value: answer(name, input) };
  });
  window.peerDesk = { call };
  return call;
}

export function makeStatus(overrides: Partial<AppStatus> = {}): AppStatus {
  return {
    phase: 'ready',
    appVersion: '0.0.0-test',
    dataDir: '/home/coordinator/.config/Peer Desk/data',
    settings: DEFAULT_SETTINGS,
    problems: [],
    latestBackup: null,
    counts: {},
    notices: [],
    ...overrides,
  };
}

/** The app's status context, holding what the component under test sets. */
export function WithStatus({ initial, children }: { initial: AppStatus; children: ReactNode }) {
  const [status, setStatus] = useState(initial);
  const value = useMemo(() => ({ status, setStatus, refresh: () => Promise.resolve() }), [status]);
  return <AppStatusContext.Provider value={value}>{children}</AppStatusContext.Provider>;
}
