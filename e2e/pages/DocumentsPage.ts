import { expect, type Download, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { labelled } from './controls';

export interface Letter {
  name: string;
  attention?: string;
  street: string;
  postcode: string;
  city: string;
  salutation?: string;
  subject: string;
  yourReference?: string;
  body: string;
  enclosures?: string[];
}

/**
 * Records what the browser host sends to the printer instead of opening the print dialog: the app
 * prints from a hidden frame (data-print-frame), and this swaps that frame's print() for a recorder.
 * For page.addInitScript, so it is in place before the app loads; a string, since e2e code is
 * compiled without the DOM types.
 */
export const RECORD_PRINTS = `
  window.__printed = [];
  const contentWindow = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow');
  Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', {
    configurable: true,
    get() {
      const view = contentWindow.get.call(this);
      if (view && this.dataset.printFrame) view.print = () => void window.__printed.push(this.srcdoc);
      return view;
    },
  });
`;

/** Correspondentie, the letter form and the documents panel of a dossier: one person's steps. */
export class DocumentsPage {
  constructor(private readonly page: Page) {}

  /** The documents table on this screen: Correspondentie, or a dossier's panel. */
  get table(): Locator {
    return this.page.getByRole('table', { name: /^(Correspondentie|Documenten van dit dossier)$/ });
  }

  get preview(): FrameLocator {
    return this.page.frameLocator('iframe[title="Voorbeeld van de brief"]');
  }

  async startNewLetter(scope: Page | Locator = this.page): Promise<void> {
    await scope.getByRole('button', { name: 'Nieuwe brief' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Nieuwe brief' })).toBeVisible();
  }

  async fillLetter(letter: Letter): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Brief' });
    await labelled(form, 'Naam').fill(letter.name);
    if (letter.attention) await labelled(form, 'T.a.v.').fill(letter.attention);
    await labelled(form, 'Straat en huisnummer').fill(letter.street);
    await labelled(form, 'Postcode').fill(letter.postcode);
    await labelled(form, 'Plaats').fill(letter.city);
    if (letter.salutation) await labelled(form, 'Aanhef').fill(letter.salutation);
    await labelled(form, 'Betreft').fill(letter.subject);
    if (letter.yourReference) await labelled(form, 'Uw kenmerk').fill(letter.yourReference);
    await labelled(form, 'Tekst').fill(letter.body);
    if (letter.enclosures) await labelled(form, 'Bijlagen').fill(letter.enclosures.join('\n'));
  }

  async expectPreviewToShow(text: string): Promise<void> {
    await expect(this.preview.getByText(text, { exact: false }).first()).toBeVisible();
  }

  async save(button: 'Opslaan als concept' | 'Concept opslaan'): Promise<void> {
    await this.page.getByRole('button', { name: button }).click();
    await expect(this.page.getByText(/Het concept ".*" is opgeslagen\./)).toBeVisible();
  }

  /** A document's row by its title and version ("v2"): corrections share the title. */
  row(title: string, version = 1): Locator {
    return this.table
      .getByRole('row')
      .filter({ hasText: title })
      .filter({ has: this.page.getByText(`v${version}`, { exact: true }) });
  }

  async expectStatus(title: string, version: number, status: 'Concept' | 'Definitief' | 'Verzonden'): Promise<void> {
    await expect(this.row(title, version)).toContainText(status);
  }

  async actionsOf(title: string, version = 1): Promise<Locator> {
    await this.row(title, version).getByRole('button', { name: `Acties voor ${title} (v${version})` }).click();
    const menu = this.page.getByRole('menu', { name: `Acties voor ${title} (v${version})` });
    await expect(menu).toBeVisible();
    return menu;
  }

  async act(title: string, version: number, action: string): Promise<void> {
    const menu = await this.actionsOf(title, version);
    await menu.getByRole('menuitem', { name: action }).click();
  }

  async finalize(title: string, version = 1): Promise<void> {
    await this.act(title, version, 'Definitief maken');
    const dialog = this.page.getByRole('dialog', { name: 'Definitief maken' });
    await dialog.getByRole('button', { name: 'Definitief maken' }).click();
    await expect(dialog).toBeHidden();
    await this.expectStatus(title, version, 'Definitief');
  }

  async saveDocx(title: string, version = 1): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.act(title, version, 'Opslaan als .docx');
    return download;
  }

  async edit(title: string, version = 1): Promise<void> {
    await this.act(title, version, 'Bewerken');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Brief bewerken' })).toBeVisible();
  }

  /** "Voorbeeld": the archived letter as it prints, in a dialog. */
  async openPreview(title: string, version = 1): Promise<{ dialog: Locator; letter: FrameLocator }> {
    await this.row(title, version).getByRole('button', { name: 'Voorbeeld' }).click();
    const dialog = this.page.getByRole('dialog', { name: `Voorbeeld: ${title}` });
    await expect(dialog).toBeVisible();
    return { dialog, letter: dialog.frameLocator(`iframe[title="Voorbeeld van ${title}"]`) };
  }

  async emailFrom(title: string, version: number, mail: { to: string; subject?: string }): Promise<void> {
    await this.act(title, version, 'Verzenden per e-mail…');
    const dialog = this.page.getByRole('dialog', { name: 'Verzenden per e-mail' });
    await labelled(dialog, 'Aan').fill(mail.to);
    if (mail.subject) await labelled(dialog, 'Onderwerp').fill(mail.subject);
    await dialog.getByRole('button', { name: 'Versturen' }).click();
    await expect(dialog).toBeHidden();
  }

  /** What went to the printer so far (browser host): the HTML of each print. */
  async printed(): Promise<string[]> {
    return (await this.page.evaluate('window.__printed')) as string[];
  }

  async choose(title: string, version = 1): Promise<void> {
    await this.row(title, version).getByRole('checkbox').check();
  }

  batchDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Afdrukken als één PDF' });
  }

  async printChosenAsOnePdf(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Afdrukken als één PDF' }).click();
    const dialog = this.batchDialog();
    await expect(dialog).toBeVisible();
    return dialog;
  }
}
