/** Dutch address lines for screens; the back end gives `addressLine` on a person, lists give the parts. */
interface AddressParts {
  street: string | null;
  houseNumber: number | null;
  houseNumberAddition: string | null;
  postcode: string | null;
  city: string | null;
}

/** "Kerkstraat 12a" */
export function streetLine(a: Pick<AddressParts, 'street' | 'houseNumber' | 'houseNumberAddition'>): string {
  const number = a.houseNumber ? `${a.houseNumber}${a.houseNumberAddition ? formatAddition(a.houseNumberAddition) : ''}` : '';
  return [a.street, number].filter(Boolean).join(' ');
}

/** As the letters write it (core/persons/names.ts): "12a", "12 bis", "12-2". */
function formatAddition(addition: string): string {
  const clean = addition.trim().replace(/^[-\s]+/, '');
  if (/^[a-z]$/i.test(clean)) return clean.toLowerCase();
  if (/^[a-z]{2,}$/i.test(clean)) return ` ${clean}`;
  return `-${clean}`;
}

/** "Kerkstraat 12a, 3441 AB Woerden" */
export function addressLine(a: AddressParts): string {
  const place = [a.postcode, a.city].filter(Boolean).join(' ');
  return [streetLine(a), place].filter(Boolean).join(', ');
}

/** "—" for an empty cell: an empty cell looks like a rendering fault. */
export function orDash(value: string | null | undefined): string {
  return value ? value : '—';
}

interface NamedPerson extends AddressParts {
  kind: 'persoon' | 'organisatie';
  salutation: 'heer' | 'mevrouw' | 'neutraal' | null;
  infix: string | null;
  lastName: string | null;
  displayName: string;
  country?: string | null;
}

/** The addressee of a new letter from a dossier about this person; the letter form lets staff adjust it. */
export function addresseeOf(p: NamedPerson) {
  const surname = [p.infix, p.lastName].filter(Boolean).join(' ');
  const standalone = surname.charAt(0).toUpperCase() + surname.slice(1);
  const salutation =
    p.kind === 'persoon' && p.salutation === 'heer' && standalone
      ? `Geachte heer ${standalone},`
      : p.kind === 'persoon' && p.salutation === 'mevrouw' && standalone
        ? `Geachte mevrouw ${standalone},`
        : null;
  const title = p.kind === 'persoon' && p.salutation === 'heer' ? 'De heer ' : p.kind === 'persoon' && p.salutation === 'mevrouw' ? 'Mevrouw ' : '';
  return {
    name: `${title}${p.displayName}`,
    street: streetLine(p),
    postcode: p.postcode ?? '',
    city: p.city ?? '',
    country: p.country ?? null,
    salutation,
  };
}
