import { format, addMonths } from 'date-fns';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Download } from '@playwright/test';
import type { NewsletterRecipients } from '../../shared/api';
import { testPng } from '../factories/newsletters';
import { expect, expectAccessible, keepScreenshot, test, type PeerDesk } from './support/fixtures';
import { App } from './support/pages/app';
import { NewsletterIssue, NewslettersList } from './support/pages/newsletters';
import { withSampleData } from './support/setup';

/** Reads a downloaded PDF back as text, as a person would read the page. */
async function pdfText(download: Download, path: string): Promise<string> {
  await download.saveAs(path);
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

/** Every word of a PDF with its page and top edge in points. */
function pdfWords(path: string): { page: number; y: number; text: string }[] {
  const html = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8' });
  const words: { page: number; y: number; text: string }[] = [];
  let page = 0;
  for (const m of html.matchAll(/<page |<word xMin="[\d.]+" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)) {
    if (m[0] === '<page ') page += 1;
    else words.push({ page, y: Number(m[1]), text: m[2]! });
  }
  return words;
}

const mm = (n: number) => (n * 72) / 25.4;

const ARTICLE = {
  heading: 'Finding my voice again',
  author: 'Siân Llŷr',
  body: 'When I first **came** I did not say a word. 🌈\n\nWhat helped:\n- the tea\n- the people',
  alt: 'Members planting bulbs in the community garden',
};

test("a coordinator writes a newsletter: an article with a picture, what's on from the groups' schedules, and the preview in both sizes", async ({ page, peerDesk }) => {
  test.setTimeout(120_000);
  const nextMonth = addMonths(new Date(), 1);
  await withSampleData(peerDesk);

  // The list, and a new issue.
  const list = await NewslettersList.open(await App.openAtHome(page, peerDesk));
  await expect(page.getByText('No newsletters yet.')).toBeVisible();
  await expectAccessible(page);
  const details = await new NewsletterIssue(page).openDialog('New newsletter');
  await details.getByRole('button', { name: 'Start newsletter' }).click();
  await expect(details.getByText('Enter a title, like "Winter 2026"').first()).toBeVisible();
  await details.getByLabel('Issue date').fill('31/02/2026');
  await details.getByLabel('Title').fill('Winter 2026');
  await details.getByRole('button', { name: 'Start newsletter' }).click();
  await expect(details.getByText('Enter the issue date as dd/mm/yyyy, like 23/11/2026').first()).toBeVisible();
  await expect(details.getByLabel('Title')).toHaveValue('Winter 2026');
  await expectAccessible(page);
  await keepScreenshot(page, 'newsletter-new');
  await details.getByLabel('Issue date').fill(format(new Date(), 'dd/MM/yyyy'));
  await details.getByRole('button', { name: 'Start newsletter' }).click();
  await expect(list.heading('Winter 2026')).toBeVisible();
  const issue = new NewsletterIssue(page);
  await expect(page.getByText('No sections yet.')).toBeVisible();
  // (The issue page is scanned below, once it has sections.)

  // A member's article, with bold from the toolbar and a picture with its description.
  await issue.addSection();
  await page.getByLabel('Kind of section').selectOption({ label: "Member's article" });
  await page.getByRole('button', { name: 'Save section' }).click();
  const summary = issue.errorSummary;
  await expect(summary).toContainText('Enter a heading');
  await expect(summary).toContainText('Enter who wrote the article');
  await page.getByLabel('Heading').fill('Finding my voice again');
  await page.getByLabel('Author').fill('Siân Llŷr');
  await page.getByLabel('Member agreed to publish').check();
  const text = page.getByLabel('Text', { exact: true });
  await text.fill('When I first came I did not say a word. 🌈\n\nWhat helped:\nthe tea\nthe people');
  await text.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(12, 17));
  await page.getByRole('button', { name: 'Bold' }).click();
  await expect(text).toHaveValue(/When I first \*\*came\*\* I did not/);
  await text.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(el.value.indexOf('the tea'), el.value.length));
  await page.getByRole('button', { name: 'Bullet list' }).click();
  await expect(text).toHaveValue(/- the tea\n- the people$/);
  await page.getByLabel('Choose a picture').setInputFiles({ name: 'garden.png', mimeType: 'image/png', buffer: testPng(600, 400, { noisy: true }) });
  await expect(page.getByRole('button', { name: 'Remove picture' })).toBeVisible();
  await page.getByRole('button', { name: 'Save section' }).click();
  await expect(summary).toContainText('Enter what the picture shows (for people who cannot see it)');
  await page.getByLabel('What the picture shows').fill('Members planting bulbs in the community garden');
  const preview = page.getByRole('region', { name: 'How the text will look' });
  await expect(preview.locator('strong')).toHaveText('came');
  await expect(preview.getByRole('listitem')).toHaveText(['the tea', 'the people']);
  await expectAccessible(page);
  await keepScreenshot(page, 'newsletter-section-form');
  await page.getByRole('button', { name: 'Save section' }).click();
  await expect(issue.heading('Winter 2026')).toBeVisible();
  await expect(page.getByRole('status')).toContainText('Added “Finding my voice again”.');
  await expect(page.getByRole('img', { name: 'Members planting bulbs in the community garden' })).toBeVisible();

  // What's on, filled from the groups' schedules for next month, then moved to the top.
  const whatsOn = await issue.openDialog("Fill what's on");
  await whatsOn.getByLabel('Month').fill(format(nextMonth, 'yyyy-MM'));
  await expectAccessible(page);
  await keepScreenshot(page, 'newsletter-whats-on');
  await whatsOn.getByRole('button', { name: "Fill what's on" }).click();
  const monthHeading = `What's on in ${format(nextMonth, 'MMMM yyyy')}`;
  await expect(page.getByRole('heading', { level: 3, name: monthHeading })).toBeVisible();
  await expect(issue.sections.nth(1)).toContainText(/Every \w+day, \d{2}:\d{2}–\d{2}:\d{2}/);
  await page.getByRole('button', { name: `Move up “${monthHeading}”` }).click();
  await expect(issue.sections.locator('h3')).toHaveText([monthHeading, 'Finding my voice again']);
  await expect(page.getByRole('button', { name: `Move down “${monthHeading}”` })).toBeFocused();
  // Filling again would overwrite it: it asks first.
  await page.getByRole('button', { name: "Fill what's on" }).click();
  await whatsOn.getByLabel('Month').fill(format(nextMonth, 'yyyy-MM'));
  await whatsOn.getByRole('button', { name: "Fill what's on" }).click();
  await expect(whatsOn.getByRole('alert')).toContainText('already has text');
  await expectAccessible(page);
  await whatsOn.getByRole('button', { name: 'Cancel' }).click();
  await expectAccessible(page);
  await keepScreenshot(page, 'newsletter-issue');

  // The preview, in both sizes.
  await issue.preview('Winter 2026');
  await expect(page.getByRole('article')).toContainText('By Siân Llŷr');
  await expectAccessible(page);
  await keepScreenshot(page, 'newsletter-preview');
  await page.getByLabel('Large print').check();
  await expect(page.locator('.nl-preview--large')).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, 'newsletter-preview-large');
  await page.getByRole('link', { name: 'Back to the newsletter' }).click();
  await expect(issue.heading('Winter 2026')).toBeVisible();

  // What was written is what the next test puts in through the API.
  const [listed] = await peerDesk.call<{ id: string }[]>('newsletters.list');
  const written = await peerDesk.call<{ issue: { sections: { heading: string; author?: string; body: string; publishAgreed?: boolean }[] } }>('newsletters.get', { id: listed!.id });
  expect(written.issue.sections.find((s) => s.heading === ARTICLE.heading)).toMatchObject({ author: ARTICLE.author, body: ARTICLE.body, publishAgreed: true });
});

/** The newsletter the test above writes, put in through the API: an article with a picture, and what's on. */
async function writtenNewsletter(desk: PeerDesk, whatsOnMonth: Date): Promise<string> {
  const issue = await desk.call<{ id: string }>('newsletters.create', { issue: { title: 'Winter 2026', date: format(new Date(), 'yyyy-MM-dd') } });
  const image = { mimeType: 'image/png', base64: testPng(600, 400, { noisy: true }).toString('base64'), alt: ARTICLE.alt };
  await desk.call('newsletters.saveSection', {
    id: issue.id,
    section: { kind: 'article', heading: ARTICLE.heading, author: ARTICLE.author, publishAgreed: true, body: ARTICLE.body, image },
  });
  await desk.call('newsletters.fillWhatsOn', { id: issue.id, month: format(whatsOnMonth, 'yyyy-MM') });
  return issue.id;
}

test('a newsletter goes out: both prints, labels from label 8 of a used sheet, the email list, and marked as sent', async ({ page, peerDesk }, testInfo) => {
  test.setTimeout(120_000);
  const nextMonth = addMonths(new Date(), 1);
  const monthHeading = `What's on in ${format(nextMonth, 'MMMM yyyy')}`;
  await withSampleData(peerDesk);
  await writtenNewsletter(peerDesk, nextMonth);
  const list = await NewslettersList.open(await App.openAtHome(page, peerDesk));
  const issue = await list.openIssue('Winter 2026');
  await expect(issue.heading('Winter 2026')).toBeVisible();
  await expect(issue.sections).toHaveCount(2);

  // Both prints.
  const standardDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Standard print PDF' }).click();
  const standard = await pdfText(await standardDownload, testInfo.outputPath('standard.pdf'));
  expect(standard).toContain('Winter 2026');
  expect(standard).toContain('Finding my voice again');
  expect(standard).toContain('By Siân Llŷr');
  expect(standard).toContain(monthHeading);
  expect(standard).not.toMatch(/\p{Extended_Pictographic}/u);
  const largeDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Large print PDF' }).click();
  const largeFile = await largeDownload;
  expect(largeFile.suggestedFilename()).toBe('newsletter-winter-2026-large-print.pdf');
  const large = await pdfText(largeFile, testInfo.outputPath('large.pdf'));
  expect(large).toContain('Finding my voice again');
  expect(Number(/Page 1 of (\d+)/.exec(large)?.[1])).toBeGreaterThan(Number(/Page 1 of (\d+)/.exec(standard)?.[1]));

  // Labels on a part-used L7160 sheet, from label 8.
  const recipients = await peerDesk.call<NewsletterRecipients>('newsletters.recipients');
  const postal = recipients.counts.post + recipients.counts['large-print'];
  expect(postal).toBeGreaterThan(14);
  await page.getByRole('button', { name: 'Print labels' }).click();
  const labels = page.getByRole('dialog', { name: 'Print address labels' });
  await expect(labels.getByLabel(/Avery L7160/)).toBeChecked();
  await labels.getByLabel('Start at label').fill('22');
  await labels.getByRole('button', { name: 'Print labels' }).click();
  await expect(labels.getByText('Enter a label number from 1 to 21').first()).toBeVisible();
  await labels.getByLabel('Start at label').fill('8');
  await expect(labels.getByText(`${postal} labels, starting at label 8 of the first sheet (labels 1 to 7 already used)`)).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, 'newsletter-labels');
  const labelsDownload = page.waitForEvent('download');
  await labels.getByRole('button', { name: 'Print labels' }).click();
  const labelsPath = testInfo.outputPath('labels.pdf');
  const labelText = await pdfText(await labelsDownload, labelsPath);
  expect(labelText).toMatch(/[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}/);
  const firstSheet = pdfWords(labelsPath).filter((w) => w.page === 1);
  // Rows 1 and 2 and the first label of row 3 are used: nothing prints above row 3.
  expect(Math.min(...firstSheet.map((w) => w.y))).toBeGreaterThan(mm(15.15 + 2 * 38.1));
  await expect(page.getByRole('status')).toContainText(`${postal} labels on ${Math.ceil((7 + postal) / 21)} sheets`);

  // The email list: only people who agreed to emails.
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export email list' }).click();
  const csvPath = testInfo.outputPath('emails.csv');
  await (await csvDownload).saveAs(csvPath);
  const rows = Papa.parse<string[]>((await readFile(csvPath, 'utf8')).replace(/^\uFEFF/, '').trim()).data;
  expect(rows[0]).toEqual(['Name', 'Email']);
  const exported = new Set(rows.slice(1).map((r) => r[1]!.toLowerCase()));
  const consented = new Set(recipients.recipients.filter((r) => r.channel === 'email').map((r) => r.email!.toLowerCase()));
  expect(exported.size).toBe(recipients.emailListCount);
  expect(exported.size).toBeGreaterThan(10);
  for (const email of exported) expect(consented.has(email), `${email} has not agreed to emails`).toBe(true);
  await page.getByText('Show who is left out, and why').click();
  await expect(page.getByRole('table', { name: 'People left out of this newsletter' })).toContainText('Opted out');
  await expectAccessible(page);

  // Mark as sent: who it went to, by channel.
  await page.getByRole('button', { name: 'Mark as sent' }).click();
  const sent = page.getByRole('dialog', { name: 'Mark this newsletter as sent?' });
  await expect(sent).toContainText(`It will be recorded as sent to ${recipients.total} people`);
  await expectAccessible(page);
  await keepScreenshot(page, 'newsletter-mark-sent');
  await sent.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Sent to ${recipients.total} people` })).toBeVisible();
  await page.getByText('Show everyone it went to').click();
  await expect(page.getByRole('heading', { level: 3, name: `Email (${recipients.counts.email})` })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: `Post (${recipients.counts.post})` })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: `Large print by post (${recipients.counts['large-print']})` })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add section' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Make a copy to edit' })).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, 'newsletter-sent');

  const sentList = await NewslettersList.open(issue);
  await expect(sentList.row('Winter 2026')).toContainText('Sent');
  await expect(sentList.row('Winter 2026')).toContainText(`${format(new Date(), 'dd/MM/yyyy')} to ${recipients.total} people`);
  await keepScreenshot(page, 'newsletters-list');
});

test('the newsletter pages work at the large text size', async ({ page, peerDesk }) => {
  test.setTimeout(90_000);
  await peerDesk.call('system.startEmpty');
  await peerDesk.call('settings.update', { organisationName: 'Cymdeithas Cymorth Cymheiriaid Llanfairpwllgwyngyll', textSize: 'large' });
  const issue = await peerDesk.call<{ id: string }>('newsletters.create', { issue: { title: 'Rhifyn y Gaeaf / Winter issue with a very long title indeed 2026', date: '2026-12-01' } });
  await peerDesk.call('newsletters.saveSection', {
    id: issue.id,
    section: { kind: 'article', heading: 'Zoë Ó Súilleabháin on Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch', author: 'Zoë Ó Súilleabháin', body: `${'A long paragraph of words. '.repeat(40)}\n\n- one\n- two` },
  });
  const app = await App.openAtHome(page, peerDesk);
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
  const list = await NewslettersList.open(app);
  await expectAccessible(page);
  await keepScreenshot(page, 'newsletters-list-large-text');
  await list.openIssue(/Rhifyn y Gaeaf/);
  await expect(page.getByText('no record that the member agreed to publish')).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, 'newsletter-issue-large-text');
  // Nothing runs off the side of the page.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.getByRole('button', { name: /^Edit/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit section' })).toBeVisible();
  await expect(page.getByLabel('Author')).toHaveValue('Zoë Ó Súilleabháin');
  await expectAccessible(page);
  await keepScreenshot(page, 'newsletter-section-form-large-text');
  // A link, from the Link button: a bare address gets https:// added.
  await page.getByLabel('Text', { exact: true }).evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(0, 0));
  await page.getByRole('button', { name: 'Link', exact: true }).click();
  const link = page.getByRole('dialog', { name: 'Add a link' });
  await link.getByLabel('Words to show').fill('Mind Cymru');
  await link.getByLabel('Web or email address').fill('not an address');
  await link.getByRole('button', { name: 'Add link' }).click();
  await expect(link.getByText('Enter a web address like www.example.org, or an email address').first()).toBeVisible();
  await expectAccessible(page);
  await link.getByLabel('Web or email address').fill('www.mind.org.uk/cymru');
  await link.getByRole('button', { name: 'Add link' }).click();
  await expect(page.getByLabel('Text', { exact: true })).toHaveValue(/^\[Mind Cymru\]\(https:\/\/www\.mind\.org\.uk\/cymru\)A long paragraph/);
  // A photo straight off a phone: far over 1 MB, so it is made smaller before it is kept.
  const photo = testPng(2400, 1600, { noisy: true });
  expect(photo.length).toBeGreaterThan(1_000_000);
  await page.getByLabel('Choose a picture').setInputFiles({ name: 'IMG_2041.png', mimeType: 'image/png', buffer: photo });
  await expect(page.getByRole('button', { name: 'Remove picture' })).toBeVisible({ timeout: 15_000 });
  await page.getByLabel('What the picture shows').fill('The Tuesday group on the beach at Barry Island');
  await page.getByRole('button', { name: 'Save section' }).click();
  await expect(page.getByRole('img', { name: 'The Tuesday group on the beach at Barry Island' })).toBeVisible();
  const stored = await peerDesk.call<{ issue: { sections: { image?: { mimeType: string; base64: string } }[] } }>('newsletters.get', { id: issue.id });
  const kept = stored.issue.sections[0]!.image!;
  expect(kept.mimeType).toBe('image/jpeg');
  expect(Buffer.from(kept.base64, 'base64').length).toBeLessThanOrEqual(1_000_000);
  await expect(page.getByRole('link', { name: 'Mind Cymru' })).toHaveAttribute('href', 'https://www.mind.org.uk/cymru');

  // The dialogs that change or delete things ask first, and are accessible too.
  await page.getByRole('button', { name: 'Change title or date' }).click();
  await expect(page.getByRole('dialog', { name: 'Change title or date' }).getByLabel('Issue date')).toHaveValue('01/12/2026');
  await expectAccessible(page);
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: /^Delete “Zoë/ }).click();
  await expect(page.getByRole('dialog', { name: 'Delete this section?' })).toContainText('and its text and picture will be taken out');
  await expectAccessible(page);
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Delete draft' }).click();
  await expect(page.getByRole('dialog', { name: 'Delete this draft?' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('.nl-section')).toHaveCount(1);
  await page.getByRole('button', { name: 'Print labels' }).click();
  await expect(page.getByRole('dialog', { name: 'Print address labels' })).toContainText('Nobody gets this newsletter by post');
  await expectAccessible(page);
  await keepScreenshot(page, 'newsletter-labels-large-text');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Mark as sent' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Mark as sent' }).click();
  await expect(page.getByRole('dialog').getByRole('alert')).toContainText('has no record that the author agreed to publish');
  await expectAccessible(page);
  await keepScreenshot(page, 'newsletter-mark-sent-large-text');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Preview' }).click();
  await page.getByLabel('Large print').check();
  await expectAccessible(page);
  await keepScreenshot(page, 'newsletter-preview-large-text');
});
