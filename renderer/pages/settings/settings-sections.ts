/**
 * The sections of Settings, in the order the section list shows them, each at its own address
 * (#/settings/organisation). Kept apart from the pages themselves so a link from elsewhere
 * (Home's checklist) does not pull every settings form into that page's code.
 */
export const SETTINGS_SECTIONS = [
  { slug: 'organisation', label: 'Organisation' },
  { slug: 'text-size', label: 'Text size' },
  { slug: 'groups-and-referrals', label: 'Groups & referrals' },
  { slug: 'funder-reports', label: 'Funder reports' },
  { slug: 'compliance-rules', label: 'Compliance rules' },
  { slug: 'courses', label: 'Courses' },
  { slug: 'programme-kinds', label: 'Programme kinds' },
  { slug: 'outcome-measures', label: 'Outcome measures' },
  { slug: 'data-and-backups', label: 'Data & backups' },
  { slug: 'retention', label: 'Retention' },
  { slug: 'protection', label: 'Protect with a passphrase' },
] as const;

export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];
export type SettingsSlug = SettingsSection['slug'];


/** The section at an address's last part, or undefined for plain /settings or one that is not there. */
export function findSettingsSection(slug: string | undefined): SettingsSection | undefined {
  return SETTINGS_SECTIONS.find((s) => s.slug === slug);
}
