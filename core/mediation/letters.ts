import { findPersonRow, type ComplaintRow } from '../complaints/queries';
import type { MediationRefusalData, MediationResponseRequestData } from '../contracts/complaint-letters';
import { MEDIATION_CONDITION_REFUSALS, type MediationCondition } from '../contracts/mediation';
import { DomainError } from '../errors';
import { addresseeFromPerson } from '../persons/addressee';
import type { Db } from '../../db/client';
import { customerParty, providerParty, type MediationRow, type Party } from './queries';
import { emailSubject } from './rules';

/** The data of the T7 letters, built from the complaint and its mediation. */

export const REFUSAL_LETTER = 'mediation-refusal';
export const RESPONSE_REQUEST_LETTER = 'mediation-response-request';

export const SENT_VIA = { email: 'per e-mail', post: 'per post (afdrukken vanuit het dossier)' } as const;

export interface Sides {
  provider: Party;
  customer: Party;
  /** Who complained, and who the complaint is about (B5 swaps them). */
  complaining: Party;
  other: Party;
}

export function sidesOf(db: Db, mediation: MediationRow): Sides {
  const provider = providerParty(db, mediation.providerId);
  const customer = customerParty(db, mediation.customerId);
  const customerComplains = mediation.direction === 'klant_over_dienstverlener';
  return { provider, customer, complaining: customerComplains ? customer : provider, other: customerComplains ? provider : customer };
}

function dossierBase(complaint: ComplaintRow) {
  return { dossierNumber: complaint.dossierNumber, receivedOn: complaint.receivedOn, kind: complaint.kind };
}

/** B3: to the complainant, one sentence per condition that does not hold. */
export function refusalData(db: Db, complaint: ComplaintRow, sides: Sides, failing: readonly MediationCondition[]): MediationRefusalData {
  const complainant = findPersonRow(db, complaint.complainantId);
  if (!complainant) throw new DomainError('complaint.complainant_unknown');
  return {
    addressee: addresseeFromPerson(complainant),
    ...dossierBase(complaint),
    // The party the complaint is about: the provider, or for B5 the customer.
    providerName: sides.other.name,
    failingConditions: failing.map((c) => MEDIATION_CONDITION_REFUSALS[c]),
  };
}

/** B2: hoor en wederhoor: the complaint put to the other party, with the day their response is due. */
export function responseRequestData(complaint: ComplaintRow, mediation: MediationRow, sides: Sides, responseDue: string): MediationResponseRequestData {
  return {
    addressee: addresseeFromPerson(sides.other.person, sides.other.contact),
    ...dossierBase(complaint),
    complainantName: sides.complaining.name,
    description: complaint.description,
    responseDue,
    emailSubject: emailSubject(sides.customer.name, sides.provider.name, mediation.direction),
    providerAboutCustomer: mediation.direction === 'dienstverlener_over_klant',
  };
}
