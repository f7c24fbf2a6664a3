import { useEffect, useRef, type ComponentType } from 'react';
import { Link, Redirect, useParams } from 'wouter';
import { Page } from '../../components/Page';
import { ComplianceRulesSettings } from './ComplianceRulesSettings';
import { CourseSettings } from './CourseSettings';
import { DataSettings } from './DataSettings';
import { GroupsAndReferralsSettings } from './GroupsAndReferralsSettings';
import { OrganisationSettings } from './OrganisationSettings';
import { OutcomeMeasureSettings } from './OutcomeMeasureSettings';
import { ProgrammeKindSettings } from './ProgrammeKindSettings';
import { ProtectionSettings } from '../protection/ProtectionSettings';
import { ReportSettings } from './ReportSettings';
import { RetentionSettings } from './RetentionSettings';
import { settingsHref } from './settings-href';
import { findSettingsSection, SETTINGS_SECTIONS, type SettingsSection, type SettingsSlug } from './settings-sections';
import { TextSizeSettings } from './TextSizeSettings';
import './settings.css';

const CONTENT: Record<SettingsSlug, ComponentType> = {
  organisation: OrganisationSettings,
  'text-size': TextSizeSettings,
  'groups-and-referrals': GroupsAndReferralsSettings,
  'funder-reports': ReportSettings,
  'compliance-rules': ComplianceRulesSettings,
  courses: CourseSettings,
  'programme-kinds': ProgrammeKindSettings,
  'outcome-measures': OutcomeMeasureSettings,
  'data-and-backups': DataSettings,
  retention: RetentionSettings,
  protection: ProtectionSettings,
};

/**
 * Settings, one section at a time, each at its own address; plain #/settings (the main menu)
 * and an address that is no section open the first.
 */
export function SettingsPage() {
  const { section: slug } = useParams<{ section?: string }>();
  const section = findSettingsSection(slug);
  if (!section) return <Redirect to={settingsHref(SETTINGS_SECTIONS[0].slug)} replace />;
  return <SettingsSections section={section} />;
}

function SettingsSections({ section }: { section: SettingsSection }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = useRef<SettingsSlug>(section.slug);

  useEffect(() => {
    // After Page's own title (a child's effect runs first), so the window names the section.
    document.title = `${section.label} – Settings – Peer Desk`;
    // Another section chosen: its heading takes focus, as a new page's h1 does (components/Page.tsx),
    // so keyboard and screen-reader users start at the top of what they chose.
    if (shown.current !== section.slug) heading.current?.focus();
    shown.current = section.slug;
  }, [section]);

  const Content = CONTENT[section.slug];
  return (
    <Page title="Settings">
      <div className="settings">
        <nav className="settings-nav" aria-label="Settings sections">
          <ul>
            {SETTINGS_SECTIONS.map((s) => (
              <li key={s.slug}>
                <Link href={settingsHref(s.slug)} aria-current={s.slug === section.slug ? 'page' : undefined}>
                  {s.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <section className="settings-section" aria-labelledby="settings-section-title">
          <h2 id="settings-section-title" ref={heading} tabIndex={-1}>
            {section.label}
          </h2>
          <Content />
        </section>
      </div>
    </Page>
  );
}
