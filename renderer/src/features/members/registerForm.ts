import type { HouseholdRelation, ProcedureInput } from '../../../../core/contracts';
import { emptyPerson } from '../persons/PersonFields';

export type PersonFormValues = ReturnType<typeof emptyPerson>;
export type Mode = 'nieuw' | 'bestaand';

export interface HouseholdEntry {
  mode: Mode;
  personId: string | null;
  relation: HouseholdRelation | null;
  newPerson: PersonFormValues;
}

/** The registration form as the screen holds it; `toRegisterInput` makes the procedure's input of it. */
export interface RegisterValues {
  mode: Mode;
  personId: string | null;
  newPerson: PersonFormValues;
  startDate: string;
  household: HouseholdEntry[];
  notes: string;
  requestMandateForm: boolean;
  withMandate: boolean;
  mandate: { iban: string; bic: string; accountHolder: string; formReceived: boolean; signatureDate: string | null };
}

export type AddressOfHousehold = Pick<PersonFormValues, 'street' | 'houseNumber' | 'houseNumberAddition' | 'postcode' | 'city' | 'country'>;

const ADDRESS_FIELDS = ['street', 'houseNumber', 'houseNumberAddition', 'postcode', 'city', 'country'] as const;

export function addressOf(p: { [K in (typeof ADDRESS_FIELDS)[number]]?: string | number | null }): AddressOfHousehold {
  const text = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));
  return {
    street: text(p.street),
    houseNumber: text(p.houseNumber),
    houseNumberAddition: text(p.houseNumberAddition),
    postcode: text(p.postcode),
    city: text(p.city),
    country: text(p.country),
  };
}

/**
 * L1: huisgenoten live at the member's address, so a new one gets it unless another was typed.
 * Only the chosen alternative (existing or new person) and a mandate when ticked are sent.
 */
export function toRegisterInput(v: RegisterValues, memberAddress: AddressOfHousehold | null): ProcedureInput<'members.register'> {
  return {
    personId: v.mode === 'bestaand' ? (v.personId ?? undefined) : undefined,
    newPerson: v.mode === 'nieuw' ? v.newPerson : undefined,
    startDate: v.startDate,
    notes: v.notes,
    household: v.household.map((h) => ({
      relation: h.relation ?? (undefined as unknown as HouseholdRelation),
      personId: h.mode === 'bestaand' ? (h.personId ?? undefined) : undefined,
      newPerson: h.mode === 'nieuw' ? withAddress(h.newPerson, memberAddress) : undefined,
    })),
    requestMandateForm: v.requestMandateForm,
    mandate: v.withMandate
      ? { iban: v.mandate.iban, bic: v.mandate.bic, accountHolder: v.mandate.accountHolder, formReceived: v.mandate.formReceived, signatureDate: v.mandate.formReceived ? v.mandate.signatureDate : null }
      : undefined,
  };
}

function withAddress(person: PersonFormValues, address: AddressOfHousehold | null): PersonFormValues {
  if (!address || person.postcode.trim() || person.street.trim()) return person;
  return { ...person, ...address };
}

export function emptyHouseholdEntry(): HouseholdEntry {
  return { mode: 'nieuw', personId: null, relation: null, newPerson: emptyPerson('persoon') };
}
