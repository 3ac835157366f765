import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { rowMeta } from './columns';

/**
 * The quality-mark register (Stichting Keurmerk Kwaliteitsvakman, Q1-Q7). A participant is a
 * service provider; its dossier kind is `quality` (documents, work items, mail).
 */

const PARTICIPANT_STATUSES = ['deelnemer', 'opgezegd', 'beeindigd'] as const;

/** Q1: one participation of a provider, from the recognition letter (T14) to its termination. */
export const qualityParticipants = sqliteTable(
  'quality_participants',
  {
    ...rowMeta,
    providerId: text('provider_id').notNull(),
    /** From the number series `quality.registration`: "KKV-00042". */
    registrationNumber: text('registration_number').notNull(),
    startDate: text('start_date').notNull(),
    /** Q4: the membership year ends on this day every year ("12-31"), a setting per participant. */
    yearEndMonthDay: text('year_end_month_day').notNull().default('12-31'),
    /** `opgezegd`: terminated with a date still to come; `beeindigd`: that date has come. */
    status: text('status', { enum: PARTICIPANT_STATUSES }).notNull(),
    /** Q7: members of Zelfstandigen Bouw get the year's discount. */
    zelfstandigenBouw: integer('zelfstandigen_bouw', { mode: 'boolean' }).notNull().default(false),
    recognitionDocumentId: text('recognition_document_id'),
    // Q4-Q5
    terminationDate: text('termination_date'),
    terminatedBy: text('terminated_by', { enum: ['deelnemer', 'bestuur'] }),
    /** Q4: the day the participant's written notice was received. */
    noticeReceivedOn: text('notice_received_on'),
    /** Q5 g: for the register only; never in a letter's public parts, the blacklist or an export. */
    terminationReason: text('termination_reason'),
    terminationDocumentId: text('termination_document_id'),
    notes: text('notes'),
  },
  (t) => [
    uniqueIndex('quality_participants_number_unique').on(t.registrationNumber),
    // A provider holds at most one live participation; after termination it may join again.
    uniqueIndex('quality_participants_live_provider_unique').on(t.providerId).where(sql`status <> 'beeindigd' AND deleted_at IS NULL`),
    index('quality_participants_provider_idx').on(t.providerId),
    index('quality_participants_status_idx').on(t.status, t.registrationNumber),
  ],
);

/** Q7: the contribution of one year, in cents, with the BTW rate and the Zelfstandigen Bouw discount. */
export const qualityContributionRates = sqliteTable(
  'quality_contribution_rates',
  {
    ...rowMeta,
    year: integer('year').notNull(),
    amountCents: integer('amount_cents').notNull(),
    /** Hundredths of a percent: 2100 is 21%. */
    vatBasisPoints: integer('vat_basis_points').notNull(),
    /** Hundredths of a percent off the amount for members of Zelfstandigen Bouw. */
    discountBasisPoints: integer('discount_basis_points').notNull(),
  },
  (t) => [uniqueIndex('quality_rates_year_unique').on(t.year).where(sql`deleted_at IS NULL`)],
);

/** Q7, Q3 rule 5: one yearly charge per participant; unpaid after its due day is a fact the rules see. */
export const qualityContributions = sqliteTable(
  'quality_contributions',
  {
    ...rowMeta,
    participantId: text('participant_id').notNull(),
    year: integer('year').notNull(),
    amountCents: integer('amount_cents').notNull(),
    discountCents: integer('discount_cents').notNull(),
    vatCents: integer('vat_cents').notNull(),
    totalCents: integer('total_cents').notNull(),
    chargedOn: text('charged_on').notNull(),
    dueOn: text('due_on').notNull(),
    /** Null while unpaid. Invoices and bank collection (later) set it too. */
    paidOn: text('paid_on'),
  },
  (t) => [
    uniqueIndex('quality_contributions_year_unique').on(t.participantId, t.year).where(sql`deleted_at IS NULL`),
    index('quality_contributions_unpaid_idx').on(t.dueOn).where(sql`paid_on IS NULL AND deleted_at IS NULL`),
  ],
);

/** Q2: a customer's review of a participant's job. */
export const qualityReviews = sqliteTable(
  'quality_reviews',
  {
    ...rowMeta,
    participantId: text('participant_id').notNull(),
    reviewedOn: text('reviewed_on').notNull(),
    customerId: text('customer_id').notNull(),
    guaranteeSufficient: integer('guarantee_sufficient', { mode: 'boolean' }).notNull(),
    serviceSufficient: integer('service_sufficient', { mode: 'boolean' }).notNull(),
    craftsmanshipSufficient: integer('craftsmanship_sufficient', { mode: 'boolean' }).notNull(),
    /** The overall judgement the rules count (Q3 1 and 3). */
    sufficient: integer('sufficient', { mode: 'boolean' }).notNull(),
    complaintId: text('complaint_id'),
    /** The job it concerns when there is no complaint (an order or quote number). */
    jobReference: text('job_reference'),
    notes: text('notes'),
  },
  (t) => [index('quality_reviews_participant_idx').on(t.participantId, t.reviewedOn)],
);

/** Q2: a binding advice by an independent expert that ended a dispute. */
export const qualityAdvices = sqliteTable(
  'quality_advices',
  {
    ...rowMeta,
    participantId: text('participant_id').notNull(),
    advisedOn: text('advised_on').notNull(),
    expert: text('expert').notNull(),
    outcome: text('outcome', { enum: ['positief', 'negatief'] }).notNull(),
    /** The dispute it ended, in a few words. */
    dispute: text('dispute').notNull(),
    complaintId: text('complaint_id'),
    notes: text('notes'),
  },
  (t) => [index('quality_advices_participant_idx').on(t.participantId, t.advisedOn)],
);

/**
 * Q3: a rule that fired for a participant, with the evidence it counted. The same evidence makes
 * one finding however often the assessment runs (`evidenceKey`); new evidence makes a new one.
 * `kind` is `regel` for rules 1-5, `staffel_zwijgt` when rule 1's table is silent (more than 15).
 */
export const qualityFindings = sqliteTable(
  'quality_findings',
  {
    ...rowMeta,
    participantId: text('participant_id').notNull(),
    kind: text('kind', { enum: ['regel', 'staffel_zwijgt'] }).notNull(),
    rule: integer('rule').notNull(),
    assessedOn: text('assessed_on').notNull(),
    evidence: text('evidence', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    evidenceKey: text('evidence_key').notNull(),
    status: text('status', { enum: ['open', 'besloten'] }).notNull(),
  },
  (t) => [
    uniqueIndex('quality_findings_evidence_unique').on(t.participantId, t.evidenceKey).where(sql`deleted_at IS NULL`),
    index('quality_findings_open_idx').on(t.participantId).where(sql`status = 'open' AND deleted_at IS NULL`),
  ],
);

/** Q3-Q4: the board's decision, on a finding (rules 1-5) or without one (rule 6, no reason given). */
export const qualityDecisions = sqliteTable(
  'quality_decisions',
  {
    ...rowMeta,
    participantId: text('participant_id').notNull(),
    findingId: text('finding_id'),
    rule: integer('rule').notNull(),
    outcome: text('outcome', { enum: ['beeindigen', 'niet_beeindigen'] }).notNull(),
    /** The board's reasons, for the register (Q5 g: never public). */
    reasons: text('reasons').notNull(),
    decidedOn: text('decided_on').notNull(),
    decidedBy: text('decided_by').notNull(),
    terminationDate: text('termination_date'),
  },
  (t) => [index('quality_decisions_participant_idx').on(t.participantId)],
);

/** Q3: the hardship clause, invoked by the participant on a finding under rules 1-4, and its decision. */
export const qualityHardshipRequests = sqliteTable(
  'quality_hardship_requests',
  {
    ...rowMeta,
    participantId: text('participant_id').notNull(),
    findingId: text('finding_id').notNull(),
    invokedOn: text('invoked_on').notNull(),
    argument: text('argument').notNull(),
    outcome: text('outcome', { enum: ['toegewezen', 'afgewezen'] }),
    reasons: text('reasons'),
    decidedOn: text('decided_on'),
    decidedBy: text('decided_by'),
  },
  (t) => [index('quality_hardship_finding_idx').on(t.findingId)],
);

/** Q5 h-j: a former participant seen using the mark after the 10-day period. */
export const qualityViolations = sqliteTable(
  'quality_violations',
  {
    ...rowMeta,
    participantId: text('participant_id').notNull(),
    seenOn: text('seen_on').notNull(),
    /** What was seen, where: "Sticker op bestelbus, Rijnstraat Woerden". */
    description: text('description').notNull(),
  },
  (t) => [index('quality_violations_participant_idx').on(t.participantId)],
);

/** Photos and other evidence of a violation, kept with a fingerprint like every stored file. */
export const qualityEvidenceFiles = sqliteTable(
  'quality_evidence_files',
  {
    ...rowMeta,
    violationId: text('violation_id').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    filePath: text('file_path').notNull(),
    sha256: text('sha256').notNull(),
    byteSize: integer('byte_size').notNull(),
  },
  (t) => [index('quality_evidence_violation_idx').on(t.violationId)],
);

/**
 * Q6: an entry on the public blacklist. What is published is kept as it was published (name,
 * place, termination date, violation), never the termination reason.
 */
export const qualityBlacklist = sqliteTable(
  'quality_blacklist',
  {
    ...rowMeta,
    participantId: text('participant_id').notNull(),
    violationId: text('violation_id').notNull(),
    publishedOn: text('published_on').notNull(),
    name: text('name').notNull(),
    place: text('place'),
    terminationDate: text('termination_date').notNull(),
    violation: text('violation').notNull(),
    documentId: text('document_id'),
    withdrawnOn: text('withdrawn_on'),
    withdrawnReason: text('withdrawn_reason'),
  },
  (t) => [index('quality_blacklist_participant_idx').on(t.participantId)],
);

/** The register's ambiguous choices (Q3), one row, shown and edited in the UI. */
export const qualitySettings = sqliteTable('quality_settings', {
  ...rowMeta,
  /** Rule 1's half year: the six months before the assessment day, or the calendar half-year. */
  reviewWindow: text('review_window', { enum: ['rolling', 'calendar_half_year'] }).notNull().default('rolling'),
  /** Rules 2-4's year: the twelve months before the assessment day, or the calendar year. */
  yearWindow: text('year_window', { enum: ['rolling', 'calendar_year'] }).notNull().default('rolling'),
  /** Rule 1's table: reviews in the window (from-to) and the insufficient ones needed. */
  staffel: text('staffel', { mode: 'json' }).$type<Array<{ from: number; to: number; needed: number }>>().notNull(),
  /** Working days the board has for a finding on its work list. */
  findingDueWorkingDays: integer('finding_due_working_days').notNull().default(5),
  /** Q7: days between charging the contribution and its due day. */
  paymentTermDays: integer('payment_term_days').notNull().default(30),
});

/** Q3: when the daily assessment last ran on this desktop (local: each desktop runs its own). */
export const qualityAssessmentRuns = sqliteTable('quality_assessment_runs', {
  ...rowMeta,
  ranOn: text('ran_on').notNull(),
  participants: integer('participants').notNull(),
  newFindings: integer('new_findings').notNull(),
});
