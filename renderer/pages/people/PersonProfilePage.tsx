import { useCallback, useEffect, useState } from 'react';
import type { FieldValues } from 'react-hook-form';
import { Link, useLocation, useParams } from 'wouter';
import { ageOn, formatUkDate, todayIso } from '../../../shared/dates';
import type { AuditEntry } from '../../../shared/domain/audit';
import { displayName } from '../../../shared/domain/person';
import { ConfirmDialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useFlash } from '../../components/Flash';
import { Page } from '../../components/Page';
import { Tabs, type TabItem } from '../../components/Tabs';
import { api, errorMessage } from '../../lib/api';
import type { PeopleListState } from './list-state';
import { capitalised, type PersonKind, type PersonRecord, type PersonRow } from './person-kind';
import { Detail, PersonStatusBadge, RecordChanges, StatusHistory, addressLines, deleteWarning } from './ProfileParts';
import { StatusChangeForm } from './StatusChangeForm';
import { SubjectAccessButton } from '../privacy/SubjectAccessButton';
import { ErasePersonButton } from '../privacy/ErasePersonButton';
import { ErasedProfile } from '../privacy/ErasedProfile';

/**
 * A person's profile, for every kind: their name and status, Edit / Change status / Record
 * leaving / Delete, the Details tab (contact, about, the kind's own card, emergency contact),
 * the status history and the changes to the record, and the kind's own tabs.
 */
export function PersonProfilePage<P extends PersonRecord<S>, F extends FieldValues, I, S extends string, Row extends PersonRow<S>, L extends PeopleListState>({
  kind,
}: {
  kind: PersonKind<P, F, I, S, Row, L>;
}) {
  const { id, tab: openOn } = useParams<{ id: string; tab?: string }>();
  const [, navigate] = useLocation();
  const { flash, flashNext } = useFlash();
  const [record, setRecord] = useState<P | null>(null);
  const [changes, setChanges] = useState<AuditEntry[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [tab, setTab] = useState(openOn ?? 'details');
  const [statusDialog, setStatusDialog] = useState<S | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const { profile } = kind;
  const getRecord = kind.api.get;

  const load = useCallback(
    () =>
      Promise.all([getRecord(id), api.audit.list({ entityId: id, limit: 50 })]).then(
        ([r, audit]) => {
          setRecord(r);
          setChanges(audit.entries);
        },
        (e: unknown) => setError(errorMessage(e)),
      ),
    [id, getRecord],
  );

  useEffect(() => {
    load().catch(() => undefined);
  }, [load]);

  const name = record ? displayName(record) : '';
  const parts = profile.useParts(id, record, {
    flash,
    reload: () => void load(),
    saved: (updated, message) => {
      setRecord(updated);
      flash(message);
      // The change list gains an entry with each save.
      void load();
    },
    statusSaved,
  });

  function statusSaved(updated: P) {
    setRecord(updated);
    flash(`${name}: status is now ${kind.statusLabels[updated.status]}`);
    void load();
    parts.afterStatusChange?.();
  }

  async function remove() {
    if (!record) return;
    setDeleting(true);
    try {
      await kind.api.delete(id);
      flashNext(`Deleted the record of ${displayName(record)}`);
      navigate(kind.path);
    } catch (e) {
      setDeleting(false);
      setConfirmDelete(false);
      setError(errorMessage(e));
    }
  }

  const backToList = <Link href={kind.path}>{`Back to ${kind.plural}`}</Link>;
  if (error && !record) {
    return (
      <Page title={`${capitalised(kind.noun)} not found`}>
        <ErrorNotice message={error} />
        {backToList}
      </Page>
    );
  }
  if (!record) {
    return <p role="status">Loading…</p>;
  }

  // An erased person's placeholder: nothing of them to show, and nothing to change.
  if (record.erasedAt) return <ErasedProfile erasedAt={record.erasedAt} name={displayName(record)} backToList={backToList} />;

  const r = record;
  const statusHistory = <StatusHistory history={r.statusHistory} labels={kind.statusLabels} />;
  const recordChanges = <RecordChanges changes={changes} />;
  const onDetails = profile.history === 'details';

  const details = (
    <div className="cards">
      <section className="card" aria-labelledby="contact-title">
        <h2 id="contact-title">Contact details</h2>
        <dl className="details">
          <Detail term="Email">{r.email}</Detail>
          <Detail term="Phone">{r.phone}</Detail>
          <Detail term="Address">{addressLines(r.address)}</Detail>
          {profile.contactRows(r)}
        </dl>
      </section>
      <section className="card" aria-labelledby="about-title">
        <h2 id="about-title">About</h2>
        <dl className="details">
          <Detail term="Full name">{`${r.firstName} ${r.lastName}`}</Detail>
          <Detail term="Pronouns">{r.pronouns}</Detail>
          <Detail term="Date of birth">{r.dateOfBirth ? `${formatUkDate(r.dateOfBirth)} (age ${ageOn(r.dateOfBirth, todayIso())})` : undefined}</Detail>
          {profile.aboutRows(r)}
          <Detail term="Notes">{r.notes}</Detail>
        </dl>
      </section>
      <section className="card" aria-labelledby={`${kind.section.id}-title`}>
        <h2 id={`${kind.section.id}-title`}>{kind.section.title}</h2>
        <dl className="details">
          <Detail term="Status">{kind.statusLabels[r.status]}</Detail>
          {parts.sectionRows(r)}
        </dl>
      </section>
      {profile.moreCards?.(r)}
      <section className="card" aria-labelledby="emergency-title">
        <h2 id="emergency-title">Emergency contact</h2>
        <dl className="details">
          <Detail term="Name">{r.emergencyContact.name}</Detail>
          <Detail term="Relationship">{r.emergencyContact.relationship}</Detail>
          <Detail term="Phone">{r.emergencyContact.phone}</Detail>
        </dl>
      </section>
      {onDetails ? (
        <>
          <section className="card" aria-labelledby="history-title">
            <h2 id="history-title">Status history</h2>
            {statusHistory}
          </section>
          <section className="card" aria-labelledby="changes-title">
            <h2 id="changes-title">Changes to this record</h2>
            {recordChanges}
          </section>
        </>
      ) : null}
    </div>
  );

  const tabs: TabItem<string>[] = [
    { id: 'details', label: 'Details', content: details },
    ...(onDetails
      ? parts.tabs(r)
      : [
          {
            id: 'history',
            label: 'Status history',
            content: (
              <section aria-labelledby="history-title">
                <h2 id="history-title">Status history</h2>
                {statusHistory}
              </section>
            ),
          },
          ...parts.tabs(r),
          {
            id: 'changes',
            label: 'Changes to this record',
            content: (
              <section aria-labelledby="changes-title">
                <h2 id="changes-title">Changes to this record</h2>
                {recordChanges}
              </section>
            ),
          },
        ]),
  ];

  return (
    <Page
      title={name}
      lede={
        <>
          <PersonStatusBadge kind={kind} status={r.status} /> {parts.lede(r)}
        </>
      }
      actions={
        <>
          <Link href={`${kind.path}/${r.id}/edit`} className="button">
            Edit
          </Link>
          <button type="button" className="button button--secondary" onClick={() => setStatusDialog(r.status === 'left' ? ('active' as S) : r.status)}>
            Change status
          </button>
          {r.status !== 'left' ? (
            <button type="button" className="button button--secondary" onClick={() => setStatusDialog('left' as S)}>
              Record leaving
            </button>
          ) : null}
          <SubjectAccessButton type={kind.id} id={r.id} name={name} />
          <ErasePersonButton
            kind={kind.id}
            id={r.id}
            name={name}
            onErased={() => {
              flashNext(`Erased the details of ${name}. The erasure log on the Privacy page has the date and reason.`);
              navigate(kind.path);
            }}
          />
          <button type="button" className="button button--secondary" onClick={() => setConfirmDelete(true)}>
            Delete
          </button>
        </>
      }
    >
      <p>{backToList}</p>
      <ErrorNotice message={error} />
      {r.status === 'left' ? (
        <div className="notice">
          <p>
            Left on {formatUkDate(r.leftDate)}
            {r.leftReason ? `: ${r.leftReason}` : ''}. Their record is kept.
          </p>
        </div>
      ) : null}

      {/* An address naming no tab of this kind opens on Details. */}
      <Tabs label={`Record of ${name}`} selected={tabs.some((t) => t.id === tab) ? tab : 'details'} onSelect={setTab} tabs={tabs} />

      {statusDialog ? (
        <StatusChangeForm
          title={statusDialog === 'left' ? `Record that ${name} has left` : `Change the status of ${name}`}
          statuses={kind.statuses}
          labels={kind.statusLabels}
          initialStatus={statusDialog}
          submit={(values) => (parts.changeStatus ? parts.changeStatus(r, values) : kind.api.changeStatus(r.id, values))}
          onCancel={() => setStatusDialog(null)}
          onSaved={(updated) => {
            setStatusDialog(null);
            if (updated) statusSaved(updated);
          }}
        />
      ) : null}
      {parts.dialogs}
      {confirmDelete ? (
        <ConfirmDialog
          title={`Delete ${name}?`}
          confirmLabel="Delete permanently"
          danger
          busy={deleting}
          onCancel={() => setConfirmDelete(false)}
          onConfirm={() => void remove()}
        >
          {deleteWarning(profile.stopped)}
          {parts.deleteNote?.(r)}
        </ConfirmDialog>
      ) : null}
    </Page>
  );
}
