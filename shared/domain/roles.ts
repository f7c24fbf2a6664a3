/**
 * Volunteer roles. Stored by id so that later issues can let a charity add its own roles
 * (with DBS, training and supervision requirements) without migrating volunteer records.
 */
export const DEFAULT_ROLES = [
  { id: 'group-facilitator', label: 'Peer group facilitator' },
  { id: 'peer-supporter', label: '1-1 peer supporter' },
  { id: 'peer-coach', label: 'Peer coach' },
  { id: 'travel-buddy', label: 'Travel buddy' },
  { id: 'newsletter-helper', label: 'Newsletter helper' },
  { id: 'admin', label: 'Admin volunteer' },
  { id: 'trustee', label: 'Trustee' },
] as const;

export type RoleId = string;

const ROLE_LABELS = new Map<string, string>(DEFAULT_ROLES.map((r) => [r.id, r.label]));

export function roleLabel(id: RoleId): string {
  return ROLE_LABELS.get(id) ?? id;
}

/** Matches a role typed in a spreadsheet ("Travel Buddy", "travel-buddy") to its id. */
export function roleIdFromText(text: string): RoleId | null {
  const t = text.trim().toLowerCase().replace(/[\s_]+/g, '-');
  for (const r of DEFAULT_ROLES) {
    if (r.id === t || r.label.toLowerCase().replace(/\s+/g, '-') === t) return r.id;
  }
  return null;
}
