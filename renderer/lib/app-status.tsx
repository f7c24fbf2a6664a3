import { createContext, useContext } from 'react';
import type { AppStatus } from '../../shared/api';

export interface AppStatusApi {
  status: AppStatus;
  /** Replace the status (after a call that returns one) or fetch it again. */
  setStatus: (status: AppStatus) => void;
  refresh: () => Promise<void>;
}

export const AppStatusContext = createContext<AppStatusApi | null>(null);

export function useAppStatus(): AppStatusApi {
  const value = useContext(AppStatusContext);
  if (!value) throw new Error('useAppStatus outside AppStatusContext');
  return value;
}
