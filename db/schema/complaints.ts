import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { rowMeta } from './columns';

/**
 * K1-K15: one complaint dossier (klacht, claim or opmerking) from intake to closing. The written
 * answer (K10) is part of the dossier: a complaint has at most one. Deadlines live in `work_items`.
 */
export const complaints = sqliteTable(
  'complaints',
  {
    ...rowMeta,
    /** Dossier number from a number series: "K2026-000042". */
    dossierNumber: text('dossier_number').notNull(),
    // K1
    kind: text('kind', { enum: ['klacht', 'claim', 'opmerking'] }).notNull(),
    reporterType: text('reporter_type', { enum: ['omgeving', 'klant', 'leverancier', 'intern', 'overig'] }).notNull(),
    // K2
    channel: text('channel', { enum: ['formulier', 'post', 'telefoon', 'email'] }).notNull(),
    /** The instant it was received (ISO), and its day in Woerden: the start of K10's six weeks. */
    receivedAt: text('received_at').notNull(),
    receivedOn: text('received_on').notNull(),
    complainantId: text('complainant_id').notNull(),
    // K3: what the complaint is about; B5: `klant` is a provider's complaint about a customer.
    concernsKind: text('concerns_kind', { enum: ['organisatie', 'team', 'medewerker', 'dienstverlener', 'klant'] }).notNull(),
    concernsTeamId: text('concerns_team_id'),
    concernsStaffId: text('concerns_staff_id'),
    concernsProviderId: text('concerns_provider_id'),
    concernsPersonId: text('concerns_person_id'),
    /** Q5 d: when the agreement with a former quality-mark participant was executed (three-month window). */
    agreementExecutedOn: text('agreement_executed_on'),
    description: text('description').notNull(),
    requestedRemedy: text('requested_remedy'),
    urgent: integer('urgent', { mode: 'boolean' }).notNull().default(false),
    status: text('status', { enum: ['geregistreerd', 'doorgestuurd', 'in_behandeling', 'beantwoord', 'bezwaar', 'afgesloten'] }).notNull(),
    // K5-K6
    forwardedAt: text('forwarded_at'),
    forwardedTeamId: text('forwarded_team_id'),
    forwardedStaffId: text('forwarded_staff_id'),
    /** The manager the complaint was forwarded to (of the team, or of the employee's team). */
    managerId: text('manager_id'),
    ownerId: text('owner_id'),
    // K10
    answerSummary: text('answer_summary'),
    answerSolution: text('answer_solution'),
    answerDocumentId: text('answer_document_id'),
    answerApprovedBy: text('answer_approved_by'),
    answerApprovedAt: text('answer_approved_at'),
    answerSentOn: text('answer_sent_on'),
    /** K11: last day an appeal is on time. */
    appealWindowEnds: text('appeal_window_ends'),
    // K4, K9, K13: how it ended.
    resolution: text('resolution', { enum: ['direct_opgelost', 'telefonisch_opgelost', 'schriftelijk_beantwoord', 'bezwaar_beslist', 'samengevoegd', 'ingetrokken'] }),
    resolutionText: text('resolution_text'),
    closedAt: text('closed_at'),
    closedOn: text('closed_on'),
    // K15
    categoryId: text('category_id'),
    causeId: text('cause_id'),
    measureId: text('measure_id'),
    /** A duplicate points at the main dossier it was linked to. */
    mainComplaintId: text('main_complaint_id'),
  },
  (t) => [
    uniqueIndex('complaints_number_unique').on(t.dossierNumber),
    index('complaints_received_idx').on(t.receivedOn),
    index('complaints_complainant_idx').on(t.complainantId),
    index('complaints_status_idx').on(t.status, t.receivedOn),
    index('complaints_provider_idx').on(t.concernsProviderId),
    index('complaints_main_idx').on(t.mainComplaintId),
  ],
);

/** K8-K9: phone contact with the complainant: who called, when, whether reached, what came of it. */
export const complaintCalls = sqliteTable(
  'complaint_calls',
  {
    ...rowMeta,
    complaintId: text('complaint_id').notNull(),
    calledAt: text('called_at').notNull(),
    calledBy: text('called_by').notNull(),
    /** K8: the owner, or the manager when the owner could not be reached that day. */
    callerRole: text('caller_role', { enum: ['eigenaar', 'manager', 'anders'] }).notNull(),
    reached: integer('reached', { mode: 'boolean' }).notNull(),
    outcome: text('outcome').notNull(),
    resolvedByPhone: integer('resolved_by_phone', { mode: 'boolean' }).notNull().default(false),
    agreements: text('agreements'),
    confirmationWanted: integer('confirmation_wanted', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [index('complaint_calls_complaint_idx').on(t.complaintId)],
);

/** Each step of the procedure as one line for the dossier's timeline ("Doorgestuurd naar team Leden"). */
export const complaintSteps = sqliteTable(
  'complaint_steps',
  {
    ...rowMeta,
    complaintId: text('complaint_id').notNull(),
    at: text('at').notNull(),
    by: text('by'),
    step: text('step').notNull(),
    /** Dutch text as shown in the timeline. */
    text: text('text').notNull(),
    documentId: text('document_id'),
  },
  (t) => [index('complaint_steps_complaint_idx').on(t.complaintId, t.at)],
);

/** K11-K13: the appeal (bezwaar) to the director, its hearing and the decision. One per complaint. */
export const complaintAppeals = sqliteTable(
  'complaint_appeals',
  {
    ...rowMeta,
    complaintId: text('complaint_id').notNull(),
    receivedOn: text('received_on').notNull(),
    grounds: text('grounds').notNull(),
    /** K11: received after the window; the director decides whether to admit it. */
    late: integer('late', { mode: 'boolean' }).notNull(),
    /** Null until decided for a late appeal; true for an appeal on time. */
    admitted: integer('admitted', { mode: 'boolean' }),
    admissionReason: text('admission_reason'),
    admissionDecidedBy: text('admission_decided_by'),
    status: text('status', { enum: ['ontvangen', 'niet_ontvankelijk', 'hoorzitting_gepland', 'gehoord', 'beslist'] }).notNull(),
    // K12
    hearingKind: text('hearing_kind', { enum: ['telefonisch', 'hoofdkantoor'] }),
    hearingAt: text('hearing_at'),
    hearingHeldOn: text('hearing_held_on'),
    hearingParticipants: text('hearing_participants'),
    hearingReport: text('hearing_report'),
    // K13
    decisionDue: text('decision_due').notNull(),
    decision: text('decision', { enum: ['gegrond', 'deels_gegrond', 'ongegrond'] }),
    decisionReasons: text('decision_reasons'),
    decisionMeasures: text('decision_measures'),
    decidedBy: text('decided_by'),
    decidedOn: text('decided_on'),
  },
  (t) => [uniqueIndex('complaint_appeals_complaint_unique').on(t.complaintId).where(sql`deleted_at IS NULL`), index('complaint_appeals_status_idx').on(t.status)],
);

/** B1-B6: mediation between a customer and a provider, for a complaint about a provider (or B5 the reverse). */
export const mediations = sqliteTable(
  'mediations',
  {
    ...rowMeta,
    complaintId: text('complaint_id').notNull(),
    direction: text('direction', { enum: ['klant_over_dienstverlener', 'dienstverlener_over_klant'] }).notNull(),
    providerId: text('provider_id').notNull(),
    /** The customer (member or other person) on the other side. */
    customerId: text('customer_id').notNull(),
    // B1
    adviceGivenOn: text('advice_given_on'),
    adviceNote: text('advice_note'),
    // B3: the six conditions as last checked; null until checked.
    conditions: text('conditions', { mode: 'json' }).$type<Record<string, boolean>>(),
    conditionsCheckedOn: text('conditions_checked_on'),
    status: text('status', { enum: ['advies', 'geweigerd', 'toegelaten', 'reactie_gevraagd', 'reactie_ontvangen', 'afgerond'] }).notNull(),
    // B2
    responseRequestedOn: text('response_requested_on'),
    responseDue: text('response_due'),
    responseReceivedOn: text('response_received_on'),
    response: text('response'),
    // B6
    outcome: text('outcome', { enum: ['opgelost', 'niet_opgelost', 'advies_gegeven'] }),
    outcomeNote: text('outcome_note'),
    outcomeOn: text('outcome_on'),
  },
  (t) => [uniqueIndex('mediations_complaint_unique').on(t.complaintId).where(sql`deleted_at IS NULL`), index('mediations_provider_idx').on(t.providerId)],
);

/** B4: typed dossier items of a mediation; the file itself lives in the documents folder. */
export const dossierItems = sqliteTable(
  'dossier_items',
  {
    ...rowMeta,
    complaintId: text('complaint_id').notNull(),
    kind: text('kind', { enum: ['overeenkomst', 'factuur', 'foto', 'correspondentie', 'overig'] }).notNull(),
    description: text('description').notNull(),
    /** Invoices only: paid (true) or unpaid (false). */
    paid: integer('paid', { mode: 'boolean' }),
    fileName: text('file_name'),
    contentType: text('content_type'),
    filePath: text('file_path'),
    sha256: text('sha256'),
    byteSize: integer('byte_size'),
  },
  (t) => [index('dossier_items_complaint_idx').on(t.complaintId)],
);

/**
 * Every open deadline of every dossier, with the rule that set it: the work list is one indexed
 * query over this table instead of a recomputation. Done items keep `doneAt` for reports.
 */
export const workItems = sqliteTable(
  'work_items',
  {
    ...rowMeta,
    dossierKind: text('dossier_kind').notNull(),
    dossierId: text('dossier_id').notNull(),
    kind: text('kind').notNull(),
    /** The rule that set the deadline: "K8", "K10", … */
    rule: text('rule').notNull(),
    dueOn: text('due_on').notNull(),
    assigneeId: text('assignee_id'),
    teamId: text('team_id'),
    /** For work that belongs to a role rather than a person (the director's appeals). */
    assigneeRole: text('assignee_role'),
    urgent: integer('urgent', { mode: 'boolean' }).notNull().default(false),
    doneAt: text('done_at'),
    /** What in the dossier the deadline is about when it can hold several alike (a quality finding, a hardship request). */
    subjectId: text('subject_id'),
  },
  (t) => [
    index('work_items_open_assignee_idx').on(t.assigneeId, t.dueOn).where(sql`done_at IS NULL AND deleted_at IS NULL`),
    index('work_items_open_team_idx').on(t.teamId, t.dueOn).where(sql`done_at IS NULL AND deleted_at IS NULL`),
    index('work_items_open_role_idx').on(t.assigneeRole, t.dueOn).where(sql`done_at IS NULL AND deleted_at IS NULL`),
    index('work_items_dossier_idx').on(t.dossierKind, t.dossierId),
    index('work_items_subject_idx').on(t.subjectId).where(sql`subject_id IS NOT NULL`),
  ],
);

/** K15: the editable lists a closing complaint is filed under. */
export const improvementOptions = sqliteTable(
  'improvement_options',
  {
    ...rowMeta,
    list: text('list', { enum: ['categorie', 'oorzaak', 'maatregel'] }).notNull(),
    name: text('name').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [uniqueIndex('improvement_options_unique').on(t.list, t.name)],
);

/** The office calendar and the procedure's ambiguous choices (DOMAIN.md: settings, not constants). One row. */
export const procedureSettings = sqliteTable('procedure_settings', {
  ...rowMeta,
  liberationDayOff: integer('liberation_day_off', { mode: 'boolean' }).notNull().default(false),
  goodFridayOff: integer('good_friday_off', { mode: 'boolean' }).notNull().default(false),
  officeOpens: text('office_opens').notNull().default('08:00'),
  officeCloses: text('office_closes').notNull().default('17:30'),
  internalTargetRoll: text('internal_target_roll', { enum: ['next', 'previous'] }).notNull().default('next'),
  decisionCountsFrom: text('decision_counts_from', { enum: ['appeal', 'hearing'] }).notNull().default('appeal'),
  mediationResponseWorkingDays: integer('mediation_response_working_days').notNull().default(10),
});

/** Days the office is closed besides weekends and public holidays. */
export const officeClosingDays = sqliteTable(
  'office_closing_days',
  {
    ...rowMeta,
    day: text('day').notNull(),
    description: text('description').notNull(),
  },
  (t) => [uniqueIndex('office_closing_days_day_unique').on(t.day).where(sql`deleted_at IS NULL`)],
);
