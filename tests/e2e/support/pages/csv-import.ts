import type { Locator } from '@playwright/test';
import { expect } from '../fixtures';
import { App } from './app';

/** Volunteers → Import CSV: choose a file, check what was found, import. */
export class CsvImportPage extends App {
  /** Opens the import from the Volunteers list. */
  static async open(app: App): Promise<CsvImportPage> {
    await app.goTo('Volunteers');
    await app.page.getByRole('button', { name: 'Import CSV' }).click();
    const importing = new CsvImportPage(app.page);
    await expect(importing.heading('Import volunteers from a CSV file')).toBeVisible();
    return importing;
  }

  get chooser(): Locator {
    return this.page.getByLabel('Choose a CSV file');
  }

  async choose(name: string, text: string | Buffer, mimeType = 'text/csv'): Promise<void> {
    await this.chooser.setInputFiles({ name, mimeType, buffer: typeof text === 'string' ? Buffer.from(text) : text });
  }

  get problems(): Locator {
    return this.page.getByRole('table', { name: 'Problems to fix' });
  }

  /** "Import 3 volunteers", then "Import now" in the dialog that asks first. */
  async importRows(count: number): Promise<void> {
    await this.page.getByRole('button', { name: `Import ${count} volunteers` }).click();
    await this.dialog().getByRole('button', { name: 'Import now' }).click();
  }
}
