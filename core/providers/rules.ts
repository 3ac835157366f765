import { formatDate } from '../contracts/format';
import type { InsuranceStatus, MissingItem, ProviderType, Region, ScreeningStatus, ScreeningStep } from '../contracts/providers';

/** Days before the end of the liability insurance that a provider shows on the work list. */
export const INSURANCE_WARNING_DAYS = 30;

// D2: phone selection, then a personal visit, then approval; rejection while screening runs.
const NEXT_STEPS: Record<ScreeningStatus, ScreeningStep[]> = {
  aangemeld: ['telefonisch_geselecteerd', 'afgewezen'],
  telefonisch_geselecteerd: ['bezocht', 'afgewezen'],
  bezocht: ['goedgekeurd', 'afgewezen'],
  goedgekeurd: [],
  afgewezen: [],
};

export function allowedSteps(status: ScreeningStatus): ScreeningStep[] {
  return NEXT_STEPS[status];
}

export function canAdvance(status: ScreeningStatus, step: ScreeningStep): boolean {
  return NEXT_STEPS[status].includes(step);
}

export function isScreeningClosed(status: ScreeningStatus): boolean {
  return NEXT_STEPS[status].length === 0;
}

/** What the approval check needs to know about a provider. */
export interface ApprovalFacts {
  providerType: ProviderType;
  screeningStatus: ScreeningStatus;
  kvkNumber: string | null;
  insurer: string | null;
  policyNumber: string | null;
  insuredUntil: string | null;
  vogReceivedOn: string | null;
  regions: Region[];
}

export interface OfferedService {
  categoryName: string;
  experience: string | null;
}

const STATUS_ORDER: ScreeningStatus[] = ['aangemeld', 'telefonisch_geselecteerd', 'bezocht', 'goedgekeurd'];

function reached(status: ScreeningStatus, step: ScreeningStatus): boolean {
  return STATUS_ORDER.indexOf(status) >= STATUS_ORDER.indexOf(step);
}

/**
 * D2: every item still missing before a provider may be approved, in Dutch. Business: KvK number and
 * business liability insurance; private: work experience per service, liability insurance and a VOG.
 * Both: at least one service and a region (D4: without them no request can ever match), and the
 * phone selection and the visit done. A branch organisation is only "preferably", so never required.
 */
export function missingForApproval(provider: ApprovalFacts, services: OfferedService[], today: string): MissingItem[] {
  const business = provider.providerType === 'bedrijf';
  const insurance = business ? 'de bedrijfsaansprakelijkheidsverzekering' : 'de aansprakelijkheidsverzekering';
  const missing: MissingItem[] = [];
  const add = (key: string, message: string) => missing.push({ key, message });

  if (business && !provider.kvkNumber) add('kvk_number', 'KvK-nummer');
  if (!provider.insurer) add('insurer', `Verzekeraar van ${insurance}`);
  if (!provider.policyNumber) add('policy_number', `Polisnummer van ${insurance}`);
  if (!provider.insuredUntil) add('insured_until', `Datum tot wanneer ${insurance} geldig is`);
  else if (provider.insuredUntil < today) add('insurance_expired', `Een geldige ${insurance.slice(3)} (verlopen; was geldig tot en met ${formatDate(provider.insuredUntil)})`);
  if (services.length === 0) add('services', 'Minstens één dienst');
  if (!business) {
    for (const s of services) if (!s.experience) add(`experience:${s.categoryName}`, `Werkervaring voor ${s.categoryName}`);
    if (!provider.vogReceivedOn) add('vog', 'Verklaring omtrent het gedrag (VOG)');
  }
  if (provider.regions.length === 0) add('region', 'Een werkgebied (postcodegebied of plaats)');
  if (provider.screeningStatus === 'afgewezen' || !reached(provider.screeningStatus, 'telefonisch_geselecteerd')) {
    add('phone_selection', 'Telefonische selectie');
  }
  if (provider.screeningStatus === 'afgewezen' || !reached(provider.screeningStatus, 'bezocht')) add('visit', 'Persoonlijk bezoek');
  return missing;
}

/** Calendar arithmetic on yyyy-mm-dd, free of time zones. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The insurance is valid up to and including `insuredUntil`. */
export function insuranceStatus(insuredUntil: string | null, today: string, warningDays = INSURANCE_WARNING_DAYS): { status: InsuranceStatus; daysLeft: number | null } {
  if (!insuredUntil) return { status: 'ontbreekt', daysLeft: null };
  const daysLeft = daysBetween(today, insuredUntil);
  if (daysLeft < 0) return { status: 'verlopen', daysLeft };
  return { status: daysLeft <= warningDays ? 'verloopt_binnenkort' : 'geldig', daysLeft };
}

// D4: regions. A postcode matches a range on its four digits ("3441 AB" lies in 3440–3449).
export function postcodeDigits(postcode: string): string | null {
  const digits = postcode.replace(/\s+/g, '').slice(0, 4);
  return /^[1-9]\d{3}$/.test(digits) ? digits : null;
}

export function coversPostcode(regions: readonly Region[], postcode: string | null | undefined): boolean {
  const digits = postcode ? postcodeDigits(postcode) : null;
  if (!digits) return false;
  return regions.some((r) => 'from' in r && r.from <= digits && digits <= r.to);
}

/** Places compare without case, accents or extra spaces: "'s-Hertogenbosch" = "'S-HERTOGENBOSCH". */
export function normalisePlace(place: string): string {
  return place.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function coversPlace(regions: readonly Region[], city: string | null | undefined): boolean {
  if (!city?.trim()) return false;
  const wanted = normalisePlace(city);
  return regions.some((r) => 'place' in r && normalisePlace(r.place) === wanted);
}

/** An address is covered when its postcode lies in a range or its place is named. */
export function coversAddress(regions: readonly Region[], address: { postcode?: string | null; city?: string | null }): boolean {
  return coversPostcode(regions, address.postcode) || coversPlace(regions, address.city);
}

/** A search term is a postcode when it starts with four digits; otherwise a place. */
export function coversSearchTerm(regions: readonly Region[], term: string): boolean {
  return /^\s*\d{4}/.test(term) ? coversPostcode(regions, term) : coversPlace(regions, term);
}
