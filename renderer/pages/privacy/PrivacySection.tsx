import type { ReactNode } from 'react';
import { TextField } from '../../components/Fields';

/** What the Privacy page gives every section (privacy-sections.ts). */
export interface PrivacySectionProps {
  /** The record the address names (/privacy/<slug>/<id>, as Home links to a breach): the section opens it. */
  openId: string | undefined;
}

/**
 * One section of the Privacy page, laid out as every section is: a heading with how many
 * there are, what they mean, the section's own actions, a search box and how many the search
 * shows, then the list. Sections are listed in privacy-sections.ts.
 */
export function PrivacySection({
  slug,
  title,
  total,
  summary,
  actions,
  search,
  showing,
  empty,
  children,
}: {
  /** The section's address (/privacy/<slug>) and the id its heading is found by. */
  slug: string;
  title: string;
  /** How many there are in all, shown beside the heading. */
  total: number | undefined;
  summary: ReactNode;
  actions?: ReactNode;
  search: { label: string; hint: string; query: string; onQuery: (query: string) => void };
  /** "Showing 2 of 5 breaches", updated as the search changes, announced politely. */
  showing: string;
  /** When there are none at all: said instead of a search box with nothing to search. */
  empty?: string | undefined;
  children: ReactNode;
}) {
  return (
    <section className="privacy-section" aria-labelledby={`privacy-${slug}-title`}>
      <div className="privacy-section__head">
        <h2 id={`privacy-${slug}-title`}>
          {title}
          {total === undefined ? null : <span className="privacy-section__count"> ({total})</span>}
        </h2>
        {actions ? <div className="toolbar">{actions}</div> : null}
      </div>
      <div className="lede">{summary}</div>
      {empty ? (
        <p className="privacy-section__empty">{empty}</p>
      ) : (
        <>
          <div role="search" className="filters" aria-label={search.label}>
            <div className="field--search">
              <TextField type="search" label={search.label} hint={search.hint} value={search.query} onChange={(e) => search.onQuery(e.target.value)} />
            </div>
          </div>
          <p className="result-count" role="status">
            {showing}
          </p>
        </>
      )}
      {children}
    </section>
  );
}
