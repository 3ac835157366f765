import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../core/contracts';

export type DemoCall = <N extends ProcedureName>(name: N, input: ProcedureInput<N>) => Promise<ProcedureOutput<N>>;

/** A date relative to today, as yyyy-mm-dd: demo data that stays current whenever it is made. */
function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Persons, members with households and mandates, and providers at several screening steps, made
 * through the real procedures so letters, numbers and the audit trail are as in real use.
 */
export async function seedDemoRelations(call: DemoCall): Promise<void> {
  const categories = await call('providers.addDefaultCategories', {});
  const category = (name: string) => categories.find((c) => c.name === name)?.id ?? categories[0]!.id;

  await call('members.register', {
    newPerson: {
      kind: 'persoon', salutation: 'mevrouw', initials: 'J.A.', firstName: 'Johanna', infix: 'de', lastName: 'Vries-Ünal',
      street: 'Kerkstraat', houseNumber: 12, houseNumberAddition: 'a', postcode: '3441 AB', city: 'Woerden',
      phone: '06-12345678', email: 'j.devries@example.nl', preferredChannel: 'email',
    },
    startDate: daysFromNow(-400),
    household: [{ newPerson: { kind: 'persoon', salutation: 'heer', firstName: 'Emre', lastName: 'Ünal', street: 'Kerkstraat', houseNumber: 12, houseNumberAddition: 'a', postcode: '3441 AB', city: 'Woerden' }, relation: 'partner' }],
    mandate: { iban: 'NL91ABNA0417164300', bic: 'ABNANL2A', accountHolder: 'J.A. de Vries-Ünal', signatureDate: daysFromNow(-395), formReceived: true, sequenceType: 'RCUR' },
  });
  await call('members.register', {
    newPerson: {
      kind: 'persoon', salutation: 'heer', initials: 'P.', firstName: 'Pieter', infix: 'van den', lastName: 'Broek',
      street: 'Molenweg', houseNumber: 3, postcode: '3443 CD', city: 'Woerden', phone: '+31 348 123 456', preferredChannel: 'post',
    },
    startDate: daysFromNow(-10),
    requestMandateForm: true,
  });

  await call('providers.register', {
    providerType: 'bedrijf',
    newPerson: {
      kind: 'organisatie', organisationName: 'Klusbedrijf Bakker B.V.', street: 'Industrieweg', houseNumber: 40,
      postcode: '3442 EF', city: 'Woerden', phone: '0348-412345', email: 'info@klusbedrijfbakker.example', preferredChannel: 'email',
    },
    kvkNumber: '30123457', insurer: 'Centraal Beheer', policyNumber: 'AVB-889123', insuredUntil: daysFromNow(20),
    branchOrganisation: 'Bouwend Nederland',
    services: [{ categoryId: category('Klussen in en om het huis'), experience: null }, { categoryId: category('Schilderwerk'), experience: null }],
    regions: [{ from: '3440', to: '3449', place: null }, { from: null, to: null, place: 'Bodegraven' }],
  });
  await call('providers.register', {
    providerType: 'particulier',
    newPerson: {
      kind: 'persoon', salutation: 'mevrouw', firstName: 'Fenna', lastName: 'Mulder', street: 'Rijnstraat', houseNumber: 8,
      postcode: '3441 GH', city: 'Woerden', phone: '06 87654321', email: 'fenna.mulder@example.nl', preferredChannel: 'email',
    },
    insurer: 'Interpolis', policyNumber: 'AVP-55521', insuredUntil: daysFromNow(300),
    services: [{ categoryId: category('Tuinonderhoud'), experience: 'Twaalf jaar hovenier geweest' }],
    regions: [{ from: null, to: null, place: 'Woerden' }],
  });
}
