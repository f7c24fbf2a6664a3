import type { Settings } from '../../../shared/domain/settings';
import type { Store } from '../../store/types';

/** What every handler runs with. Built once per open data folder by services.ts. */
export interface AppContext {
  store: Store;
  appVersion: string;
  now(): Date;
  /**
   * Who is acting, for the audit log: the name set in Settings, else the computer's user.
   * `settings` as a commit leaves them (default: those on file), so the change that sets
   * the name is already made under it.
   */
  actor(settings?: Settings): string;
}
