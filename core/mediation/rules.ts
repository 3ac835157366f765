import {
  DOSSIER_ITEM_KIND_LABELS,
  DOSSIER_ITEM_KINDS,
  MEDIATION_CONDITIONS,
  MEDIATION_DIRECTIONS,
  MEDIATION_STATUSES,
  type MediationCondition,
  type MediationStatus,
} from '../contracts/mediation';

/** Pure rules of mediation between a customer and a provider (B1-B6). */

export type MediationDirection = (typeof MEDIATION_DIRECTIONS)[number];
export type DossierItemKind = (typeof DOSSIER_ITEM_KINDS)[number];

/** B1, B5: which complaints can be mediated, and which way round. */
export function directionFor(concernsKind: string): MediationDirection | null {
  if (concernsKind === 'dienstverlener') return 'klant_over_dienstverlener';
  if (concernsKind === 'klant') return 'dienstverlener_over_klant';
  return null;
}

/** B3: the conditions that do not hold; a condition never checked counts as not holding. */
export function failingConditions(conditions: Readonly<Record<string, boolean>> | null): MediationCondition[] {
  if (!conditions) return [];
  return MEDIATION_CONDITIONS.filter((c) => conditions[c] !== true);
}

/** B3: mediation is allowed only when all six hold. */
export function statusAfterCheck(failing: readonly MediationCondition[]): 'toegelaten' | 'geweigerd' {
  return failing.length === 0 ? 'toegelaten' : 'geweigerd';
}

/**
 * B4: "Klacht van <KLANTNAAM> aan het adres van <NAAM DIENSTVERLENER>". The source assumes the customer
 * complains "but the other way round can happen too" (B5): then the provider's name comes first, so the
 * customer who is asked to respond is not told to send a complaint of their own.
 */
export function emailSubject(customerName: string, providerName: string, direction: MediationDirection = 'klant_over_dienstverlener'): string {
  const [from, about] = direction === 'klant_over_dienstverlener' ? [customerName, providerName] : [providerName, customerName];
  return `Klacht van ${from.trim()} aan het adres van ${about.trim()}`;
}

export interface CustomerFacts {
  kind: 'persoon' | 'organisatie';
  firstName: string | null;
  initials: string | null;
  lastName: string | null;
  organisationName: string | null;
  street: string | null;
  houseNumber: number | null;
  postcode: string | null;
  city: string | null;
  phone: string | null;
  email: string | null;
}

export interface DossierFacts {
  customer: CustomerFacts | null;
  providerName: string;
  description: string;
  itemKinds: readonly DossierItemKind[];
}

const filled = (v: string | null | undefined) => !!v?.trim();

/** B4: what the dossier still lacks for mediation, in the order of the source's list. Invoices and photos are optional. */
export function missingItems(facts: DossierFacts): string[] {
  const missing: string[] = [];
  const c = facts.customer;
  const fullName = c ? (c.kind === 'organisatie' ? filled(c.organisationName) : filled(c.lastName) && (filled(c.firstName) || filled(c.initials))) : false;
  if (!fullName) missing.push('De volledige naam van de klant');
  if (!c || !filled(c.street) || c.houseNumber == null || !filled(c.postcode) || !filled(c.city)) missing.push('Het volledige adres van de klant');
  if (!c || (!filled(c.phone) && !filled(c.email))) missing.push('Contactgegevens van de klant (telefoon of e-mail)');
  if (!filled(facts.providerName)) missing.push('De naam van de dienstverlener');
  if (!facts.itemKinds.includes('overeenkomst')) missing.push('De getekende overeenkomst');
  if (!filled(facts.description)) missing.push('De omschrijving van de klacht');
  return missing;
}

/** B4: "Factuur (onbetaald): factuur 2026-014 voor het schilderwerk". */
export function itemLabel(item: { kind: DossierItemKind; paid: boolean | null; description: string }): string {
  const paid = item.paid === null ? '' : item.paid ? ' (betaald)' : ' (onbetaald)';
  return `${DOSSIER_ITEM_KIND_LABELS[item.kind]}${paid}: ${item.description}`;
}

export type MediationStep = 'checkConditions' | 'requestResponse' | 'recordResponse' | 'changeItems' | 'recordOutcome';

const OPEN_STATUSES = MEDIATION_STATUSES.filter((s) => s !== 'afgerond');

/** The statuses each step may start from; every step but the outcome leaves the status it names. */
export const ALLOWED_FROM: Readonly<Record<MediationStep, readonly MediationStatus[]>> = {
  // B3: checked after the advice (B1), and again after a refusal when new facts come in.
  checkConditions: ['advies', 'geweigerd'],
  // B2: only put to the other party once mediation is allowed.
  requestResponse: ['toegelaten'],
  recordResponse: ['reactie_gevraagd'],
  // B4: items keep coming in until the outcome is recorded; a finished dossier stays as it was.
  changeItems: OPEN_STATUSES,
  // B6: any open mediation can end, also after advice or a refusal ("advies gegeven").
  recordOutcome: OPEN_STATUSES,
};

export type StepRefusal = 'mediation.conditions_not_met' | 'mediation.step_not_allowed';

/** Why a step cannot be taken in this status, or null when it can. */
export function stepRefusal(step: MediationStep, status: MediationStatus): StepRefusal | null {
  if (ALLOWED_FROM[step].includes(status)) return null;
  if (step === 'requestResponse' && (status === 'advies' || status === 'geweigerd')) return 'mediation.conditions_not_met';
  return 'mediation.step_not_allowed';
}

export { safeFileName } from '../documents/file-names';
