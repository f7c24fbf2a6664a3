import { fold } from '../text';
import type { Consent } from './consents';
import type { Member } from './members';
import type { Channel, PersonType } from './newsletters';
import { displayName, type Address } from './person';
import type { Volunteer } from './volunteers';

/**
 * Who gets the newsletter, and how, from what people told us.
 *
 * Members: their newsletter preference (email, post, large print, none), current members
 * and former members alike — someone who left but kept a preference other than "none" opted
 * in to hearing from us. Volunteers (not those who have left): by email if they gave consent
 * to email, else by post if they asked for post (a contact preference or a consent).
 *
 * Email is marketing under PECR and UK GDPR, so it needs consent on record, for members and
 * volunteers alike: a consent that is not withdrawn and covers email — its wording mentions
 * email ("Newsletter by email", "Contact by email"), or mentions the newsletter without
 * naming another way of sending it ("Newsletter"). A volunteer's contact preference is not
 * consent: one who chose email but has no consent on record is listed as "no consent".
 * Someone who withdrew such a consent (and gave none since) has opted out. Post needs no
 * consent, but someone who withdrew a consent covering post ("Contact by post", "Newsletter
 * by post") or the newsletter in general has opted out of post too.
 *
 * Anyone who cannot be sent it is listed with the reason, so the coordinator can put it right.
 */

export const EXCLUSION_REASONS = ['opted-out', 'withdrawn', 'no-consent', 'no-email', 'no-address', 'left', 'duplicate'] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];
export const EXCLUSION_LABELS: Record<ExclusionReason, string> = {
  'opted-out': 'Opted out (no newsletter, or no contact by email or post)',
  withdrawn: 'Withdrew their consent',
  'no-consent': 'No recorded consent to email',
  'no-email': 'No email address',
  'no-address': 'No postal address (needs address line 1 and postcode)',
  left: 'Volunteer who has left',
  duplicate: 'Already gets it as a member (linked record)',
};

export interface Recipient {
  personId: string;
  personType: PersonType;
  name: string;
  channel: Channel;
  /** Email recipients. */
  email?: string;
  /** Post and large-print recipients: the address as it goes on the envelope. */
  addressLines?: string[];
  /** A member who has left and kept a newsletter preference. */
  former: boolean;
}

export interface Exclusion {
  personId: string;
  personType: PersonType;
  name: string;
  /** How they would have had it, when they asked for it at all. */
  wanted?: Channel;
  reason: ExclusionReason;
  /** The date a consent was withdrawn, for "withdrawn". */
  withdrawnOn?: string;
}

export interface RecipientList {
  recipients: Recipient[];
  excluded: Exclusion[];
}

type ConsentCover = 'email' | 'post';

const EMAIL_WORDS = /\be-?mails?\b/;
const POST_WORDS = /\b(post|postal|letters?|paper|printed|print|large print)\b/;
const OTHER_CHANNEL_WORDS = /\b(text|sms|phone|calls?|whatsapp)\b/;

/** The ways of sending a consent's wording covers ("Newsletter by email" covers email only). */
export function consentCovers(what: string): ConsentCover[] {
  const words = fold(what);
  const covers: ConsentCover[] = [];
  if (EMAIL_WORDS.test(words)) covers.push('email');
  if (POST_WORDS.test(words) && /\b(newsletters?|contact)\b/.test(words)) covers.push('post');
  if (covers.length === 0 && /\bnewsletters?\b/.test(words) && !OTHER_CHANNEL_WORDS.test(words)) covers.push('email', 'post');
  return covers;
}

export type ConsentState = { state: 'given' } | { state: 'withdrawn'; on: string } | { state: 'none' };

/** Whether someone's consents allow sending one way: any standing consent wins over a withdrawn one. */
export function consentFor(consents: readonly Consent[], cover: ConsentCover): ConsentState {
  const relevant = consents.filter((c) => consentCovers(c.what).includes(cover));
  if (relevant.some((c) => !c.withdrawn)) return { state: 'given' };
  const withdrawn = relevant.map((c) => c.withdrawn).filter((d): d is string => Boolean(d)).sort();
  const last = withdrawn[withdrawn.length - 1];
  return last ? { state: 'withdrawn', on: last } : { state: 'none' };
}

/** Address lines for an envelope: each field on its own line, lines typed inside a field kept. */
export function postalLines(address: Address): string[] | undefined {
  if (!address.line1?.trim() || !address.postcode?.trim()) return undefined;
  return [address.line1, address.line2, address.town, address.postcode]
    .flatMap((field) => (field ?? '').split('\n'))
    .map((line) => line.trim())
    .filter(Boolean);
}

function usableEmail(email: string | undefined): string | undefined {
  const e = email?.trim();
  return e && e.includes('@') ? e : undefined;
}

function memberEntry(m: Member): Recipient | Exclusion {
  const base = { personId: m.id, personType: 'member' as const, name: displayName(m) };
  if (m.newsletter === 'none') return { ...base, reason: 'opted-out' };
  const channel: Channel = m.newsletter;
  const cover: ConsentCover = channel === 'email' ? 'email' : 'post';
  const consent = consentFor(m.consents, cover);
  if (consent.state === 'withdrawn') return { ...base, wanted: channel, reason: 'withdrawn', withdrawnOn: consent.on };
  const former = m.status === 'left';
  if (channel === 'email') {
    const email = usableEmail(m.email);
    if (!email) return { ...base, wanted: channel, reason: 'no-email' };
    if (consent.state !== 'given') return { ...base, wanted: channel, reason: 'no-consent' };
    return { ...base, channel, email, former };
  }
  const addressLines = postalLines(m.address);
  if (!addressLines) return { ...base, wanted: channel, reason: 'no-address' };
  return { ...base, channel, addressLines, former };
}

function volunteerEntry(v: Volunteer): Recipient | Exclusion {
  const base = { personId: v.id, personType: 'volunteer' as const, name: displayName(v) };
  if (v.status === 'left') return { ...base, reason: 'left' };
  const byEmail = consentFor(v.consents, 'email');
  const byPost = consentFor(v.consents, 'post');
  const email = usableEmail(v.email);
  const addressLines = postalLines(v.address);
  // Post needs no consent: asking for it is enough, unless they withdrew consent to post.
  const wantsPost = byPost.state === 'given' || (byPost.state === 'none' && v.contactPreferences.includes('post'));
  if (byEmail.state === 'given' && email) return { ...base, channel: 'email', email, former: false };
  if (wantsPost && addressLines) return { ...base, channel: 'post', addressLines, former: false };
  if (byEmail.state === 'given') return { ...base, wanted: 'email', reason: 'no-email' };
  if (wantsPost) return { ...base, wanted: 'post', reason: 'no-address' };
  const withdrawn = byEmail.state === 'withdrawn' ? { wanted: 'email' as const, on: byEmail.on } : byPost.state === 'withdrawn' ? { wanted: 'post' as const, on: byPost.on } : null;
  if (withdrawn) return { ...base, wanted: withdrawn.wanted, reason: 'withdrawn', withdrawnOn: withdrawn.on };
  if (v.contactPreferences.includes('email')) return { ...base, wanted: 'email', reason: 'no-consent' };
  return { ...base, reason: 'opted-out' };
}

/**
 * Current volunteers with no consent to email on record, given or withdrawn — the people to
 * ask — and how many of them chose email as a way to contact them. Consent logs began empty
 * (volunteers v2), so without this count volunteers could drop off the email list unseen.
 */
export function volunteersWithoutEmailConsent(volunteers: readonly Volunteer[]): { total: number; choseEmail: number } {
  let total = 0;
  let choseEmail = 0;
  for (const v of volunteers) {
    if (v.status === 'left' || consentFor(v.consents, 'email').state !== 'none') continue;
    total += 1;
    if (v.contactPreferences.includes('email')) choseEmail += 1;
  }
  return { total, choseEmail };
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base' });
const byName = (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name);

/**
 * Everyone on record sorted into recipients and people left out. A person who is both a
 * member and a volunteer (linked records) gets one copy, as a member — unless the member
 * record cannot be sent to and the volunteer one can. Saying no is about the person, not
 * the record: a member who opted out or withdrew consent is not sent it as a volunteer.
 */
export function newsletterRecipients(members: readonly Member[], volunteers: readonly Volunteer[]): RecipientList {
  const recipients: Recipient[] = [];
  const excluded: Exclusion[] = [];
  const coveredVolunteers = new Set<string>();
  const refusedVolunteers = new Map<string, Exclusion>();
  for (const m of members) {
    const entry = memberEntry(m);
    if ('channel' in entry) {
      recipients.push(entry);
      if (m.volunteerId) coveredVolunteers.add(m.volunteerId);
    } else {
      excluded.push(entry);
      if (m.volunteerId && (entry.reason === 'opted-out' || entry.reason === 'withdrawn')) refusedVolunteers.set(m.volunteerId, entry);
    }
  }
  for (const v of volunteers) {
    if (coveredVolunteers.has(v.id)) {
      excluded.push({ personId: v.id, personType: 'volunteer', name: displayName(v), reason: 'duplicate' });
      continue;
    }
    const refused = refusedVolunteers.get(v.id);
    if (refused) {
      excluded.push({ ...refused, personId: v.id, personType: 'volunteer', name: displayName(v) });
      continue;
    }
    const entry = volunteerEntry(v);
    if ('channel' in entry) recipients.push(entry);
    else excluded.push(entry);
  }
  return { recipients: recipients.sort(byName), excluded: excluded.sort(byName) };
}

/**
 * The email list: email recipients only, one line per address (two records sharing an
 * address get one email). Nobody without email consent is ever in it, by construction.
 */
export function emailList(list: RecipientList): { name: string; email: string }[] {
  const seen = new Set<string>();
  const out: { name: string; email: string }[] = [];
  for (const r of list.recipients) {
    if (r.channel !== 'email' || !r.email) continue;
    const key = r.email.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ name: r.name, email: r.email });
  }
  return out;
}

export function channelCounts(recipients: readonly Pick<Recipient, 'channel'>[]): Record<Channel, number> {
  const counts: Record<Channel, number> = { email: 0, post: 0, 'large-print': 0 };
  for (const r of recipients) counts[r.channel] += 1;
  return counts;
}
