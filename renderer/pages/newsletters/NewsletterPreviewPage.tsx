import { useState } from 'react';
import { Link, useParams } from 'wouter';
import { formatUkDateFull } from '../../../shared/dates';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Choice, ChoiceGroup } from '../../components/Fields';
import { Page } from '../../components/Page';
import { useAppStatus } from '../../lib/app-status';
import { api } from '../../lib/api';
import { useLoad } from '../../lib/use-load';
import { MarkupView } from './MarkupView';
import './newsletters.css';

/**
 * The issue as it reads, in either print: the same words and order as the PDFs, with the
 * large-print look (bigger text, bold headings and emphasis, no italics). Page breaks are
 * the PDF's business; this is for reading it through.
 */
export function NewsletterPreviewPage() {
  const { id } = useParams<{ id: string }>();
  const { status } = useAppStatus();
  const { data, error } = useLoad(() => api.newsletters.get({ id }), [id]);
  const [size, setSize] = useState<'standard' | 'large'>('standard');
  const back = `/newsletters/${id}`;

  if (error && !data) {
    return (
      <Page title="Newsletter not found">
        <ErrorNotice message={error} />
        <Link href="/newsletters">Back to newsletters</Link>
      </Page>
    );
  }
  if (!data) return <p role="status">Loading…</p>;
  const { issue } = data;

  return (
    <Page title={`Preview: ${issue.title}`}>
      <p className="nl-back">
        <Link href={back}>Back to the newsletter</Link>
      </p>
      <ChoiceGroup legend="Show it as">
        <Choice type="radio" name="preview-size" label="Standard print" checked={size === 'standard'} onChange={() => setSize('standard')} />
        <Choice type="radio" name="preview-size" label="Large print" checked={size === 'large'} onChange={() => setSize('large')} />
      </ChoiceGroup>
      <article className={`nl-preview nl-preview--${size}`} aria-label={`${issue.title}, ${size === 'large' ? 'large print' : 'standard print'}`}>
        <header className="nl-preview__masthead">
          <p className="nl-preview__org">{status.settings.organisationName || 'Peer Desk'}</p>
          <p className="nl-preview__title">{issue.title}</p>
          <p>{formatUkDateFull(issue.date)}</p>
        </header>
        {issue.sections.length === 0 ? <p>This issue has no sections yet.</p> : null}
        {issue.sections.map((s) => (
          <section key={s.id} className="nl-preview__section" aria-labelledby={`preview-${s.id}`}>
            <h2 id={`preview-${s.id}`}>{s.heading}</h2>
            {s.kind === 'article' && s.author ? <p className="nl-preview__byline">By {s.author}</p> : null}
            {s.kind === 'article' && !s.publishAgreed ? (
              <p className="nl-preview__proof">PROOF: {s.author || 'The author'} has not yet agreed to this article being published. Do not send this copy.</p>
            ) : null}
            {s.image ? <img className="nl-preview__picture" src={`data:${s.image.mimeType};base64,${s.image.base64}`} alt={s.image.alt} /> : null}
            <MarkupView text={s.body} />
          </section>
        ))}
      </article>
    </Page>
  );
}
