import type { Locator } from '@playwright/test';
import { expect } from '../fixtures';
import { App } from './app';

/** Reports: the list of grants. */
export class ReportsList extends App {
  static async open(app: App): Promise<ReportsList> {
    await app.goTo('Grants & reports');
    return new ReportsList(app.page);
  }

  grant(name: string): Locator {
    return this.page.getByRole('link', { name });
  }

  row(name: string): Locator {
    return this.page.getByRole('row', { name: new RegExp(name) });
  }

  async openGrant(name: string): Promise<GrantPage> {
    await this.grant(name).click();
    await expect(this.heading(name)).toBeVisible();
    return new GrantPage(this.page);
  }

  async addGrant(): Promise<GrantForm> {
    await this.page.getByRole('button', { name: 'Add grant' }).click();
    await expect(this.heading('Add grant')).toBeVisible();
    return new GrantForm(this.page);
  }
}

/** Add grant / Edit grant. */
export class GrantForm extends App {
  get groups(): Locator {
    return this.page.getByRole('group', { name: 'Groups the grant funds' });
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save grant' }).click();
  }
}

/** A grant: its periods, case studies and reports. */
export class GrantPage extends App {
  get caseStudyDialog(): Locator {
    return this.dialog('Add a case study');
  }

  async addCaseStudy(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Add case study' }).click();
    await expect(this.caseStudyDialog).toBeVisible();
    return this.caseStudyDialog;
  }

  /** "Create report" for the next period, or for the one a button names. */
  async createReport(button: string | RegExp = 'Create report'): Promise<ReportForm> {
    await this.page.getByRole('button', { name: button, exact: typeof button === 'string' }).click();
    await expect(this.heading('Create report')).toBeVisible();
    return new ReportForm(this.page);
  }
}

/** Create report: the period, case studies and progress towards the outcomes. */
export class ReportForm extends App {
  /** Creates the report and waits for it to open under its title. */
  async create(title?: string | RegExp): Promise<ReportPage> {
    await this.page.getByRole('button', { name: 'Create report' }).click();
    if (title !== undefined) await expect(this.heading(title)).toBeVisible();
    return new ReportPage(this.page);
  }
}

/** A funder report: figures, charts, case studies, and its PDF and CSV. */
export class ReportPage extends App {
  /** The two value cells (this period, to date) of a row in a figures table, by the start of its heading. */
  async figure(label: string): Promise<[string, string]> {
    const row = this.page
      .locator('table.figures tbody tr')
      .filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${label}`) }) })
      .first();
    const cells = row.locator('td');
    return [(await cells.nth(0).innerText()).trim(), (await cells.nth(1).innerText()).trim()];
  }

  get downloadPdfButton(): Locator {
    return this.page.getByRole('button', { name: 'Download PDF' });
  }

  get downloadCsvButton(): Locator {
    return this.page.getByRole('button', { name: 'Download CSV' });
  }

  /** The grant's and the report's ids, from the address (#/reports/<grant>/reports/<report>). */
  ids(): { grantId: string; reportId: string } {
    const m = /#\/reports\/([^/]+)\/reports\/([^/?]+)/.exec(this.page.url());
    if (!m?.[1] || !m[2]) throw new Error(`Not on a report page: ${this.page.url()}`);
    return { grantId: m[1], reportId: m[2] };
  }

  /** Opens "Mark as sent" and returns its dialog. */
  async openMarkAsSent(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Mark as sent' }).click();
    const dialog = this.dialog('Mark this report as sent?');
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** "Sent on 12/01/2027 to …" */
  sentHeading(recipient: string): Locator {
    return this.page.getByRole('heading', { level: 2, name: new RegExp(`^Sent on \\d\\d/\\d\\d/\\d{4} to ${recipient.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
  }
}
