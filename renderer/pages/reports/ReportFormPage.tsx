import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import type { GrantDetail, ReportView } from '../../../shared/api';
import { formatUkDate, parseUkDate, todayIso } from '../../../shared/dates';
import { periodLabel, type ReportPeriod } from '../../../shared/domain/grant-periods';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Choice, ChoiceGroup, ErrorSummary, TextArea, TextField } from '../../components/Fields';
import { useFlash } from '../../components/Flash';
import { Page } from '../../components/Page';
import { ApiCallError, api, errorMessage } from '../../lib/api';
import { fieldId } from '../../lib/form-errors';
import { useLoad } from '../../lib/use-load';
import { useUnsavedChanges } from '../../lib/use-unsaved-changes';
import { AnonymiseReminder } from './CaseStudies';
import './reports.css';

const OTHER = 'other';

interface Choices {
  period: string;
  from: string;
  to: string;
  label: string;
  summary: string;
  caseStudyIds: string[];
  progress: Record<string, string>;
}

/** Which period to offer first: the one asked for, else the latest finished one not yet reported. */
function firstChoice(periods: readonly ReportPeriod[], reported: ReadonlySet<string>, asked?: { from: string; to: string }): string {
  const index = (p: ReportPeriod | undefined) => (p ? String(periods.indexOf(p)) : undefined);
  const today = todayIso();
  if (asked) return index(periods.find((p) => p.from === asked.from && p.to === asked.to)) ?? OTHER;
  const started = periods.filter((p) => p.from <= today);
  return index([...started].reverse().find((p) => p.to < today && !reported.has(`${p.from}|${p.to}`))) ?? index(started.at(-1)) ?? OTHER;
}

function choicesFor(detail: GrantDetail, view: ReportView | null, asked?: { from: string; to: string }): Choices {
  const reported = new Set(detail.grant.reports.map((r) => `${r.from}|${r.to}`));
  if (!view) {
    const period = firstChoice(detail.periods, reported, asked);
    return { period, from: asked ? formatUkDate(asked.from) : '', to: asked ? formatUkDate(asked.to) : '', label: '', summary: '', caseStudyIds: detail.grant.caseStudies.map((c) => c.id), progress: {} };
  }
  const r = view.report;
  const auto = periodLabel(detail.grant, r.from, r.to);
  return {
    period: firstChoice(detail.periods, new Set(), { from: r.from, to: r.to }),
    from: formatUkDate(r.from),
    to: formatUkDate(r.to),
    // A title typed for this report is kept; one worked out from the dates follows them.
    label: r.label === auto ? '' : r.label,
    summary: r.summary ?? '',
    caseStudyIds: r.caseStudyIds,
    progress: Object.fromEntries(r.outcomeProgress.map((o) => [o.outcome, o.progress])),
  };
}

/**
 * The choices as compared for "changed": blank progress left out (a box never typed in and one
 * emptied again are the same) and the case studies in one order (untick and tick again is no change).
 */
function comparable(c: Choices): string {
  return JSON.stringify({ ...c, caseStudyIds: [...c.caseStudyIds].sort(), progress: Object.fromEntries(Object.entries(c.progress).filter(([, text]) => text !== '')) });
}

function ReportForm({ detail, view, asked }: { detail: GrantDetail; view: ReportView | null; asked?: { from: string; to: string } }) {
  const [, navigate] = useLocation();
  const { flashNext } = useFlash();
  const { grant } = detail;
  const [first] = useState<Choices>(() => choicesFor(detail, view, asked));
  const [c, setChoices] = useState<Choices>(first);
  // Plain state, so changed means different from what the form opened with; compared in
  // render, as useUnsavedChanges needs.
  const unsaved = useUnsavedChanges(comparable(c) !== comparable(first));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const set = (next: Partial<Choices>) => setChoices((prev) => ({ ...prev, ...next }));
  const today = todayIso();
  const periods = detail.periods.map((p, i) => ({ p, i })).filter(({ p }) => p.from <= today);

  useEffect(() => {
    if (Object.keys(errors).length > 0) summaryRef.current?.focus();
  }, [errors]);

  /** The dates chosen, or the problems with them in the words shown beside the fields. */
  function dates(): { ok: true; from: string; to: string } | { ok: false; problems: Record<string, string> } {
    if (c.period !== OTHER) {
      const p = detail.periods[Number(c.period)];
      return p ? { ok: true, from: p.from, to: p.to } : { ok: false, problems: { period: 'Choose the period to report on' } };
    }
    const problems: Record<string, string> = {};
    const from = parseUkDate(c.from);
    const to = parseUkDate(c.to);
    if (!from) problems.from = c.from.trim() ? 'Enter the first day as dd/mm/yyyy, like 01/04/2025' : 'Enter the first day of the period';
    if (!to) problems.to = c.to.trim() ? 'Enter the last day as dd/mm/yyyy, like 31/03/2026' : 'Enter the last day of the period';
    if (from && to && to < from) problems.to = 'The last day must be on or after the first day';
    return from && to && Object.keys(problems).length === 0 ? { ok: true, from, to } : { ok: false, problems };
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setFailure(null);
    const span = dates();
    if (!span.ok) {
      setErrors(span.problems);
      return;
    }
    setErrors({});
    setBusy(true);
    const input = {
      grantId: grant.id,
      from: span.from,
      to: span.to,
      label: c.label,
      summary: c.summary,
      caseStudyIds: c.caseStudyIds,
      outcomeProgress: grant.outcomes.map((outcome) => ({ outcome, progress: c.progress[outcome] ?? '' })),
    };
    try {
      const saved = view ? await api.grants.updateReport({ ...input, reportId: view.report.id }) : await api.grants.createReport(input);
      flashNext(view ? 'Report saved' : `Report created: ${saved.report.label}`);
      navigate(`/reports/${grant.id}/reports/${saved.report.id}`);
    } catch (err) {
      if (err instanceof ApiCallError && Object.keys(err.fields).length > 0) setErrors(err.fields);
      else setFailure(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  const summaryErrors = Object.entries(errors).map(([path, message]) => ({ fieldId: fieldId(path), message }));

  return (
    <form className="report-form" noValidate onSubmit={(e) => void submit(e)}>
      <ErrorSummary ref={summaryRef} errors={summaryErrors} />
      <ErrorNotice message={failure} />
      {view?.report.sent ? (
        <p className="notice notice--warning">
          This report was sent on {formatUkDate(view.report.sent.sentOn)}. The copy sent stays as it went: changes here show in today’s figures only.
        </p>
      ) : null}
      <fieldset>
        <legend>The period</legend>
        <ChoiceGroup legend="Report on" error={errors.period}>
          {periods.map(({ p, i }, n) => (
            <Choice key={p.from} id={n === 0 ? fieldId('period') : undefined} type="radio" name="period" label={p.to >= today ? `${p.label} (so far)` : p.label} checked={c.period === String(i)} onChange={() => set({ period: String(i) })} />
          ))}
          <Choice type="radio" name="period" id={periods.length === 0 ? fieldId('period') : undefined} label="Other dates" checked={c.period === OTHER} onChange={() => set({ period: OTHER })} />
        </ChoiceGroup>
        {c.period === OTHER ? (
          <div className="form-grid">
            <TextField id={fieldId('from')} label="First day" hint="dd/mm/yyyy" className="input--short" value={c.from} error={errors.from} onChange={(e) => set({ from: e.target.value })} />
            <TextField id={fieldId('to')} label="Last day" hint="dd/mm/yyyy" className="input--short" value={c.to} error={errors.to} onChange={(e) => set({ to: e.target.value })} />
          </div>
        ) : null}
        <TextField id={fieldId('label')} label="Report title (optional)" hint="Leave blank to use the period's name, like “Year 2: April 2025 to March 2026”" value={c.label} error={errors.label} onChange={(e) => set({ label: e.target.value })} />
      </fieldset>

      <fieldset>
        <legend>Case studies</legend>
        {grant.caseStudies.length === 0 ? (
          <p>
            This grant has no case studies yet. Add them on <Link href={`/reports/${grant.id}`}>the grant’s page</Link>, then choose them here.
          </p>
        ) : (
          <>
            <AnonymiseReminder />
            <ChoiceGroup legend="Case studies to include">
              {grant.caseStudies.map((s) => (
                <Choice
                  key={s.id}
                  type="checkbox"
                  label={s.title}
                  checked={c.caseStudyIds.includes(s.id)}
                  onChange={(e) => set({ caseStudyIds: e.target.checked ? [...c.caseStudyIds, s.id] : c.caseStudyIds.filter((id) => id !== s.id) })}
                />
              ))}
            </ChoiceGroup>
          </>
        )}
      </fieldset>

      <fieldset>
        <legend>In your words (optional)</legend>
        <TextArea id={fieldId('summary')} label="Summary" hint="A few lines for the funder at the start of the report: what went well, what changed." rows={5} value={c.summary} error={errors.summary} onChange={(e) => set({ summary: e.target.value })} />
        {grant.outcomes.map((outcome, i) => (
          <TextArea
            key={outcome}
            label={`Progress towards: ${outcome}`}
            hint={i === 0 ? 'What you found out, for example from feedback forms. Left blank, the outcome is left out of the report.' : undefined}
            rows={3}
            value={c.progress[outcome] ?? ''}
            onChange={(e) => set({ progress: { ...c.progress, [outcome]: e.target.value } })}
          />
        ))}
      </fieldset>

      <div className="button-row">
        <button type="submit" className="button" disabled={busy}>
          {view ? 'Save report' : 'Create report'}
        </button>
        <button type="button" className="button button--secondary" onClick={() => unsaved.leave(view ? `/reports/${grant.id}/reports/${view.report.id}` : `/reports/${grant.id}`)}>
          Cancel
        </button>
      </div>
      {busy ? <p role="status">Counting the figures…</p> : null}
      {unsaved.dialog}
    </form>
  );
}

/** Create a report (choose a period of the grant or any dates, and the case studies), or change one. */
export function ReportFormPage() {
  const { grantId, reportId, from, to } = useParams<{ grantId: string; reportId?: string; from?: string; to?: string }>();
  const detail = useLoad(() => api.grants.get({ id: grantId }), [grantId]);
  const view = useLoad(() => (reportId ? api.grants.report({ grantId, reportId }) : Promise.resolve(null)), [grantId, reportId]);
  const ready = detail.data && (!reportId || view.data);
  return (
    <Page title={reportId ? 'Edit report' : 'Create report'} lede={detail.data ? `${detail.data.grant.name} · ${detail.data.grant.funder}` : undefined}>
      <p className="back-link">
        <Link href={reportId ? `/reports/${grantId}/reports/${reportId}` : `/reports/${grantId}`}>{reportId ? 'Back to the report' : 'Back to the grant'}</Link>
      </p>
      <ErrorNotice message={detail.error ?? view.error} />
      {ready && detail.data ? <ReportForm detail={detail.data} view={view.data} {...(from && to ? { asked: { from, to } } : {})} /> : null}
      {!ready && !detail.error && !view.error ? <p role="status">Loading…</p> : null}
    </Page>
  );
}
