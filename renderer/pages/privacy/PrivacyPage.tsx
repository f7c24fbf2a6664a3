import { useParams } from 'wouter';
import { Page } from '../../components/Page';
import { PRIVACY_SECTIONS } from './privacy-sections';

/**
 * Privacy: the charity's record of looking after the personal data it holds, one section
 * after another (privacy-sections.ts). /privacy/<slug>/<id> opens one record in its section.
 */
export function PrivacyPage() {
  const { section, id } = useParams<{ section?: string; id?: string }>();
  return (
    <Page title="Privacy" lede="Looking after the personal data Peer Desk holds: what needs doing, and the record of what was done.">
      {PRIVACY_SECTIONS.map(({ slug, Section }) => (
        <Section key={slug} openId={section === slug ? id : undefined} />
      ))}
    </Page>
  );
}
