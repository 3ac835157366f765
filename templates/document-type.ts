import type { z } from 'zod';
import type { Organisation } from '../core/contracts/settings';
import type { LetterModel } from './model';

/** What every template gets besides its own data: who writes, for whom, when. */
export interface LetterContext {
  organisation: Organisation;
  signer: { name: string; jobTitle: string | null };
  /** The letter's date (ISO day, Europe/Amsterdam). */
  date: string;
  /** Our reference: the dossier number or, for now, the document's own number. */
  ourReference: string;
}

/**
 * One entry of the document type registry: a Dutch name, the dossier kinds it applies to, the data
 * it needs (a zod schema, also used by its form) and the function that turns data into a letter.
 */
export interface DocumentType<S extends z.ZodType = z.ZodType> {
  key: string;
  name: string;
  /** Dossier kinds this template is offered for; `*` means every kind. */
  dossierKinds: readonly string[];
  data: S;
  build(data: z.output<S>, context: LetterContext): LetterModel;
}
