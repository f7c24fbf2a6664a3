import { useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import type { ReportView } from '../../../shared/api';
import { formatUkDate, formatUkDateTime } from '../../../shared/dates';
import { changesInWords, type FigureChange } from '../../../shared/domain/report-changes';
import { fundedWorkWords } from '../../../shared/domain/report-figures';
import { ConfirmDialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useFlash } from '../../components/Flash';
import { Page } from '../../components/Page';
import { api, errorMessage } from '../../lib/api';
import { saveDownload } from '../../lib/files';
import { useLoad } from '../../lib/use-load';
import { MarkReportSentDialog } from './MarkReportSentDialog';
import { OneToOneSection } from './OneToOneSection';
import { BarChart, DemographicsTable, FigureTable, TargetsTable } from './ReportParts';
import { OutcomesSection } from './OutcomesSection';
import './reports.css';

type Confirming = 'delete' | 'edit' | 'unsend' | null;

/** "volunteer time, the charts and who the people are" */
const listInWords = (items: readonly string[]): string => (items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`);

/** "Attendances 118 → 122; People supported 47 → 48", each pair of numbers kept on one line. */
function Changes({ changes }: { changes: readonly FigureChange[] }) {
  return (
    <>
      {changes.map((c, i) => (
        <span key={`${c.column}-${c.figure}`}>
          {i > 0 ? '; ' : ''}
          {c.figure}{' '}
          <span className="report-change__values">
            {c.before} → {c.after}
          </span>
        </span>
      ))}
    </>
  );
}

/** What differs today from the copy sent, a sentence for each column, sent value first. */
function ChangesSinceSent({ view }: { view: ReportView }) {
  const of = (column: FigureChange['column']) => view.changesSinceSent.filter((c) => c.column === column);
  const period = of('this period');
  const toDate = of('grant to date');
  const targets = of('target');
  const other = view.otherChangesSinceSent;
  // In a first period the grant to date is the period itself: no need to say it all twice.
  const sameWay = period.length > 0 && changesInWords(toDate, { column: false }) === changesInWords(period, { column: false });
  return (
    <>
      {period.length > 0 ? (
        <p>
          Since it was sent, records keyed in late have changed this period’s figures: <Changes changes={period} />.
        </p>
      ) : null}
      {toDate.length > 0 ? (
        <p>
          {sameWay ? (
            'The grant to date has changed the same way.'
          ) : (
            <>
              {period.length > 0 ? 'And the grant to date' : 'Since it was sent, records keyed in late have changed the grant to date'}: <Changes changes={toDate} />.
            </>
          )}
        </p>
      ) : null}
      {targets.length > 0 ? (
        <p>
          The grant’s targets have changed: <Changes changes={targets} />.
        </p>
      ) : null}
      {other.length > 0 ? <p>{view.changesSinceSent.length > 0 ? `Also changed: ${listInWords(other)}.` : `Since it was sent, records keyed in late have changed ${listInWords(other)}.`}</p> : null}
    </>
  );
}

/** The figures and words on show: the copy as sent, once sent, unless today's are asked for. */
function shown(view: ReportView, today: boolean) {
  const sent = view.report.sent;
  if (sent && !today) return { figures: sent.figures, outcomeProgress: sent.outcomeProgress, caseStudies: sent.caseStudies, summary: sent.summary, madeOn: sent.madeOn };
  return { figures: view.figures, outcomeProgress: view.outcomeProgress, caseStudies: view.caseStudies, summary: view.report.summary, madeOn: view.madeOn };
}

/** A funder report on screen: every figure the PDF and the CSV hold, and what to check first. */
export function ReportPage() {
  const { grantId, reportId } = useParams<{ grantId: string; reportId: string }>();
  const [, navigate] = useLocation();
  const { flash, flashNext } = useFlash();
  const { data, error, setData } = useLoad(() => api.grants.report({ grantId, reportId }), [grantId, reportId]);
  const [downloading, setDownloading] = useState<'pdf' | 'csv' | null>(null);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [marking, setMarking] = useState(false);
  // A sent report opens on the figures as sent: what the funder has.
  const [showToday, setShowToday] = useState(false);

  if (error && !data) {
    return (
      <Page title="Report not found">
        <ErrorNotice message={error} />
        <Link href={`/reports/${grantId}`}>Back to the grant</Link>
      </Page>
    );
  }
  if (!data) return <p role="status">Counting the figures…</p>;
  const sent = data.report.sent;
  const todays = !sent || showToday;
  const { figures: f, outcomeProgress, caseStudies, summary, madeOn } = shown(data, showToday);
  const changed = data.changesSinceSent.length > 0 || data.otherChangesSinceSent.length > 0;
  const which = todays ? 'today' : 'sent';
  const todaysLabel = sent && showToday ? ' of today’s figures' : '';

  async function download(kind: 'pdf' | 'csv') {
    setDownloading(kind);
    try {
      // The download holds what the screen shows: the copy as sent, or today's figures.
      const file = kind === 'pdf' ? await api.grants.reportPdf({ grantId, reportId, figures: which }) : await api.grants.reportCsv({ grantId, reportId, figures: which });
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
      setConfirming(null);
      flash(errorMessage(e), 'error');
    }
  }

  async function unsend() {
    try {
      const view = await api.grants.markReportNotSent({ grantId, reportId });
      setData(view);
      setShowToday(false);
      flash('Marked as not sent. The figures are worked out from the registers as they are now.');
    } catch (e) {
      flash(errorMessage(e), 'error');
    } finally {
      setConfirming(null);
    }
  }

  return (
    <Page
      title={data.report.label}
      lede={`${f.funder} · ${f.grantName} · ${formatUkDate(f.period.from)} to ${formatUkDate(f.period.to)}`}
      actions={
        <>
          <button type="button" className="button" disabled={downloading !== null} onClick={() => void download('pdf')}>
            Download PDF{todaysLabel}
          </button>
          <button type="button" className="button button--secondary" disabled={downloading !== null} onClick={() => void download('csv')}>
            Download CSV{todaysLabel}
          </button>
          {sent ? (
            <button type="button" className="button button--secondary" onClick={() => setConfirming('unsend')}>
              Mark as not sent
            </button>
          ) : (
            <button type="button" className="button button--secondary" onClick={() => setMarking(true)}>
              Mark as sent
            </button>
          )}
          <button type="button" className="button button--secondary" onClick={() => (sent ? setConfirming('edit') : navigate(`/reports/${grantId}/reports/${reportId}/edit`))}>
            Edit report
          </button>
          <button type="button" className="button button--secondary" onClick={() => setConfirming('delete')}>
            Delete report
          </button>
        </>
      }
    >
      <p className="back-link">
        <Link href={`/reports/${grantId}`}>Back to the grant</Link>
      </p>
      {downloading ? <p role="status">Making the {downloading === 'pdf' ? 'PDF' : 'CSV'}…</p> : null}

      {sent ? (
        <section className="notice notice--success" aria-labelledby="sent-title">
          <h2 id="sent-title" className="notice__title">
            Sent on {formatUkDate(sent.sentOn)} to {sent.recipient}
          </h2>
          <p>
            {todays
              ? 'You are looking at today’s figures, not the ones sent.'
              : `The figures below are as sent: kept on ${formatUkDateTime(sent.recordedAt)}, and downloads give this copy.`}
          </p>
        </section>
      ) : null}

      {sent && changed ? (
        <section className="notice notice--warning" aria-labelledby="changes-title">
          <h2 id="changes-title" className="notice__title">
            The figures have changed since it was sent
          </h2>
          <ChangesSinceSent view={data} />
          <p>
            <button type="button" className="button button--secondary" aria-pressed={showToday} onClick={() => setShowToday(!showToday)}>
              {showToday ? 'Show the figures as sent' : 'Show today’s figures'}
            </button>
          </p>
        </section>
      ) : null}

      {todays && data.checks.length > 0 ? (
        <section className="notice notice--warning" aria-labelledby="checks-title">
          <h2 id="checks-title" className="notice__title">
            {sent ? 'Today’s figures: what to check' : 'Before you send this'}
          </h2>
          <ul>
            {data.checks.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <p>
        {f.oneToOne && f.groupNames.length === 0 ? null : `Groups funded: ${f.groupNames.join(', ') || 'none'}. `}
        {f.oneToOne ? `Programmes funded: ${f.oneToOne.kindNames.join(', ')}. ` : null}Grant to date counts from {formatUkDate(f.toDate.from)} to {formatUkDate(f.toDate.to)}. Figures worked out on{' '}
        {formatUkDate(madeOn)} {todays ? 'from the registers as they are now' : 'and kept as sent'}.
      </p>

      {summary ? (
        <section aria-labelledby="summary-title">
          <h2 id="summary-title">Summary</h2>
          <p className="report-text">{summary}</p>
        </section>
      ) : null}

      <h2>Headline figures</h2>
      <FigureTable caption="Headline figures, this period and grant to date" rows={f.headline} first="Figure" />

      {f.targets.length > 0 || outcomeProgress.length > 0 ? <h2>Targets</h2> : null}
      {f.targets.length > 0 ? <TargetsTable f={f} /> : null}
      {outcomeProgress.length > 0 ? (
        <>
          <h3>Outcome targets</h3>
          <dl className="outcomes">
            {outcomeProgress.map((o) => (
              <div key={o.outcome}>
                <dt>{o.outcome}</dt>
                <dd className="report-text">{o.progress}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}

      {f.oneToOne ? <OneToOneSection o={f.oneToOne} /> : null}
      {f.outcomes ? <OutcomesSection o={f.outcomes} suppress={f.suppressSmallNumbers} /> : null}

      <h2>Volunteer time</h2>
      <FigureTable caption="Volunteer hours and their value" rows={f.volunteerTime.map((r) => ({ ...r, note: undefined }))} first="Volunteer time" />
      <p>
        <strong>Rate used:</strong> {f.volunteerTime.find((r) => r.key === 'value')?.note}. {f.counts.activeVolunteers.toLocaleString('en-GB')} volunteers gave their time to{' '}
        {fundedWorkWords(f)} in this period.
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
      {caseStudies.length === 0 ? (
        <p>None chosen for this report. Choose them with Edit report.</p>
      ) : (
        caseStudies.map((c) => (
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

      {confirming === 'delete' ? (
        <ConfirmDialog title={`Delete the report ${data.report.label}?`} confirmLabel="Delete report" danger onCancel={() => setConfirming(null)} onConfirm={() => void remove()}>
          <p>Only the report goes: its title, summary and choice of case studies{sent ? `, and the copy sent on ${formatUkDate(sent.sentOn)}` : ''}. The grant, its case studies and the registers stay. You can create the report again at any time.</p>
        </ConfirmDialog>
      ) : null}
      {confirming === 'edit' && sent ? (
        <ConfirmDialog title="Edit a report already sent?" confirmLabel="Edit report" onCancel={() => setConfirming(null)} onConfirm={() => navigate(`/reports/${grantId}/reports/${reportId}/edit`)}>
          <p>
            It was sent on {formatUkDate(sent.sentOn)}. The copy sent stays as it went: your changes show in today’s figures, and the downloads stay the copy sent until you mark the
            report as not sent.
          </p>
        </ConfirmDialog>
      ) : null}
      {confirming === 'unsend' && sent ? (
        <ConfirmDialog title="Mark this report as not sent?" confirmLabel="Mark as not sent" danger onCancel={() => setConfirming(null)} onConfirm={() => void unsend()}>
          <p>
            The record that it was sent on {formatUkDate(sent.sentOn)} to {sent.recipient}, and the copy of its figures as sent, will go. The report then shows the figures worked out
            from the registers as they are now. Use this only if it was marked by mistake.
          </p>
        </ConfirmDialog>
      ) : null}
      {marking ? (
        <MarkReportSentDialog
          view={data}
          onCancel={() => setMarking(false)}
          onSent={(view) => {
            setMarking(false);
            setData(view);
            setShowToday(false);
            flash(`Marked as sent on ${formatUkDate(view.report.sent?.sentOn)}. The figures are kept as they are today.`);
          }}
        />
      ) : null}
    </Page>
  );
}
