import type { SettingsSlug } from './settings-sections';

/**
 * A section's address, apart from the list of sections so a link from Home (its first screen
 * has a byte budget) does not load the labels of every section.
 */
export function settingsHref(slug: SettingsSlug): string {
  return `/settings/${slug}`;
}
