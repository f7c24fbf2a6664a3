import { formatUkDate, formatUkDateTime } from '../dates';
import { formatPounds } from '../money';
import { displayName } from './person';
import { CONSENT_METHOD_LABELS, type Consent } from './consents';
import { DBS_DECISION_LABELS, DBS_LEVEL_LABELS } from './dbs';
import { EQUALITY_QUESTIONS, equalityAnswerLabel, type Equality } from './equality';
import { EXPENSE_KIND_LABELS } from './expenses';
import { MEMBER_STATUS_LABELS, NEWSLETTER_LABELS, type Member } from './members';
import { CHANNEL_LABELS } from './newsletters';
import { GIVEN_LABELS, STAGE_LABELS } from './outcome-completions';
import { measureById, scoreAnswers } from './outcome-measures';
import { ENDING_LABELS, GOAL_PROGRESS_LABELS, PROGRAMME_STATUS_LABELS, SESSION_MODE_LABELS, SESSION_OUTCOME_LABELS } from './programmes';
import { REFERRAL_OUTCOME_LABELS, REFERRAL_SOURCE_LABELS, type Referral } from './referrals';
import { SUPERVISION_KIND_LABELS } from './supervision';
import { TRIP_STATUS_LABELS } from './travel-trips';
import { CONTACT_LABELS, STATUS_LABELS, WORKFORCE_LABELS, type Volunteer } from './volunteers';
import { resolveIdentity, sortHeldItems, type HeldDataSources, type HeldField, type HeldItem, type HeldSubject, type Identity } from './held-data';

/**
 * Gathers every item Peer Desk holds about one person (see held-data.ts for the shapes and the
 * rule that items hold only the person's own data). Pure: the handler passes every year of
 * every document in, the tests pass factories.
 */

/** A field, left out when there is nothing to say. */
function field(label: string, value: string | number | boolean | undefined | null): HeldField[] {
  if (value === undefined || value === null || value === '') return [];
  const text = typeof value === 'boolean' ? (value ? 'Yes' : 'No') : String(value);
  return [{ label, value: text }];
}

const date = formatUkDate;
const list = (items: readonly string[] | undefined) => (items && items.length > 0 ? items.join(', ') : undefined);
const minutesText = (m: number) => (m % 60 === 0 ? `${m / 60} h` : m >= 60 ? `${Math.floor(m / 60)} h ${m % 60} min` : `${m} min`);

function personFields(p: Member | Volunteer): HeldField[] {
  const a = p.address;
  const address = [a.line1, a.line2, a.town, a.postcode].filter(Boolean).join(', ');
  const e = p.emergencyContact;
  const emergency = [e.name, e.relationship, e.phone].filter(Boolean).join(', ');
  return [
    ...field('Full name', `${p.firstName} ${p.lastName}`),
    ...field('Preferred name', p.preferredName),
    ...field('Pronouns', p.pronouns),
    ...field('Email', p.email),
    ...field('Phone', p.phone),
    ...field('Address', address),
    ...field('Date of birth', date(p.dateOfBirth)),
    ...field('Emergency contact', emergency),
    ...field('Notes', p.notes),
  ];
}

function memberItems(m: Member): HeldItem[] {
  const source = [{ list: 'members', id: m.id }];
  const items: HeldItem[] = [
    {
      id: `member:${m.id}`,
      kind: 'record',
      title: 'Member record',
      date: m.joinedDate ?? m.createdAt.slice(0, 10),
      sources: source,
      fields: [
        ...personFields(m),
        ...field('Status', MEMBER_STATUS_LABELS[m.status]),
        ...field('Joined', date(m.joinedDate)),
        ...field('Left', date(m.leftDate)),
        ...field('Reason for leaving', m.leftReason),
        ...field('Interests', list(m.interests)),
        ...field('Languages', list(m.languages)),
        ...field('Access needs', m.accessNeeds),
        ...field('Has a device', m.digital.hasDevice),
        ...field('Has the internet', m.digital.hasInternet),
        ...field('Needs a device loan', m.digital.needsDeviceLoan),
        ...field('Newsletter', NEWSLETTER_LABELS[m.newsletter]),
        ...field('Matching preferences', m.matchingNotes),
        ...field('Volunteer preferred', m.prefersVolunteerGender),
        ...field('Volunteer must speak', m.needsLanguage),
        ...field('Record made', formatUkDateTime(m.createdAt)),
      ],
    },
    ...statusItems('member-status', m.id, m.statusHistory, MEMBER_STATUS_LABELS, source),
    ...consentItems(m.consents, source),
    ...m.deviceLoans.map((l) => ({
      id: `device-loan:${l.id}`,
      kind: 'device-loan' as const,
      title: `${l.item}, lent ${date(l.out)}`,
      date: l.out,
      sources: source,
      fields: [...field('Item', l.item), ...field('Lent', date(l.out)), ...field('Due back', date(l.due)), ...field('Returned', date(l.returned)), ...field('Note', l.note)],
    })),
  ];
  const equality = equalityFields(m.equality);
  if (equality.length > 0) items.push({ id: `equality:${m.id}`, kind: 'equality', title: 'Equality answers', sources: source, fields: equality });
  return items;
}

/** A person's status history, one item a change: the same for members and volunteers. */
function statusItems<S extends string>(
  prefix: string,
  personId: string,
  history: readonly { status: S; date: string; note?: string | undefined; reason?: string | undefined }[],
  labels: Readonly<Record<S, string>>,
  sources: HeldItem['sources'],
): HeldItem[] {
  return history.map((s, i) => ({
    id: `${prefix}:${personId}:${i}`,
    kind: 'status',
    title: `${labels[s.status]} from ${date(s.date)}`,
    date: s.date,
    sources,
    fields: [...field('Status', labels[s.status]), ...field('From', date(s.date)), ...field('Note', s.note), ...field('Reason', s.reason)],
  }));
}

function consentItems(consents: readonly Consent[], sources: HeldItem['sources']): HeldItem[] {
  return consents.map((c) => ({
    id: `consent:${c.id}`,
    kind: 'consent',
    title: c.what,
    date: c.date,
    sources,
    fields: [...field('Agreed to', c.what), ...field('On', date(c.date)), ...field('How', CONSENT_METHOD_LABELS[c.how]), ...field('Review by', date(c.review)), ...field('Withdrawn on', date(c.withdrawn))],
  }));
}

function equalityFields(e: Equality): HeldField[] {
  return (Object.keys(EQUALITY_QUESTIONS) as (keyof Equality)[]).flatMap((q) => {
    const value = q === 'genderIdentity' || q === 'ethnicityDetail' ? e[q] : equalityAnswerLabel(q, e[q]);
    return field(EQUALITY_QUESTIONS[q], value);
  });
}

function volunteerItems(v: Volunteer): HeldItem[] {
  const source = [{ list: 'volunteers', id: v.id }];
  return [
    {
      id: `volunteer:${v.id}`,
      kind: 'record',
      title: 'Volunteer record',
      date: v.startDate ?? v.createdAt.slice(0, 10),
      sources: source,
      fields: [
        ...personFields(v),
        ...field('Status', STATUS_LABELS[v.status]),
        ...field('Volunteering as', WORKFORCE_LABELS[v.workforceType]),
        ...field('Roles', list(v.roles)),
        ...field('Started', date(v.startDate)),
        ...field('Left', date(v.leftDate)),
        ...field('Reason for leaving', v.leftReason),
        ...field('Languages', list(v.languages)),
        ...field('Interests', list(v.interests)),
        ...field('Contact by', list(v.contactPreferences.map((c) => CONTACT_LABELS[c]))),
        ...field('Gender (for matching)', v.gender),
        ...field('People supported at once', v.caseloadLimit),
        ...field('Record made', formatUkDateTime(v.createdAt)),
      ],
    },
    ...statusItems('volunteer-status', v.id, v.statusHistory, STATUS_LABELS, source),
    ...consentItems(v.consents, source),
  ];
}

function referralItem(r: Referral): HeldItem {
  return {
    id: `referral:${r.id}`,
    kind: 'referral',
    title: `Referral received ${date(r.receivedDate)}`,
    date: r.receivedDate,
    sources: [{ list: 'referrals', id: r.id }],
    fields: [
      ...field('Name', `${r.person.firstName} ${r.person.lastName}`),
      ...field('Phone', r.person.phone),
      ...field('Email', r.person.email),
      ...field('Date of birth', date(r.person.dateOfBirth)),
      ...field('Postcode', r.person.postcode),
      ...field('Received', date(r.receivedDate)),
      ...field('From', REFERRAL_SOURCE_LABELS[r.source]),
      ...field('Referred by', [r.referrer.name, r.referrer.organisation].filter(Boolean).join(', ')),
      ...field('Reason for referral', r.reason),
      ...field('Contacted', date(r.contactedDate)),
      ...field('Assessed', date(r.assessedDate)),
      ...field('Outcome', REFERRAL_OUTCOME_LABELS[r.outcome]),
      ...field('Outcome date', date(r.outcomeDate)),
      ...field('Reason for outcome', r.outcomeReason),
    ],
  };
}

function groupItems(identity: Identity, sources: HeldDataSources): HeldItem[] {
  const memberIds = new Set(identity.members.map((m) => m.id));
  const volunteerIds = new Set(identity.volunteers.map((v) => v.id));
  const items: HeldItem[] = [];
  for (const g of sources.groups) {
    const spells = g.roster.filter((s) => memberIds.has(s.memberId));
    const waiting = g.waitingList.filter((w) => memberIds.has(w.memberId));
    const facilitates = g.facilitatorIds.some((id) => volunteerIds.has(id));
    if (spells.length === 0 && waiting.length === 0 && !facilitates) continue;
    items.push({
      id: `group:${g.id}`,
      kind: 'group',
      title: g.name,
      date: spells[0]?.joined ?? waiting[0]?.added,
      sources: [{ list: 'groups', id: g.id }],
      fields: [
        ...spells.flatMap((s) => field('On the roster', `from ${date(s.joined)}${s.left ? ` to ${date(s.left)}` : ''}${s.leftReason ? ` (${s.leftReason})` : ''}`)),
        ...waiting.flatMap((w) => field('On the waiting list', `from ${date(w.added)}${w.note ? ` (${w.note})` : ''}`)),
        ...(facilitates ? field('Role', 'Facilitator') : []),
      ],
    });
  }
  return items;
}

/** One item per group: the person's own mark at each session, never anyone else's. */
function attendanceItems(identity: Identity, sources: HeldDataSources): HeldItem[] {
  const memberIds = identity.members.map((m) => m.id);
  const volunteerIds = new Set(identity.volunteers.map((v) => v.id));
  const groupName = new Map(sources.groups.map((g) => [g.id, g.name]));
  const byGroup = new Map<string, { rows: { date: string; row: string[] }[]; ids: string[] }>();
  for (const s of sources.sessions) {
    const reg = s.register;
    if (!reg) continue;
    let mark: string | undefined;
    for (const id of memberIds) {
      const m = reg.marks[id];
      if (m) mark = m === 'present' ? 'Present' : m === 'apologies' ? 'Apologies' : 'Absent';
      else if (reg.walkIns.includes(id)) mark = 'Present (came without being on the roster)';
    }
    if (!mark && reg.facilitatorsPresent.some((id) => volunteerIds.has(id))) mark = 'Facilitated';
    if (!mark) continue;
    let entry = byGroup.get(s.groupId);
    if (!entry) byGroup.set(s.groupId, (entry = { rows: [], ids: [] }));
    entry.rows.push({ date: s.date, row: [date(s.date), `${s.startTime}–${s.endTime}`, mark] });
    entry.ids.push(s.id);
  }
  return [...byGroup].map(([groupId, { rows, ids }]) => {
    rows.sort((a, b) => a.date.localeCompare(b.date));
    const name = groupName.get(groupId) ?? 'A group no longer on record';
    return {
      id: `attendance:${groupId}`,
      kind: 'attendance' as const,
      title: `${name}: ${rows.length} ${rows.length === 1 ? 'session' : 'sessions'}`,
      date: rows[0]?.date,
      sources: ids.map((id) => ({ list: 'sessions', id })),
      fields: [],
      table: { columns: ['Date', 'Time', 'Attendance'], rows: rows.map((r) => r.row) },
    };
  });
}

function programmeItems(identity: Identity, sources: HeldDataSources): HeldItem[] {
  const memberIds = new Set(identity.members.map((m) => m.id));
  const volunteerIds = new Set(identity.volunteers.map((v) => v.id));
  const kindName = new Map(sources.settings.programmeKinds.map((k) => [k.id, k.name]));
  const volunteerName = new Map(sources.volunteers.map((v) => [v.id, displayName(v)]));
  const items: HeldItem[] = [];
  const theirs = new Set<string>();
  for (const p of sources.programmes) {
    const kind = kindName.get(p.kindId) ?? 'One-to-one support';
    if (memberIds.has(p.memberId)) {
      theirs.add(p.id);
      const source = [{ list: 'programmes', id: p.id }];
      items.push({
        id: `programme:${p.id}`,
        kind: 'programme',
        title: `${kind}, from ${date(p.startDate)}`,
        date: p.startDate,
        sources: source,
        fields: [
          ...field('Programme', kind),
          ...field('Started', date(p.startDate)),
          ...field('Status', PROGRAMME_STATUS_LABELS[p.status]),
          ...p.statusHistory.flatMap((s) => field('Status change', `${PROGRAMME_STATUS_LABELS[s.status]} from ${date(s.date)}`)),
          // The volunteer who supported them is part of their support; the coordinator may withhold it.
          ...p.matches.flatMap((m) => field('Volunteer', `${volunteerName.get(m.volunteerId) ?? 'A volunteer no longer on record'}, from ${date(m.from)}${m.to ? ` to ${date(m.to)}` : ''}${m.reason ? ` (${m.reason})` : ''}`)),
          ...field('Sessions planned', p.plannedSessions ?? 'Open-ended'),
          ...p.extensions.flatMap((e) => field('Extended', `on ${date(e.date)} to ${e.to} sessions: ${e.reason}`)),
          ...(p.ending ? [...field('Ended', `${date(p.ending.date)}: ${ENDING_LABELS[p.ending.ending]}`), ...field('Referred on to', list(p.ending.onward)), ...field('Ending note', p.ending.note)] : []),
        ],
      });
      for (const g of p.goals) {
        items.push({
          id: `goal:${p.id}:${g.id}`,
          kind: 'goal',
          title: g.text,
          date: g.setOn,
          sources: source,
          fields: [
            ...field('Goal', g.text),
            ...field('Steps', list(g.steps)),
            ...field('Set on', date(g.setOn)),
            ...field('Target date', date(g.targetDate)),
            ...g.reviews.flatMap((r) => field(`Review ${date(r.date)}`, `${GOAL_PROGRESS_LABELS[r.progress]}${r.comment ? `: ${r.comment}` : ''}`)),
          ],
        });
      }
    } else if (p.matches.some((m) => volunteerIds.has(m.volunteerId))) {
      // Their part as the volunteer; the member they supported is someone else, so not named.
      items.push({
        id: `supported:${p.id}`,
        kind: 'programme',
        title: `Supporting someone on ${kind}`,
        date: p.matches.find((m) => volunteerIds.has(m.volunteerId))?.from,
        sources: [{ list: 'programmes', id: p.id }],
        fields: p.matches.filter((m) => volunteerIds.has(m.volunteerId)).flatMap((m) => field('Supported them', `from ${date(m.from)}${m.to ? ` to ${date(m.to)}` : ''}`)),
      });
    }
  }
  for (const s of sources.programmeSessions) {
    if (!theirs.has(s.programmeId)) continue;
    items.push({
      id: `programme-session:${s.id}`,
      kind: 'programme-session',
      title: `Session on ${date(s.date)}`,
      date: s.date,
      sources: [{ list: 'programme-sessions', id: s.id }],
      fields: [
        ...field('Date', date(s.date)),
        ...field('Time', s.startTime),
        ...field('Length', minutesText(s.minutes)),
        ...field('How', SESSION_MODE_LABELS[s.mode]),
        ...field('Where', s.where),
        ...field('Outcome', SESSION_OUTCOME_LABELS[s.outcome]),
        ...field('Note', s.note),
        ...field('Private note', s.privateNote),
      ],
    });
  }
  for (const t of sources.trips) {
    if (theirs.has(t.programmeId)) {
      items.push({
        id: `trip:${t.id}`,
        kind: 'trip',
        title: `Trip on ${date(t.date)} to ${t.appointmentPlace}`,
        date: t.date,
        sources: [{ list: 'travel-trips', id: t.id }],
        fields: [
          ...field('Date', date(t.date)),
          ...field('Pick-up time', t.time),
          ...field('Appointment', t.appointmentPlace),
          ...field('Pick-up address', t.pickUpAddress),
          ...field('Return journey', t.returnJourney),
          ...field('Access notes', t.accessNotes),
          ...field('Buddy', t.volunteerId ? volunteerName.get(t.volunteerId) : undefined),
          ...field('Status', TRIP_STATUS_LABELS[t.status]),
          ...field('Cancelled on', date(t.cancelledOn)),
        ],
      });
    } else if (t.volunteerId && volunteerIds.has(t.volunteerId)) {
      items.push({
        id: `buddy-trip:${t.id}`,
        kind: 'trip',
        title: `Buddy for a trip on ${date(t.date)}`,
        date: t.date,
        sources: [{ list: 'travel-trips', id: t.id }],
        fields: [...field('Date', date(t.date)), ...field('Status', TRIP_STATUS_LABELS[t.status]), ...field('Miles', t.miles), ...field('Minutes given', t.minutes)],
      });
    }
  }
  return items;
}

function questionnaireItems(identity: Identity, sources: HeldDataSources): HeldItem[] {
  const memberIds = new Set(identity.members.map((m) => m.id));
  return sources.completions
    .filter((c) => memberIds.has(c.memberId))
    .map((c) => {
      const measure = measureById(c.measureId, sources.settings.customScales);
      const score = measure ? scoreAnswers(measure, c.answers) : undefined;
      const scoreText = !score ? undefined : score.scored ? [score.score, score.metric !== undefined ? `metric ${score.metric}` : undefined, score.band].filter((x) => x !== undefined).join(', ') : score.reason;
      return {
        id: `questionnaire:${c.id}`,
        kind: 'questionnaire' as const,
        title: `${measure?.shortName ?? 'A questionnaire'} on ${date(c.date)}`,
        date: c.date,
        sources: [{ list: 'outcome-completions', id: c.id }],
        fields: [...field('Questionnaire', measure?.name ?? c.measureId), ...field('Date', date(c.date)), ...field('Answered', GIVEN_LABELS[c.given]), ...field('Stage', c.stage ? STAGE_LABELS[c.stage] : undefined), ...field('Score', scoreText)],
        table: {
          columns: ['Question', 'Answer'],
          rows: (measure?.items ?? []).map((item) => {
            const value = c.answers[item.id];
            const label = value === null || value === undefined ? 'Not answered' : ((item.answers ?? measure?.answers ?? []).find((a) => a.value === value)?.label ?? String(value));
            return [item.text, label];
          }),
        },
      };
    });
}

function complianceItems(identity: Identity, sources: HeldDataSources): HeldItem[] {
  const ids = new Set(identity.volunteers.map((v) => v.id));
  const c = sources.compliance;
  const mine = <T extends { volunteerId: string }>(records: readonly T[]) => records.filter((r) => ids.has(r.volunteerId));
  const courseName = new Map(sources.settings.trainingCourses.map((k) => [k.id, k.name]));
  return [
    ...mine(c.dbsChecks).map((d) => ({
      id: `dbs:${d.id}`,
      kind: 'dbs' as const,
      title: `${DBS_LEVEL_LABELS[d.level]} check issued ${date(d.issueDate)}`,
      date: d.issueDate,
      sources: [{ list: 'dbsChecks', id: d.id }],
      fields: [
        ...field('Level', DBS_LEVEL_LABELS[d.level]),
        ...field('Certificate number', d.certificateNumber),
        ...field('Issued', date(d.issueDate)),
        ...field('Update Service id', d.updateServiceId),
        ...field('Agreed to status checks', date(d.updateServiceConsent)),
        ...field('Last status check', date(d.lastStatusCheck)),
        ...field('Decision', DBS_DECISION_LABELS[d.decision]),
        ...field('Decided by', d.decisionBy),
        ...field('Decided on', date(d.decisionDate)),
      ],
    })),
    ...mine(c.training).map((t) => ({
      id: `training:${t.id}`,
      kind: 'training' as const,
      title: `${courseName.get(t.courseId) ?? 'A course'}, ${date(t.date)}`,
      date: t.date,
      sources: [{ list: 'training', id: t.id }],
      fields: [
        ...field('Course', courseName.get(t.courseId) ?? t.courseId),
        ...field('Date', date(t.date)),
        ...field('Status', t.status === 'completed' ? 'Completed' : `In progress, ${t.modulesDone} modules done`),
        ...field('Certificate held', t.certificateHeld),
        ...field('Expires', date(t.expiry)),
        ...t.shadowing.flatMap((s) => field(`Shadowing ${date(s.date)}`, `${minutesText(s.minutes)}${s.note ? `: ${s.note}` : ''}`)),
      ],
    })),
    ...mine(c.supervision).map((s) => ({
      id: `supervision:${s.id}`,
      kind: 'supervision' as const,
      title: `${SUPERVISION_KIND_LABELS[s.kind]} on ${date(s.date)}`,
      date: s.date,
      sources: [{ list: 'supervision', id: s.id }],
      fields: [...field('Date', date(s.date)), ...field('Kind', SUPERVISION_KIND_LABELS[s.kind]), ...field('Supervisor', s.supervisor), ...field('Length', minutesText(s.minutes)), ...field('Private notes', s.notes)],
    })),
    ...mine(c.hours).map((h) => ({
      id: `hours:${h.id}`,
      kind: 'hours' as const,
      title: `${h.activity}, ${date(h.date)}`,
      date: h.date,
      sources: [{ list: 'hours', id: h.id }],
      fields: [...field('Date', date(h.date)), ...field('Activity', h.activity), ...field('Time', minutesText(h.minutes))],
    })),
    ...mine(c.expenses).map((e) => ({
      id: `expense:${e.id}`,
      kind: 'expense' as const,
      title: `${EXPENSE_KIND_LABELS[e.kind]}: ${e.description}, ${date(e.date)}`,
      date: e.date,
      sources: [{ list: 'expenses', id: e.id }],
      fields: [
        ...field('Date', date(e.date)),
        ...field('Kind', EXPENSE_KIND_LABELS[e.kind]),
        ...field('For', e.description),
        ...field('Miles', e.miles),
        ...field('Passengers', e.passengers),
        ...field('Amount', e.amountPence !== undefined ? formatPounds(e.amountPence) : undefined),
        ...field('Receipt held', e.receiptHeld),
        ...field('Approved', date(e.approvedDate)),
        ...field('Paid', date(e.paidDate)),
      ],
    })),
    ...mine(c.activationOverrides).map((o) => ({
      id: `activation:${o.id}`,
      kind: 'activation' as const,
      title: `Started on ${date(o.date)} before every check was in`,
      date: o.date,
      sources: [{ list: 'activationOverrides', id: o.id }],
      fields: [...field('Date', date(o.date)), ...field('Reason', o.reason), ...field('Missing then', list(o.missing)), ...field('Decided by', o.by)],
    })),
  ];
}

function newsletterItems(identity: Identity, sources: HeldDataSources): HeldItem[] {
  const ids = new Set([...identity.members, ...identity.volunteers].map((p) => p.id));
  return sources.newsletters.flatMap((issue) => {
    const sent = issue.sent?.recipients.find((r) => ids.has(r.personId));
    if (!issue.sent || !sent) return [];
    return [
      {
        id: `newsletter:${issue.id}`,
        kind: 'newsletter' as const,
        title: `${issue.title}, sent ${date(issue.sent.date)}`,
        date: issue.sent.date,
        sources: [{ list: 'newsletters', id: issue.id }],
        fields: [...field('Newsletter', issue.title), ...field('Sent', date(issue.sent.date)), ...field('How', CHANNEL_LABELS[sent.channel])],
      },
    ];
  });
}

/**
 * Case studies are not linked to a record by id: one that names the person in full (any of
 * their records' names) is theirs. A first name alone would catch other people.
 */
function caseStudyItems(identity: Identity, sources: HeldDataSources): HeldItem[] {
  const names = new Set<string>();
  for (const p of [...identity.members, ...identity.volunteers, ...identity.referrals.map((r) => r.person)]) {
    names.add(`${p.firstName} ${p.lastName}`.toLowerCase());
    if ('preferredName' in p && p.preferredName) names.add(`${p.preferredName} ${p.lastName}`.toLowerCase());
  }
  return sources.grants.flatMap((g) =>
    g.caseStudies
      .filter((c) => [...names].some((n) => `${c.title}\n${c.text}`.toLowerCase().includes(n)))
      .map((c) => ({
        id: `case-study:${c.id}`,
        kind: 'case-study' as const,
        title: c.title,
        date: c.createdAt.slice(0, 10),
        sources: [{ list: 'grants', id: g.id }],
        fields: [...field('Title', c.title), ...field('For', `${g.name} (${g.funder})`), ...field('Text', c.text)],
      })),
  );
}

/** The audit entries about any record the other items came from. */
function auditItem(identity: Identity, items: readonly HeldItem[], sources: HeldDataSources): HeldItem[] {
  const ids = new Set<string>([...identity.members, ...identity.volunteers, ...identity.referrals].map((r) => r.id));
  for (const item of items) for (const s of item.sources) if (s.list !== 'groups' && s.list !== 'sessions' && s.list !== 'grants' && s.list !== 'newsletters') ids.add(s.id);
  // Records kept inside the person's own record (consents, loans) are audited under its id.
  const entries = sources.audit.filter((e) => e.entityId !== undefined && ids.has(e.entityId)).sort((a, b) => a.at.localeCompare(b.at));
  if (entries.length === 0) return [];
  return [
    {
      id: 'audit',
      kind: 'audit',
      title: `${entries.length} ${entries.length === 1 ? 'entry' : 'entries'} in the audit log`,
      date: entries[0]!.at.slice(0, 10),
      sources: entries.map((e) => ({ list: 'audit', id: e.id })),
      fields: [],
      table: { columns: ['When', 'Who', 'What'], rows: entries.map((e) => [formatUkDateTime(e.at), e.actor, e.summary]) },
    },
  ];
}

/** Everything held about the person, kinds in print order. Empty when no record of theirs exists. */
export function gatherHeldData(subject: HeldSubject, sources: HeldDataSources): HeldItem[] {
  const identity = resolveIdentity(subject, sources);
  const items: HeldItem[] = [
    ...identity.members.flatMap(memberItems),
    ...identity.volunteers.flatMap(volunteerItems),
    ...identity.referrals.map(referralItem),
    ...groupItems(identity, sources),
    ...attendanceItems(identity, sources),
    ...programmeItems(identity, sources),
    ...questionnaireItems(identity, sources),
    ...complianceItems(identity, sources),
    ...newsletterItems(identity, sources),
    ...caseStudyItems(identity, sources),
  ];
  return sortHeldItems([...items, ...auditItem(identity, items, sources)]);
}
