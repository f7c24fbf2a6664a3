import { RETENTION_DEFAULTS, retentionPeriod } from './retention-defaults';
import { retentionMonthsOf } from './retention-settings';
import type { Settings } from './settings';

/**
 * The words of the privacy notice for members and volunteers (UK GDPR Articles 13 and 14:
 * who we are, what we hold and why, the lawful basis, who we share with, how long we keep it,
 * their rights and how to complain), in plain English from the organisation's Settings. Pure,
 * so the printed notice and any screen showing it say the same; electron/pdf/privacy-notice.ts
 * lays it out.
 */

/** A run of text, bold where it names something a reader looks for. */
export type NoticeText = string | { bold: string };

export interface NoticeSection {
  heading: string;
  paragraphs: NoticeText[][];
  /** Points after the paragraphs, each one line of runs. */
  points?: NoticeText[][];
  /** Paragraphs after the points. */
  after?: NoticeText[][];
}

export interface PrivacyNotice {
  organisationName: string;
  title: string;
  sections: NoticeSection[];
}

export type NoticeDetails = Pick<Settings, 'organisationName' | 'organisationAddress' | 'organisationPhone' | 'organisationEmail' | 'dataProtectionContact' | 'icoRegistration'> &
  Partial<Pick<Settings, 'retentionMonths'>>;

export const ICO_CONTACT = {
  web: 'ico.org.uk/make-a-complaint',
  // No-break spaces: a phone number split over two lines is easily misdialled.
  phone: '0303\u00a0123\u00a01113',
  address: 'Information Commissioner’s Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9\u00a05AF',
} as const;

/** Details the notice is poorer without, by their Settings label: shown before printing. */
export function missingNoticeDetails(d: NoticeDetails): string[] {
  const missing: string[] = [];
  if (!d.organisationName.trim()) missing.push('Organisation name');
  if (!d.organisationAddress?.trim()) missing.push('Address');
  if (!d.organisationPhone?.trim() && !d.organisationEmail?.trim()) missing.push('Phone or email');
  if (!d.dataProtectionContact?.trim()) missing.push('Data protection contact');
  return missing;
}

function whoWeAre(d: NoticeDetails): NoticeSection {
  const name = d.organisationName.trim();
  const contact: NoticeText[][] = [];
  const address = d.organisationAddress?.trim();
  if (address) contact.push([{ bold: 'Write to: ' }, address.split('\n').map((l) => l.trim()).filter(Boolean).join(', ')]);
  if (d.organisationPhone?.trim()) contact.push([{ bold: 'Phone: ' }, d.organisationPhone.trim().replace(/\s+/g, '\u00a0')]);
  if (d.organisationEmail?.trim()) contact.push([{ bold: 'Email: ' }, d.organisationEmail.trim()]);
  const asker = d.dataProtectionContact?.trim();
  const paragraphs: NoticeText[][] = [
    [`${name ? `${name} is` : 'We are'} responsible for the information we keep about you. The law calls us the “data controller”.`],
    asker ? ['For any question about your information, ask ', { bold: asker }, '.'] : ['For any question about your information, ask us using the details below.'],
  ];
  const after: NoticeText[][] = d.icoRegistration?.trim() ? [[`We are registered with the Information Commissioner’s Office (ICO), number `, { bold: d.icoRegistration.trim() }, '.']] : [];
  return { heading: 'Who we are', paragraphs, ...(contact.length > 0 ? { points: contact } : {}), after };
}

const WHAT_WE_KEEP: NoticeSection = {
  heading: 'What we keep about you',
  paragraphs: [],
  points: [
    [
      { bold: 'If you are a member: ' },
      'your name, contact details, date of birth and emergency contact; who referred you; how you would like to hear from us; the groups and sessions you come to; notes of the support you get; the questionnaires you fill in about how you are feeling; any device we lend you; and what you have agreed to.',
    ],
    [
      { bold: 'If you volunteer with us: ' },
      'your name, contact details, date of birth and emergency contact; your roles and when you are free; your training, supervision, hours and expenses; and the date, outcome and certificate number of your DBS check.',
    ],
  ],
  after: [
    [
      'Some of this needs extra care. The law calls it “special category” information: your ',
      { bold: 'health' },
      ', including your mental health, and — only if you choose to tell us — your ',
      { bold: 'ethnic background' },
      ', religion, sexual orientation and other equality monitoring answers. You never have to answer equality questions, and “prefer not to say” is always fine.',
    ],
  ],
};

const WHY_AND_THE_LAW: NoticeSection = {
  heading: 'Why we keep it, and the law that allows it',
  paragraphs: [['We only keep what we need. The UK GDPR lists the reasons that make using information lawful; these are ours:']],
  points: [
    [
      { bold: 'To support you, run our groups and keep people safe' },
      ': our “legitimate interests” (Article 6(1)(f)). We have checked that this does not override your own interests and rights.',
    ],
    [
      { bold: 'To send you our newsletter by email or text, use photos of you, or publish your story' },
      ': only with your consent (Article 6(1)(a)). You can withdraw it at any time; we note the date and stop.',
    ],
    [{ bold: 'To meet our legal duties' }, ', such as checks for volunteers who work with people at risk, and records of expenses paid: “legal obligation” (Article 6(1)(c)).'],
    [{ bold: 'In an emergency' }, ', to protect someone’s life: “vital interests” (Article 6(1)(d)).'],
  ],
  after: [
    ['Special category information needs a second reason as well (Article 9):'],
    [
      { bold: 'Health: ' },
      'we are a not-for-profit body, and we use it only to support our members and people in regular contact with us, with safeguards, and never share it outside the charity without your consent (Article 9(2)(d)). Where that does not cover it, we ask for your explicit consent (Article 9(2)(a)).',
    ],
    [
      { bold: 'Ethnic background and other equality answers: ' },
      'to check we treat everyone fairly and reach everyone we should — “equality of opportunity or treatment” (Article 9(2)(g) and the Data Protection Act 2018, Schedule 1, paragraph 8). We use them only as anonymous totals.',
    ],
    [
      { bold: 'DBS checks: ' },
      'information about criminal records is used only to keep the people we support safe, as the Data Protection Act 2018 allows (Article 10 and Schedule 1).',
    ],
  ],
};

const WHO_WE_SHARE_WITH: NoticeSection = {
  heading: 'Who we share it with',
  paragraphs: [[{ bold: 'We never sell your information' }, ' or give it to anyone for their marketing.']],
  points: [
    ['Funders see numbers, never names. Numbers under 5 are hidden, so no one can be picked out.'],
    ['Your GP, the person who referred you or another service: only if you agree — unless someone is at serious risk of harm, when we may have to share without asking.'],
    ['Volunteers’ DBS checks go through the Disclosure and Barring Service.'],
    ['Anyone the law says we must tell, such as a court.'],
  ],
  after: [['Our records are kept on our own computer, not on an online system.']],
};

/** The periods Settings → Retention holds (the defaults until changed), so the notice promises what Peer Desk lists for erasing. */
function howLong(d: NoticeDetails): NoticeSection {
  const months = retentionMonthsOf(d);
  return {
    heading: 'How long we keep it',
    paragraphs: [['We keep information only as long as we need it:']],
    points: RETENTION_DEFAULTS.map((r) => [{ bold: `${r.what}: ` }, `${retentionPeriod(months[r.id])} after ${r.after}.`]),
    after: [['Then we delete it. Figures we have already given to funders stay the same, with no name attached.']],
  };
}

function yourRights(d: NoticeDetails): NoticeSection {
  const asker = d.dataProtectionContact?.trim();
  return {
    heading: 'Your rights',
    paragraphs: [['You have the right:']],
    points: [
      ['to ', { bold: 'see' }, ' the information we keep about you and have a copy (we answer within one month);'],
      ['to have anything wrong ', { bold: 'corrected' }, ';'],
      ['to have your information ', { bold: 'deleted' }, ';'],
      ['to ', { bold: 'object' }, ' to how we use it, or ask us to use it less;'],
      ['to have it in a form you can ', { bold: 'take to another organisation' }, ';'],
      ['to ', { bold: 'withdraw your consent' }, ' at any time.'],
    ],
    after: [
      asker ? ['To use any of these rights, ask ', { bold: asker }, '. It is free.'] : ['To use any of these rights, ask us. It is free.'],
      [
        { bold: 'To complain: ' },
        `please tell us first, so we can put it right. You can also complain to the Information Commissioner’s Office (ICO): `,
        { bold: ICO_CONTACT.web },
        ', phone ',
        { bold: ICO_CONTACT.phone },
        `, or write to the ${ICO_CONTACT.address}.`,
      ],
    ],
  };
}

export function privacyNotice(d: NoticeDetails): PrivacyNotice {
  return {
    organisationName: d.organisationName.trim(),
    title: 'How we use your information',
    sections: [whoWeAre(d), WHAT_WE_KEEP, WHY_AND_THE_LAW, WHO_WE_SHARE_WITH, howLong(d), yourRights(d)],
  };
}
