import { useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { formatUkDate } from '../../../shared/dates';
import { ConfirmDialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useFlash } from '../../components/Flash';
import { Page } from '../../components/Page';
import { api, errorMessage } from '../../lib/api';
import { saveDownload } from '../../lib/files';
import { useLoad } from '../../lib/use-load';
import { BarChart, DemographicsTable, FigureTable, TargetsTable } from './ReportParts';
import './reports.css';

/** A funder report on screen: every figure the PDF and the CSV hold, and what to check first. */
export function ReportPage() {
  const { grantId, reportId } = useParams<{ grantId: string; reportId: string }>();
  const [, navigate] = useLocation();
  const { flash, flashNext } = useFlash();
  const { data, error } = useLoad(() => api.grants.report({ grantId, reportId }), [grantId, reportId]);
  const [downloading, setDownloading] = useState<'pdf' | 'csv' | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);

  if (error && !data) {
    return (
      <Page title="Report not found">
        <ErrorNotice message={error} />
        <Link href={`/reports/${grantId}`}>Back to the grant</Link>
      </Page>
    );
  }
  if (!data) return <p role="status">Counting the figures…</p>;
  const f = data.figures;

  async function download(kind: 'pdf' | 'csv') {
    setDownloading(kind);
    try {
      const file = kind === 'pdf' ? await api.grants.reportPdf({ grantId, reportId }) : await api.grants.reportCsv({ grantId, reportId });
      saveDownload(file);
      flash(kind === 'pdf' ? `Saved ${file.filename}. It is A4: print at 100% (not “fit to page”).` : `Saved ${file.filename}. It opens in Excel.`);
    } catch (e) {
      flash(errorMessage(e), 'error');
    } finally {
      setDownloading(null);
    }
  }

  async function remove() {
    try {
      await api.grants.deleteReport({ grantId, reportId });
      flashNext(`Deleted the report ${data!.report.label}`);
      navigate(`/reports/${grantId}`);
    } catch (e) {
      setConfirmDelete(false);
      flash(errorMessage(e), 'error');
    }
  }

  return (
    <Page
      title={data.report.label}
      lede={`${f.funder} · ${f.grantName} · ${formatUkDate(f.period.from)} to ${formatUkDate(f.period.to)}`}
      actions={
        <>
          <button type="button" className="button" disabled={downloading !== null} onClick={() => void download('pdf')}>
            Download PDF
          </button>
          <button type="button" className="button button--secondary" disabled={downloading !== null} onClick={() => void download('csv')}>
            Download CSV
          </button>
          <button type="button" className="button button--secondary" onClick={() => navigate(`/reports/${grantId}/reports/${reportId}/edit`)}>
            Edit report
          </button>
          <button type="button" className="button button--secondary" onClick={() => setConfirmDelete(true)}>
            Delete report
          </button>
        </>
      }
    >
      <p className="back-link">
        <Link href={`/reports/${grantId}`}>Back to the grant</Link>
      </p>
      {downloading ? <p role="status">Making the {downloading === 'pdf' ? 'PDF' : 'CSV'}…</p> : null}

      {data.checks.length > 0 ? (
        <section className="notice notice--warning" aria-labelledby="checks-title">
          <h2 id="checks-title" className="notice__title">
            Before you send this
          </h2>
          <ul>
            {data.checks.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <p>
        Groups funded: {f.groupNames.join(', ') || 'none'}. Grant to date counts from {formatUkDate(f.toDate.from)} to {formatUkDate(f.toDate.to)}. Figures worked out on{' '}
        {formatUkDate(data.madeOn)} from the registers as they are now.
      </p>

      {data.report.summary ? (
        <section aria-labelledby="summary-title">
          <h2 id="summary-title">Summary</h2>
          <p className="report-text">{data.report.summary}</p>
        </section>
      ) : null}

      <h2>Headline figures</h2>
      <FigureTable caption="Headline figures, this period and grant to date" rows={f.headline} first="Figure" />

      {f.targets.length > 0 || data.outcomeProgress.length > 0 ? <h2>Targets</h2> : null}
      {f.targets.length > 0 ? <TargetsTable f={f} /> : null}
      {data.outcomeProgress.length > 0 ? (
        <>
          <h3>Outcome targets</h3>
          <dl className="outcomes">
            {data.outcomeProgress.map((o) => (
              <div key={o.outcome}>
                <dt>{o.outcome}</dt>
                <dd className="report-text">{o.progress}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}

      <h2>Volunteer time</h2>
      <FigureTable caption="Volunteer hours and their value" rows={f.volunteerTime.map((r) => ({ ...r, note: undefined }))} first="Volunteer time" />
      <p>
        <strong>Rate used:</strong> {f.volunteerTime.find((r) => r.key === 'value')?.note}. {f.counts.activeVolunteers.toLocaleString('en-GB')} volunteers gave their time to the funded
        groups in this period.
      </p>

      <h2>Charts</h2>
      <div className="charts">
        {f.charts.map((c) => (
          <BarChart key={c.key} chart={c} />
        ))}
      </div>

      <h2>Who we supported</h2>
      <p>
        The {f.counts.people.toLocaleString('en-GB')} people supported in the period.
        {f.suppressSmallNumbers ? ' Counts from 1 to 4 are shown as “<5” so nobody can be identified (Settings).' : ' All counts are shown in full (Settings).'}
      </p>
      <div className="demographics-grid">
        {f.demographics
          .filter((t) => t.key !== 'ethnicity')
          .map((t) => (
            <DemographicsTable key={t.key} t={t} />
          ))}
      </div>
      {/* The 19 groups under their 5 headings need the width. */}
      <div className="demographics-wide">
        {f.demographics
          .filter((t) => t.key === 'ethnicity')
          .map((t) => (
            <DemographicsTable key={t.key} t={t} />
          ))}
      </div>

      <h2>Case studies</h2>
      {data.caseStudies.length === 0 ? (
        <p>None chosen for this report. Choose them with Edit report.</p>
      ) : (
        data.caseStudies.map((c) => (
          <article key={c.id} className="card case-study" aria-labelledby={`report-case-${c.id}`}>
            <h3 id={`report-case-${c.id}`}>{c.title}</h3>
            <p className="case-study__text">{c.text}</p>
          </article>
        ))
      )}

      <h2>How each figure is counted</h2>
      <details className="mapping definitions">
        <summary>Show how each figure is counted (printed as the report’s appendix)</summary>
        <dl>
          {f.definitions.map((d) => (
            <div key={d.figure}>
              <dt>{d.figure}</dt>
              <dd>{d.how}</dd>
            </div>
          ))}
        </dl>
      </details>

      {confirmDelete ? (
        <ConfirmDialog title={`Delete the report ${data.report.label}?`} confirmLabel="Delete report" danger onCancel={() => setConfirmDelete(false)} onConfirm={() => void remove()}>
          <p>Only the report goes: its title, summary and choice of case studies. The grant, its case studies and the registers stay. You can create the report again at any time.</p>
        </ConfirmDialog>
      ) : null}
    </Page>
  );
}
