import { z } from 'zod';
import { defineContracts } from './contract';
import {
  bicField,
  creditorIdField,
  emailField,
  ibanField,
  kvkField,
  logoField,
  optionalText,
  phoneField,
  postcodeField,
  requiredText,
  urlField,
  vatField,
} from './fields';

export const organisationInput = z.object({
  name: requiredText('de naam van de organisatie'),
  visitingStreet: optionalText(),
  visitingPostcode: postcodeField,
  visitingCity: optionalText(100),
  postalStreet: optionalText(),
  postalPostcode: postcodeField,
  postalCity: optionalText(100),
  phone: phoneField,
  email: emailField,
  website: urlField,
  iban: ibanField,
  bic: bicField,
  sepaCreditorId: creditorIdField,
  kvkNumber: kvkField,
  vatNumber: vatField,
  logoDataUrl: logoField,
});

export const organisationSchema = z.object({
  id: z.string(),
  version: z.number(),
  name: z.string(),
  visitingStreet: z.string().nullable(),
  visitingPostcode: z.string().nullable(),
  visitingCity: z.string().nullable(),
  postalStreet: z.string().nullable(),
  postalPostcode: z.string().nullable(),
  postalCity: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string().nullable(),
  iban: z.string().nullable(),
  bic: z.string().nullable(),
  sepaCreditorId: z.string().nullable(),
  kvkNumber: z.string().nullable(),
  vatNumber: z.string().nullable(),
  logoDataUrl: z.string().nullable(),
});
export type Organisation = z.infer<typeof organisationSchema>;

export const settingsContracts = defineContracts({
  'settings.getOrganisation': {
    summary: 'Gegevens van de organisatie (briefhoofd, e-mails, exports)',
    access: 'signedIn',
    input: z.object({}),
    output: organisationSchema,
  },
  'settings.updateOrganisation': {
    summary: 'Gegevens van de organisatie wijzigen',
    access: ['admin'],
    input: organisationInput,
    output: organisationSchema,
  },
});
