import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { rowMeta } from './columns';

/** D1-D4: a service provider, private (particulier) or business (bedrijf), with its screening state. */
export const providers = sqliteTable(
  'providers',
  {
    ...rowMeta,
    /** The provider itself: a person (particulier) or an organisation (bedrijf). */
    personId: text('person_id').notNull(),
    /** For a business: the person to talk to. */
    contactPersonId: text('contact_person_id'),
    providerType: text('provider_type', { enum: ['particulier', 'bedrijf'] }).notNull(),
    kvkNumber: text('kvk_number'),
    insurer: text('insurer'),
    policyNumber: text('policy_number'),
    insuredUntil: text('insured_until'),
    branchOrganisation: text('branch_organisation'),
    vogReceivedOn: text('vog_received_on'),
    screeningStatus: text('screening_status', {
      enum: ['aangemeld', 'telefonisch_geselecteerd', 'bezocht', 'goedgekeurd', 'afgewezen'],
    }).notNull(),
    rejectionReason: text('rejection_reason'),
    /** D4: postcode ranges ("3440-3449") and places ("Woerden"). */
    regions: text('regions', { mode: 'json' }).$type<Array<{ from: string; to: string } | { place: string }>>().notNull(),
    notes: text('notes'),
  },
  (t) => [index('providers_person_idx').on(t.personId), index('providers_kvk_idx').on(t.kvkNumber), index('providers_insured_idx').on(t.insuredUntil)],
);

/** D2: each screening step with its date and the staff member who did it. */
export const providerScreeningSteps = sqliteTable(
  'provider_screening_steps',
  {
    ...rowMeta,
    providerId: text('provider_id').notNull(),
    step: text('step', { enum: ['aangemeld', 'telefonisch_geselecteerd', 'bezocht', 'goedgekeurd', 'afgewezen'] }).notNull(),
    doneOn: text('done_on').notNull(),
    doneBy: text('done_by'),
    note: text('note'),
  },
  (t) => [index('screening_provider_idx').on(t.providerId)],
);

/** D4: the editable list of service categories. */
export const serviceCategories = sqliteTable(
  'service_categories',
  {
    ...rowMeta,
    name: text('name').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [uniqueIndex('service_categories_name_unique').on(t.name)],
);

/** D2/D4: services a provider offers, with the work experience for each (private providers). */
export const providerServices = sqliteTable(
  'provider_services',
  {
    ...rowMeta,
    providerId: text('provider_id').notNull(),
    categoryId: text('category_id').notNull(),
    experience: text('experience'),
  },
  (t) => [index('provider_services_provider_idx').on(t.providerId), index('provider_services_category_idx').on(t.categoryId)],
);
