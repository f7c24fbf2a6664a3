import { useCallback, useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { ageOn, formatUkDate, todayIso } from '../../../shared/dates';
import type { AuditEntry } from '../../../shared/domain/audit';
import { roleLabel } from '../../../shared/domain/roles';
import {
  CONTACT_LABELS,
  STATUS_LABELS,
  VOLUNTEER_STATUSES,
  WEEKDAY_LABELS,
  WORKFORCE_LABELS,
  displayName,
  type Volunteer,
  type VolunteerStatus,
} from '../../../shared/domain/volunteers';
import { ConfirmDialog, Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useFlash } from '../../components/Flash';
import { Page } from '../../components/Page';
import { StatusBadge } from '../../components/StatusBadge';
import { api, errorMessage } from '../../lib/api';
import { Detail, RecordChanges, StatusHistory, addressLines, deleteWarning } from '../people/ProfileParts';
import { StatusChangeForm } from '../people/StatusChangeForm';
import { Tabs } from '../../components/Tabs';
import type { MissingItem } from '../../../shared/domain/activation';
import { useLoad } from '../../lib/use-load';
import { ActivationDialog } from './ActivationDialog';
import { complianceTabs, type ComplianceTabId } from './VolunteerComplianceTabs';

type StatusValues = { status: VolunteerStatus; date: string; note?: string | undefined; reason?: string | undefined };

function availabilityText(slots: readonly string[]): string {
  return slots
    .map((s) => {
      const [day, part] = s.split('-') as [keyof typeof WEEKDAY_LABELS, string];
      return `${WEEKDAY_LABELS[day]} ${part}`;
    })
    .join(', ');
}

export function VolunteerProfilePage() {
  const { id } = useParams<{ id: string }>();
  const [, navigate] = useLocation();
  const { flash, flashNext } = useFlash();
  const [volunteer, setVolunteer] = useState<Volunteer | null>(null);
  const [changes, setChanges] = useState<AuditEntry[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [statusDialog, setStatusDialog] = useState<VolunteerStatus | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [tab, setTab] = useState<'details' | ComplianceTabId>('details');
  const [activation, setActivation] = useState<{ values: StatusValues; missing: MissingItem[] } | null>(null);
  const compliance = useLoad(() => api.compliance.volunteer({ volunteerId: id }), [id]);

  const load = useCallback(
    () =>
      Promise.all([api.volunteers.get({ id }), api.audit.list({ entityId: id, limit: 50 })]).then(
        ([v, audit]) => {
          setVolunteer(v);
          setChanges(audit.entries);
        },
        (e: unknown) => setError(errorMessage(e)),
      ),
    [id],
  );

  useEffect(() => {
    load().catch(() => undefined);
  }, [load]);

  async function remove() {
    if (!volunteer) return;
    setDeleting(true);
    try {
      await api.volunteers.delete({ id });
      flashNext(`Deleted the record of ${displayName(volunteer)}`);
      navigate('/volunteers');
    } catch (e) {
      setDeleting(false);
      setConfirmDelete(false);
      setError(errorMessage(e));
    }
  }

  if (error && !volunteer) {
    return (
      <Page title="Volunteer not found">
        <ErrorNotice message={error} />
        <Link href="/volunteers">Back to volunteers</Link>
      </Page>
    );
  }
  if (!volunteer) {
    return <p role="status">Loading…</p>;
  }

  const v = volunteer;
  const name = displayName(v);

  const details = (
    <div className="cards">
      <section className="card" aria-labelledby="contact-title">
        <h2 id="contact-title">Contact details</h2>
        <dl className="details">
          <Detail term="Email">{v.email}</Detail>
          <Detail term="Phone">{v.phone}</Detail>
          <Detail term="Address">{addressLines(v.address)}</Detail>
          <Detail term="Contact by">{v.contactPreferences.map((c) => CONTACT_LABELS[c]).join(', ')}</Detail>
        </dl>
      </section>
      <section className="card" aria-labelledby="about-title">
        <h2 id="about-title">About</h2>
        <dl className="details">
          <Detail term="Full name">{`${v.firstName} ${v.lastName}`}</Detail>
          <Detail term="Pronouns">{v.pronouns}</Detail>
          <Detail term="Date of birth">{v.dateOfBirth ? `${formatUkDate(v.dateOfBirth)} (age ${ageOn(v.dateOfBirth, todayIso())})` : undefined}</Detail>
          <Detail term="Languages">{v.languages.join(', ')}</Detail>
          <Detail term="Interests and skills">{v.interests.join(', ')}</Detail>
          <Detail term="Notes">{v.notes}</Detail>
        </dl>
      </section>
      <section className="card" aria-labelledby="volunteering-title">
        <h2 id="volunteering-title">Volunteering</h2>
        <dl className="details">
          <Detail term="Status">{STATUS_LABELS[v.status]}</Detail>
          <Detail term="Workforce type">{WORKFORCE_LABELS[v.workforceType]}</Detail>
          <Detail term="Roles">{v.roles.map(roleLabel).join(', ')}</Detail>
          <Detail term="Start date">{formatUkDate(v.startDate)}</Detail>
          <Detail term="Availability">{availabilityText(v.availability)}</Detail>
        </dl>
      </section>
      <section className="card" aria-labelledby="emergency-title">
        <h2 id="emergency-title">Emergency contact</h2>
        <dl className="details">
          <Detail term="Name">{v.emergencyContact.name}</Detail>
          <Detail term="Relationship">{v.emergencyContact.relationship}</Detail>
          <Detail term="Phone">{v.emergencyContact.phone}</Detail>
        </dl>
      </section>
      <section className="card" aria-labelledby="history-title">
        <h2 id="history-title">Status history</h2>
        <StatusHistory history={v.statusHistory} labels={STATUS_LABELS} />
      </section>
      <section className="card" aria-labelledby="changes-title">
        <h2 id="changes-title">Changes to this record</h2>
        <RecordChanges changes={changes} />
      </section>
    </div>
  );

  function statusSaved(updated: Volunteer) {
    setVolunteer(updated);
    flash(`${name}: status is now ${STATUS_LABELS[updated.status]}`);
    void load();
    void compliance.reload();
  }

  return (
    <Page
      title={name}
      lede={
        <>
          <StatusBadge status={v.status} /> {v.roles.map(roleLabel).join(', ')}
        </>
      }
      actions={
        <>
          <Link href={`/volunteers/${v.id}/edit`} className="button">
            Edit
          </Link>
          <button type="button" className="button button--secondary" onClick={() => setStatusDialog(v.status === 'left' ? 'active' : v.status)}>
            Change status
          </button>
          {v.status !== 'left' ? (
            <button type="button" className="button button--secondary" onClick={() => setStatusDialog('left')}>
              Record leaving
            </button>
          ) : null}
          <button type="button" className="button button--secondary" onClick={() => setConfirmDelete(true)}>
            Delete
          </button>
        </>
      }
    >
      <p>
        <Link href="/volunteers">Back to volunteers</Link>
      </p>
      <ErrorNotice message={error} />
      {v.status === 'left' ? (
        <div className="notice">
          <p>
            Left on {formatUkDate(v.leftDate)}
            {v.leftReason ? `: ${v.leftReason}` : ''}. Their record is kept.
          </p>
        </div>
      ) : null}
      <Tabs<'details' | ComplianceTabId>
        label={`Record of ${name}`}
        selected={tab}
        onSelect={setTab}
        tabs={[
          { id: 'details', label: 'Details', content: details },
          ...complianceTabs(compliance.data, compliance.error, (view, message) => {
            compliance.setData(view);
            flash(message);
            void load();
          }),
        ]}
      />


      {statusDialog ? (
        <Dialog title={statusDialog === 'left' ? `Record that ${name} has left` : `Change the status of ${name}`} onClose={() => setStatusDialog(null)}>
          <StatusChangeForm
            statuses={VOLUNTEER_STATUSES}
            labels={STATUS_LABELS}
            initialStatus={statusDialog}
            submit={async (values) => {
              // Becoming active checks what their roles need first; anything missing needs a reason.
              if (values.status === 'active' && v.status !== 'active') {
                const { missing } = await api.compliance.activationCheck({ volunteerId: v.id });
                if (missing.length > 0) {
                  setActivation({ values, missing });
                  return null;
                }
              }
              return api.volunteers.changeStatus({ id: v.id, ...values });
            }}
            onCancel={() => setStatusDialog(null)}
            onSaved={(updated) => {
              setStatusDialog(null);
              if (updated) statusSaved(updated);
            }}
          />
        </Dialog>
      ) : null}
      {activation ? (
        <ActivationDialog
          name={name}
          missing={activation.missing}
          activate={(overrideReason) => api.volunteers.changeStatus({ id: v.id, ...activation.values, overrideReason })}
          onCancel={() => setActivation(null)}
          onSaved={(updated) => {
            setActivation(null);
            statusSaved(updated);
          }}
        />
      ) : null}
      {confirmDelete ? (
        <ConfirmDialog
          title={`Delete ${name}?`}
          confirmLabel="Delete permanently"
          danger
          busy={deleting}
          onCancel={() => setConfirmDelete(false)}
          onConfirm={() => void remove()}
        >
          {deleteWarning('volunteering')}
        </ConfirmDialog>
      ) : null}
    </Page>
  );
}
