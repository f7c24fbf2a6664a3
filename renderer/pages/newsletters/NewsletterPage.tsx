import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import type { NewsletterDetail } from '../../../shared/api';
import { formatUkDate, formatUkDateFull } from '../../../shared/dates';
import { monthInWords } from '../../../shared/domain/newsletter-whats-on';
import { articlesAwaitingAgreement, ISSUE_STATUS_LABELS, type NewsletterSection } from '../../../shared/domain/newsletters';
import { ConfirmDialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useFlash } from '../../components/Flash';
import { Page } from '../../components/Page';
import { api, errorMessage } from '../../lib/api';
import { saveDownload } from '../../lib/files';
import { printPdf } from '../../lib/print';
import { useLoad } from '../../lib/use-load';
import { FillWhatsOnDialog } from './FillWhatsOnDialog';
import { IssueDetailsDialog } from './IssueDetailsDialog';
import { MarkSentDialog } from './MarkSentDialog';
import { PrintLabelsDialog } from './PrintLabelsDialog';
import { RecipientsPanel } from './RecipientsPanel';
import { SectionCard } from './SectionCard';
import { SentToList } from './SentToList';
import { people } from './recipient-text';
import './newsletters.css';

type DialogState = { kind: 'details' } | { kind: 'delete-issue' } | { kind: 'delete-section'; section: NewsletterSection } | { kind: 'whats-on' } | { kind: 'labels' } | { kind: 'sent' } | null;

/** The issue page: its sections in order, and everything that turns it into paper and emails. */
export function NewsletterPage() {
  const { id } = useParams<{ id: string }>();
  const [, navigate] = useLocation();
  const { flash, flashNext } = useFlash();
  const { data, error, setData } = useLoad(() => api.newsletters.get({ id }), [id]);
  const recipients = useLoad(() => api.newsletters.recipients(), []);
  const [dialog, setDialog] = useState<DialogState>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  // After a move the list re-renders in its new order; the keyboard stays on the section moved.
  const focusAfterMove = useRef<{ sectionId: string; direction: 'up' | 'down' } | null>(null);

  useEffect(() => {
    if (!focusAfterMove.current) return;
    const { sectionId, direction } = focusAfterMove.current;
    focusAfterMove.current = null;
    const same = document.getElementById(`move-${direction}-${sectionId}`) as HTMLButtonElement | null;
    const other = document.getElementById(`move-${direction === 'up' ? 'down' : 'up'}-${sectionId}`) as HTMLButtonElement | null;
    // At the top or bottom the same button is now disabled: keep the keyboard on this section.
    (same && !same.disabled ? same : other)?.focus();
  }, [data]);

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
  const draft = issue.status === 'draft';
  const awaiting = articlesAwaitingAgreement(issue);
  const count = issue.sections.length;
  const postalCount = recipients.data ? recipients.data.counts.post + recipients.data.counts['large-print'] : 0;

  async function act(run: () => Promise<NewsletterDetail['issue']>, message: string): Promise<boolean> {
    setActionError(null);
    try {
      const saved = await run();
      setData({ issue: saved });
      flash(message);
      return true;
    } catch (e) {
      setActionError(errorMessage(e));
      return false;
    }
  }

  async function move(section: NewsletterSection, direction: 'up' | 'down') {
    const from = issue.sections.findIndex((s) => s.id === section.id);
    focusAfterMove.current = { sectionId: section.id, direction };
    const moved = await act(() => api.newsletters.moveSection({ id, sectionId: section.id, direction }), `Moved “${section.heading}” ${direction} to position ${direction === 'up' ? from : from + 2} of ${count}.`);
    if (!moved) focusAfterMove.current = null;
  }

  async function exportEmails() {
    setActionError(null);
    try {
      const file = await api.newsletters.exportEmails({ id });
      saveDownload(file);
      flash(`Saved ${file.filename}: ${file.count} email ${file.count === 1 ? 'address' : 'addresses'}. Only people who agreed to emails are in it.`);
    } catch (e) {
      setActionError(errorMessage(e));
    }
  }

  async function copy() {
    setActionError(null);
    try {
      const made = await api.newsletters.copy({ id });
      flashNext(`Made a copy, “${made.title}”, to edit.`);
      navigate(`/newsletters/${made.id}`);
    } catch (e) {
      setActionError(errorMessage(e));
    }
  }

  return (
    <Page
      title={issue.title}
      lede={`${formatUkDateFull(issue.date)} · ${ISSUE_STATUS_LABELS[issue.status]}${issue.sent ? ` on ${formatUkDate(issue.sent.date)}` : ''} · ${count} ${count === 1 ? 'section' : 'sections'}`}
      actions={
        draft ? (
          <>
            <button type="button" className="button button--secondary" onClick={() => setDialog({ kind: 'details' })}>
              Change title or date
            </button>
            <button type="button" className="button button--secondary" onClick={() => setDialog({ kind: 'delete-issue' })}>
              Delete draft
            </button>
          </>
        ) : (
          <button type="button" className="button button--secondary" onClick={() => void copy()}>
            Make a copy to edit
          </button>
        )
      }
    >
      <p className="nl-back">
        <Link href="/newsletters">All newsletters</Link>
      </p>
      <ErrorNotice message={actionError} />
      {data.sentTo && issue.sent ? <SentToList sent={issue.sent} rows={data.sentTo} /> : null}
      {draft && awaiting.length > 0 ? (
        <div className="notice notice--warning">
          <p>
            {awaiting.length === 1 ? 'One article has' : `${awaiting.length} articles have`} no record that the member agreed to publish: {awaiting.map((s) => `“${s.heading}”`).join(', ')}. Its pages print marked “PROOF”, and the newsletter can't be marked as sent until it is ticked.
          </p>
        </div>
      ) : null}

      <div className="section-head">
        <h2>Sections</h2>
        <div className="toolbar">
          {draft ? (
            <>
              <button type="button" className="button" onClick={() => navigate(`/newsletters/${id}/sections/new`)}>
                Add section
              </button>
              <button type="button" className="button button--secondary" onClick={() => setDialog({ kind: 'whats-on' })}>
                Fill what's on
              </button>
            </>
          ) : null}
          <button type="button" className="button button--secondary" onClick={() => navigate(`/newsletters/${id}/preview`)}>
            Preview
          </button>
        </div>
      </div>
      {count === 0 ? (
        <p>No sections yet. Add a section for each article, notice or list of events, or fill what's on from the groups' schedules.</p>
      ) : (
        <ol className="nl-sections">
          {issue.sections.map((s, i) => (
            <SectionCard
              key={s.id}
              section={s}
              position={i + 1}
              count={count}
              editable={draft}
              onEdit={() => navigate(`/newsletters/${id}/sections/${s.id}`)}
              onMove={(direction) => void move(s, direction)}
              onDelete={() => setDialog({ kind: 'delete-section', section: s })}
            />
          ))}
        </ol>
      )}

      <h2>Print and send</h2>
      <div className="button-row nl-outputs">
        <button type="button" className="button" onClick={() => void printPdf(() => api.newsletters.printPdf({ id, size: 'standard' }), flash)}>
          Standard print PDF
        </button>
        <button type="button" className="button" onClick={() => void printPdf(() => api.newsletters.printPdf({ id, size: 'large' }), flash)}>
          Large print PDF
        </button>
        <button type="button" className="button button--secondary" onClick={() => setDialog({ kind: 'labels' })}>
          Print labels
        </button>
        <button type="button" className="button button--secondary" onClick={() => void exportEmails()}>
          Export email list
        </button>
        {draft ? (
          <button type="button" className="button button--secondary" onClick={() => setDialog({ kind: 'sent' })}>
            Mark as sent
          </button>
        ) : null}
      </div>
      <p className="lede">Standard print is 14 pt; large print is 18 pt sans-serif with bold headings, for people with sight loss. Print both at 100%.</p>
      <ErrorNotice message={recipients.error} />
      {recipients.data && draft ? <RecipientsPanel recipients={recipients.data} /> : null}

      {dialog?.kind === 'details' ? (
        <IssueDetailsDialog
          title="Change title or date"
          confirmLabel="Save"
          initial={{ title: issue.title, date: issue.date }}
          onCancel={() => setDialog(null)}
          save={async (input) => {
            const saved = await api.newsletters.update({ id, issue: input });
            setData({ issue: saved });
            setDialog(null);
            flash('Saved the title and date.');
            return saved;
          }}
        />
      ) : null}
      {dialog?.kind === 'delete-issue' ? (
        <ConfirmDialog
          title="Delete this draft?"
          confirmLabel="Delete draft"
          danger
          onCancel={() => setDialog(null)}
          onConfirm={() => {
            setDialog(null);
            void api.newsletters.delete({ id }).then(
              () => {
                flashNext(`Deleted the draft “${issue.title}”.`);
                navigate('/newsletters');
              },
              (e: unknown) => setActionError(errorMessage(e)),
            );
          }}
        >
          <p>
            “{issue.title}” and its {count} {count === 1 ? 'section' : 'sections'} will be deleted. This cannot be undone, except by restoring a backup.
          </p>
        </ConfirmDialog>
      ) : null}
      {dialog?.kind === 'delete-section' ? (
        <ConfirmDialog
          title="Delete this section?"
          confirmLabel="Delete section"
          danger
          onCancel={() => setDialog(null)}
          onConfirm={() => {
            const section = dialog.section;
            setDialog(null);
            void act(() => api.newsletters.deleteSection({ id, sectionId: section.id }), `Deleted the section “${section.heading}”.`);
          }}
        >
          <p>“{dialog.section.heading}” and its text{dialog.section.image ? ' and picture' : ''} will be taken out of this newsletter.</p>
        </ConfirmDialog>
      ) : null}
      {dialog?.kind === 'whats-on' ? (
        <FillWhatsOnDialog
          issue={issue}
          onCancel={() => setDialog(null)}
          onDone={(saved, month) => {
            setData({ issue: saved });
            setDialog(null);
            flash(`Filled what's on with the groups meeting in ${monthInWords(month)}. Edit the section to add anything else.`);
          }}
        />
      ) : null}
      {dialog?.kind === 'labels' ? (
        <PrintLabelsDialog
          issueId={id}
          postalCount={postalCount}
          onCancel={() => setDialog(null)}
          onPrinted={(file) => {
            setDialog(null);
            const missed = file.notPrinted.length > 0 ? ` These addresses were too long for a label, so write them by hand: ${file.notPrinted.join(', ')}.` : '';
            flash(`Saved ${file.filename}: ${file.labelCount} labels on ${file.sheets} ${file.sheets === 1 ? 'sheet' : 'sheets'}. Print at 100% (not "fit to page").${missed}`, missed ? 'info' : 'success');
          }}
        />
      ) : null}
      {dialog?.kind === 'sent' ? (
        <MarkSentDialog
          issueId={id}
          recipients={recipients.data}
          onCancel={() => setDialog(null)}
          onSent={(detail) => {
            setData(detail);
            setDialog(null);
            flash(`Marked as sent to ${people(detail.sentTo?.length ?? 0)}.`);
          }}
        />
      ) : null}
    </Page>
  );
}
