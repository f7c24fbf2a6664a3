import { useCallback, useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { ageOn, formatUkDate, todayIso } from '../../../shared/dates';
import type { AuditEntry } from '../../../shared/domain/audit';
import { MEMBER_STATUSES, MEMBER_STATUS_LABELS, NEWSLETTER_LABELS, memberJoinedDate, type Member, type MemberStatus } from '../../../shared/domain/members';
import { displayName } from '../../../shared/domain/person';
import { ConfirmDialog, Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useFlash } from '../../components/Flash';
import { Page } from '../../components/Page';
import { Tabs } from '../../components/Tabs';
import { api, errorMessage } from '../../lib/api';
import { Detail, RecordChanges, StatusHistory, addressLines, deleteWarning } from '../people/ProfileParts';
import { StatusChangeForm } from '../people/StatusChangeForm';
import { ConsentsTab } from './ConsentsTab';
import { DeviceLoansTab } from './DeviceLoansTab';
import { EqualityTab } from './EqualityTab';
import { MemberStatusBadge } from './MemberStatusBadge';
import { useVolunteerOnRecord, volunteerLabel, type VolunteerOnRecord } from './volunteer-choices';
import './members.css';

type TabId = 'details' | 'history' | 'loans' | 'consents' | 'equality' | 'changes';

function yesNo(v: boolean | undefined): string | undefined {
  return v === undefined ? undefined : v ? 'Yes' : 'No';
}

function digitalLines(m: Member): string {
  const lines = [
    ['Has a phone, tablet or computer', yesNo(m.digital.hasDevice)],
    ['Has internet at home', yesNo(m.digital.hasInternet)],
    ['Would like to borrow a device', yesNo(m.digital.needsDeviceLoan)],
  ].filter(([, v]) => v !== undefined);
  return lines.map(([q, v]) => `${q}: ${v}`).join('\n');
}

/** Their own volunteer record, when they are a volunteer too: a link while it is on record. */
function LinkedVolunteer({ linked }: { linked: VolunteerOnRecord | null }) {
  if (!linked) return 'No';
  if (linked.status === 'found') return <Link href={`/volunteers/${linked.volunteer.id}`}>Open the volunteer record of {linked.volunteer.name}</Link>;
  if (linked.status === 'gone') return 'Their volunteer record is no longer on file';
  return volunteerLabel(linked);
}

function DetailsTab({ member: m, keyContact, linked }: { member: Member; keyContact: VolunteerOnRecord | null; linked: VolunteerOnRecord | null }) {
  return (
    <div className="cards">
      <section className="card" aria-labelledby="contact-title">
        <h2 id="contact-title">Contact details</h2>
        <dl className="details">
          <Detail term="Email">{m.email}</Detail>
          <Detail term="Phone">{m.phone}</Detail>
          <Detail term="Address">{addressLines(m.address)}</Detail>
          <Detail term="Newsletter">{NEWSLETTER_LABELS[m.newsletter]}</Detail>
        </dl>
      </section>
      <section className="card" aria-labelledby="about-title">
        <h2 id="about-title">About</h2>
        <dl className="details">
          <Detail term="Full name">{`${m.firstName} ${m.lastName}`}</Detail>
          <Detail term="Pronouns">{m.pronouns}</Detail>
          <Detail term="Date of birth">{m.dateOfBirth ? `${formatUkDate(m.dateOfBirth)} (age ${ageOn(m.dateOfBirth, todayIso())})` : undefined}</Detail>
          <Detail term="Interests">{m.interests.join(', ')}</Detail>
          <Detail term="Access needs">{m.accessNeeds}</Detail>
          <Detail term="Digital access">{digitalLines(m)}</Detail>
          <Detail term="Notes">{m.notes}</Detail>
        </dl>
      </section>
      <section className="card" aria-labelledby="support-title">
        <h2 id="support-title">Support</h2>
        <dl className="details">
          <Detail term="Status">{MEMBER_STATUS_LABELS[m.status]}</Detail>
          <Detail term="Date joined">{formatUkDate(memberJoinedDate(m))}</Detail>
          <Detail term="Key contact">{keyContact ? volunteerLabel(keyContact) : undefined}</Detail>
          <Detail term="Also a volunteer">
            <LinkedVolunteer linked={linked} />
          </Detail>
        </dl>
      </section>
      <section className="card" aria-labelledby="emergency-title">
        <h2 id="emergency-title">Emergency contact</h2>
        <dl className="details">
          <Detail term="Name">{m.emergencyContact.name}</Detail>
          <Detail term="Relationship">{m.emergencyContact.relationship}</Detail>
          <Detail term="Phone">{m.emergencyContact.phone}</Detail>
        </dl>
      </section>
    </div>
  );
}

export function MemberProfilePage() {
  const { id } = useParams<{ id: string }>();
  const [, navigate] = useLocation();
  const { flash, flashNext } = useFlash();
  const [member, setMember] = useState<Member | null>(null);
  const [changes, setChanges] = useState<AuditEntry[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [tab, setTab] = useState<TabId>('details');
  const [statusDialog, setStatusDialog] = useState<MemberStatus | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleting, setDeleting] = useState(false);
  // Only the one or two volunteers this record names, never the whole list.
  const keyContact = useVolunteerOnRecord(member?.keyContactId);
  const linked = useVolunteerOnRecord(member?.volunteerId);

  const load = useCallback(
    () =>
      Promise.all([api.members.get({ id }), api.audit.list({ entityId: id, limit: 50 })]).then(
        ([m, audit]) => {
          setMember(m);
          setChanges(audit.entries);
        },
        (e: unknown) => setError(errorMessage(e)),
      ),
    [id],
  );

  useEffect(() => {
    load().catch(() => undefined);
  }, [load]);

  const saved = useCallback(
    (m: Member, message: string) => {
      setMember(m);
      flash(message);
      // The change list gains an entry with each save.
      void load();
    },
    [flash, load],
  );

  async function remove() {
    if (!member) return;
    setDeleting(true);
    try {
      await api.members.delete({ id });
      flashNext(`Deleted the record of ${displayName(member)}`);
      navigate('/members');
    } catch (e) {
      setDeleting(false);
      setConfirmDelete(false);
      setError(errorMessage(e));
    }
  }

  if (error && !member) {
    return (
      <Page title="Member not found">
        <ErrorNotice message={error} />
        <Link href="/members">Back to members</Link>
      </Page>
    );
  }
  if (!member) {
    return <p role="status">Loading…</p>;
  }

  const m = member;
  const name = displayName(m);

  return (
    <Page
      title={name}
      lede={
        <>
          <MemberStatusBadge status={m.status} /> {keyContact ? `Key contact: ${volunteerLabel(keyContact)}` : 'No key contact'}
        </>
      }
      actions={
        <>
          <Link href={`/members/${m.id}/edit`} className="button">
            Edit
          </Link>
          <button type="button" className="button button--secondary" onClick={() => setStatusDialog(m.status === 'left' ? 'active' : m.status)}>
            Change status
          </button>
          {m.status !== 'left' ? (
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
        <Link href="/members">Back to members</Link>
      </p>
      <ErrorNotice message={error} />
      {m.status === 'left' ? (
        <div className="notice">
          <p>
            Left on {formatUkDate(m.leftDate)}
            {m.leftReason ? `: ${m.leftReason}` : ''}. Their record is kept.
          </p>
        </div>
      ) : null}

      <Tabs<TabId>
        label={`Record of ${name}`}
        selected={tab}
        onSelect={setTab}
        tabs={[
          { id: 'details', label: 'Details', content: <DetailsTab member={m} keyContact={keyContact} linked={linked} /> },
          {
            id: 'history',
            label: 'Status history',
            content: (
              <section aria-labelledby="history-title">
                <h2 id="history-title">Status history</h2>
                <StatusHistory history={m.statusHistory} labels={MEMBER_STATUS_LABELS} />
              </section>
            ),
          },
          { id: 'loans', label: 'Device loans', content: <DeviceLoansTab member={m} onSaved={saved} /> },
          { id: 'consents', label: 'Consents', content: <ConsentsTab member={m} onSaved={saved} /> },
          { id: 'equality', label: 'Equality monitoring', content: <EqualityTab member={m} onSaved={saved} /> },
          {
            id: 'changes',
            label: 'Changes to this record',
            content: (
              <section aria-labelledby="changes-title">
                <h2 id="changes-title">Changes to this record</h2>
                <RecordChanges changes={changes} />
              </section>
            ),
          },
        ]}
      />

      {statusDialog ? (
        <Dialog title={statusDialog === 'left' ? `Record that ${name} has left` : `Change the status of ${name}`} onClose={() => setStatusDialog(null)}>
          <StatusChangeForm
            statuses={MEMBER_STATUSES}
            labels={MEMBER_STATUS_LABELS}
            initialStatus={statusDialog}
            submit={(values) => api.members.changeStatus({ id: m.id, ...values })}
            onCancel={() => setStatusDialog(null)}
            onSaved={(updated) => {
              setStatusDialog(null);
              saved(updated, `${name}: status is now ${MEMBER_STATUS_LABELS[updated.status]}`);
            }}
          />
        </Dialog>
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
          {deleteWarning('coming')}
        </ConfirmDialog>
      ) : null}
    </Page>
  );
}
