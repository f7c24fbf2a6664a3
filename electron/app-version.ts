import pkg from '../package.json';

/** Recorded in backups and lock files, shown in Settings. */
export const APP_VERSION: string = pkg.version;
