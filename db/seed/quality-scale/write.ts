import type Database from 'better-sqlite3';
import { fromDayNumber } from '../../../core/calendar/days';
import type { GeneratedPerson } from '../relations-scale/generate';
import { between, DAY, pick, type Rng, uuidV7 } from '../scale/random';
import type { PlannedAdvice, PlannedComplaint, PlannedContribution, PlannedParticipant, PlannedReview } from './plan';

/** The planned register as rows, with prepared statements in large transactions (see index.ts). */

export interface Register {
  providerPersons: GeneratedPerson[];
  customers: GeneratedPerson[];
  participants: PlannedParticipant[];
  reviews: PlannedReview[];
  advices: PlannedAdvice[];
  complaints: PlannedComplaint[];
  contributions: PlannedContribution[];
}

export interface Written {
  participantIds: string[];
  providerIds: string[];
  reviewIds: string[];
  complaintIds: string[];
}

const BATCH = 50_000;
const AMOUNT = 23_500;
const VAT_BASIS_POINTS = 2_100;
const DISCOUNT_BASIS_POINTS = 1_000;
const EXPERTS = ['ing. P. de Wit', 'mr. A. Kramer', 'ing. S. van Leeuwen', 'J. Hendriks (Geschillencommissie Bouw)', 'ir. M. Koster'];
const DISPUTES = ['Lekkage na vervangen dakgoot', 'Scheuren in het stucwerk', 'Schilderwerk bladdert binnen een jaar', 'Tegels los in de badkamer', 'Meerwerk zonder afspraak in rekening gebracht', 'Kozijn sluit niet goed'];
const COMPLAINTS = ['Het werk is niet afgemaakt en de dienstverlener reageert niet meer.', 'Na de reparatie lekt de kraan opnieuw.', 'De rekening is hoger dan de offerte.', 'De afspraak is drie keer verzet.'];

export function writeRegister(sqlite: Database.Database, g: Register, r: Rng, userId: string | null, end: number): Written {
  const iso = (ms: number) => new Date(Math.min(ms, end)).toISOString();
  /** A moment during office hours on a day, never after the end of the history. */
  const during = (day: number) => day * DAY + between(r, 7 * 60, 16 * 60) * 60_000;
  const id = (ms: number) => uuidV7(Math.min(ms, end), r);
  const meta = (rowId: string, ms: number) => [rowId, iso(ms), iso(ms), userId, userId];
  const metaSql = '?, ?, ?, ?, ?, NULL, 1';

  const person = sqlite.prepare(
    `INSERT INTO persons (id, created_at, updated_at, created_by, updated_by, deleted_at, version, kind, salutation, initials, first_name, infix,
       last_name, organisation_name, street, house_number, house_number_addition, postcode, city, country, phone, phone_alt, phone_digits,
       phone_alt_digits, email, preferred_channel, notes, sort_name, merged_into_id)
     VALUES (${metaSql}, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, NULL, ?, NULL)`,
  );
  const provider = sqlite.prepare(
    `INSERT INTO providers (id, created_at, updated_at, created_by, updated_by, deleted_at, version, person_id, provider_type, kvk_number, screening_status, regions)
     VALUES (${metaSql}, ?, ?, ?, 'goedgekeurd', '[{"place":"Woerden"}]')`,
  );
  const participant = sqlite.prepare(
    `INSERT INTO quality_participants (id, created_at, updated_at, created_by, updated_by, deleted_at, version, provider_id, registration_number, start_date,
       year_end_month_day, status, zelfstandigen_bouw, termination_date, terminated_by, notice_received_on, termination_reason)
     VALUES (${metaSql}, ?, ?, ?, '12-31', ?, ?, ?, ?, ?, ?)`,
  );
  const review = sqlite.prepare(
    `INSERT INTO quality_reviews (id, created_at, updated_at, created_by, updated_by, deleted_at, version, participant_id, reviewed_on, customer_id,
       guarantee_sufficient, service_sufficient, craftsmanship_sufficient, sufficient, job_reference) VALUES (${metaSql}, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const advice = sqlite.prepare(
    `INSERT INTO quality_advices (id, created_at, updated_at, created_by, updated_by, deleted_at, version, participant_id, advised_on, expert, outcome, dispute, complaint_id)
     VALUES (${metaSql}, ?, ?, ?, ?, ?, ?)`,
  );
  const complaint = sqlite.prepare(
    `INSERT INTO complaints (id, created_at, updated_at, created_by, updated_by, deleted_at, version, dossier_number, kind, reporter_type, channel, received_at,
       received_on, complainant_id, concerns_kind, concerns_provider_id, description, urgent, status, resolution, closed_at, closed_on)
     VALUES (${metaSql}, ?, 'klacht', 'klant', ?, ?, ?, ?, 'dienstverlener', ?, ?, 0, ?, ?, ?, ?)`,
  );
  const contribution = sqlite.prepare(
    `INSERT INTO quality_contributions (id, created_at, updated_at, created_by, updated_by, deleted_at, version, participant_id, year, amount_cents, discount_cents,
       vat_cents, total_cents, charged_on, due_on, paid_on) VALUES (${metaSql}, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  const series = sqlite.prepare(
    `INSERT INTO number_series (id, created_at, updated_at, created_by, updated_by, deleted_at, version, key, prefix, next_value, padding)
     VALUES (${metaSql}, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET next_value = excluded.next_value`,
  );
  const setSeries: SetSeries = (key, prefix, padding, nextValue) => series.run(...meta(id(end), end), key, prefix, nextValue, padding);

  const personRow = (p: GeneratedPerson, rowId: string, ms: number) =>
    person.run(...meta(rowId, ms), p.kind, p.salutation, p.initials, p.firstName, p.infix, p.lastName, p.organisationName, p.street, p.houseNumber,
      p.houseNumberAddition, p.postcode, p.city, p.phone, p.phoneAlt, p.phoneDigits, p.phoneAltDigits, p.email, p.preferredChannel, p.sortName);
  const batches = <T>(list: T[], write: (item: T, i: number) => void) => {
    for (let from = 0; from < list.length; from += BATCH) {
      sqlite.transaction(() => {
        for (let i = from; i < Math.min(list.length, from + BATCH); i++) write(list[i]!, i);
      })();
    }
  };

  const historyStart = Math.min(...g.participants.map((p) => p.start), end / DAY);
  const customerIds = g.customers.map(() => id(historyStart * DAY));
  batches(g.customers, (c, i) => personRow(c, customerIds[i]!, historyStart * DAY));
  const providerIds: string[] = [];
  const participantIds: string[] = [];
  batches(g.participants, (p, i) => {
    const joined = during(p.start) - 30 * DAY;
    const personId = id(joined);
    const providerId = id(joined);
    const pp = g.providerPersons[i]!;
    personRow(pp, personId, joined);
    provider.run(...meta(providerId, joined), personId, pp.kind === 'organisatie' ? 'bedrijf' : 'particulier', pp.kind === 'organisatie' ? String(60_000_000 + i) : null);
    const participantId = id(during(p.start));
    participant.run(...meta(participantId, during(p.start)), providerId, `KKV-${String(i + 1).padStart(5, '0')}`, fromDayNumber(p.start), p.status,
      p.zelfstandigenBouw ? 1 : 0, p.terminationDate === null ? null : fromDayNumber(p.terminationDate), p.terminatedBy,
      p.noticeReceivedOn === null ? null : fromDayNumber(p.noticeReceivedOn), p.terminatedBy === 'bestuur' ? 'Besluit van het bestuur (regel 6).' : null);
    providerIds.push(providerId);
    participantIds.push(participantId);
  });

  const complaintIds = g.complaints.map((c) => id(during(c.day)));
  const numbers = dossierNumbers(sqlite, g.complaints.map((c) => c.day), (key, prefix, padding, value) => setSeries(key, prefix, padding, value));
  const today = Math.floor(end / DAY);
  batches(g.complaints, (c, i) => {
    const at = during(c.day);
    const closed = c.day < today - 42 ? c.day + between(r, 10, 40) : null;
    complaint.run(...meta(complaintIds[i]!, at), numbers[i], pick(r, ['telefoon', 'email', 'post', 'formulier']), iso(at), fromDayNumber(c.day), pick(r, customerIds),
      providerIds[c.participant], pick(r, COMPLAINTS), closed ? 'afgesloten' : 'geregistreerd', closed ? 'schriftelijk_beantwoord' : null,
      closed ? iso(during(closed)) : null, closed ? fromDayNumber(Math.min(closed, today)) : null);
  });

  const reviewIds: string[] = [];
  batches(g.reviews, (v) => {
    const at = during(v.day) + between(r, 0, 3) * DAY;
    const reviewId = id(at);
    reviewIds.push(reviewId);
    review.run(...meta(reviewId, at), participantIds[v.participant], fromDayNumber(v.day), pick(r, customerIds), ...v.judgement.map(Number), v.sufficient ? 1 : 0,
      `OFF-${String(between(r, 10_000, 99_999))}`);
  });
  batches(g.advices, (a) => {
    const at = during(a.day);
    advice.run(...meta(id(at), at), participantIds[a.participant], fromDayNumber(a.day), pick(r, EXPERTS), a.negative ? 'negatief' : 'positief', pick(r, DISPUTES),
      a.complaint === null ? null : complaintIds[a.complaint]);
  });
  batches(g.contributions, (c) => {
    // Q7: amount less the Zelfstandigen Bouw discount, plus BTW.
    const discount = g.participants[c.participant]!.zelfstandigenBouw ? Math.round((AMOUNT * DISCOUNT_BASIS_POINTS) / 10_000) : 0;
    const vat = Math.round(((AMOUNT - discount) * VAT_BASIS_POINTS) / 10_000);
    const at = during(c.chargedOn);
    contribution.run(...meta(id(at), at), participantIds[c.participant], c.year, AMOUNT, discount, vat, AMOUNT - discount + vat, fromDayNumber(c.chargedOn),
      fromDayNumber(c.dueOn), c.paidOn === null ? null : fromDayNumber(c.paidOn));
  });
  setSeries('quality.registration', 'KKV-', 5, g.participants.length + 1);
  sqlite.pragma('optimize');
  // As a database in use would be: the bulk of the seeding is in the main file, not in the WAL.
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  return { participantIds, providerIds, reviewIds, complaintIds };
}

type SetSeries = (key: string, prefix: string, padding: number, nextValue: number) => void;

/** K-dossier numbers per year in order of receipt, continuing each year's series as intake would. */
function dossierNumbers(sqlite: Database.Database, days: number[], setSeries: SetSeries): string[] {
  const current = sqlite.prepare('SELECT next_value FROM number_series WHERE key = ?').pluck();
  const next = new Map<string, number>();
  const numbers: string[] = [];
  const order = days.map((_, i) => i).sort((a, b) => days[a]! - days[b]!);
  for (const i of order) {
    const year = fromDayNumber(days[i]!).slice(0, 4);
    const value = next.get(year) ?? ((current.get(`complaints-${year}`) as number | undefined) ?? 1);
    next.set(year, value + 1);
    numbers[i] = `K${year}-${String(value).padStart(6, '0')}`;
  }
  for (const [year, value] of next) setSeries(`complaints-${year}`, `K${year}-`, 6, value);
  return numbers;
}
