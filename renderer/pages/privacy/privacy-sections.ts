import type { ComponentType } from 'react';
import type { PrivacySectionProps } from './PrivacySection';
import { BreachesSection } from './BreachesSection';
import { SubjectAccessSection } from './SubjectAccessSection';
import { ErasuresSection } from './ErasuresSection';
import { RetentionSection } from './RetentionSection';
import { ConsentReviewsSection } from './ConsentReviewsSection';
import { ProtectionPrivacySection } from '../protection/ProtectionPrivacySection';

export interface PrivacySectionEntry {
  /** The section's part of the address: /privacy/<slug>/<id>. */
  slug: string;
  Section: ComponentType<PrivacySectionProps>;
}

/**
 * The Privacy page's sections, in the order it shows them. A new one (subject access
 * requests, erasures, retention due, consents due for review, protection) is a component
 * that lays itself out with PrivacySection, added here; nothing else changes. Sections take
 * PrivacySectionProps from ./PrivacySection, not from here: this list imports them.
 */
export const PRIVACY_SECTIONS: readonly PrivacySectionEntry[] = [
  { slug: 'subject-access', Section: SubjectAccessSection },
  { slug: 'retention', Section: RetentionSection },
  { slug: 'erasures', Section: ErasuresSection },
  { slug: 'consents', Section: ConsentReviewsSection },
  { slug: 'breaches', Section: BreachesSection },
  { slug: 'protection', Section: ProtectionPrivacySection },
];
