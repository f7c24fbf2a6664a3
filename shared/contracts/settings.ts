import { method } from '../contract';
import { settingsInputSchema, type Settings } from '../domain/settings';
import { noInput } from './common';

export const settingsApi = {
  get: method(noInput).returns<Settings>(),
  update: method(settingsInputSchema).returns<Settings>(),
};
