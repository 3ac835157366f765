import { friendlyFormatIBAN } from 'ibantools';
import type { Organisation } from '../core/contracts/settings';
import type { Letterhead } from './model';

/**
 * The letterhead from the organisation settings: what a person sets once in Instellingen appears
 * on every letter. Lines that are not filled in are left out, never printed empty.
 */
export function letterheadFrom(org: Organisation): Letterhead {
  const visiting = addressLine(org.visitingStreet, org.visitingPostcode, org.visitingCity);
  const postal = addressLine(org.postalStreet, org.postalPostcode, org.postalCity);
  const contactLines = [
    visiting,
    // The postal address only when it differs, e.g. a Postbus.
    postal && postal !== visiting ? `Postadres: ${postal}` : null,
    org.phone ? `Telefoon ${org.phone}` : null,
    org.email ? `E-mail ${org.email}` : null,
    org.website ? org.website.replace(/^https?:\/\//, '').replace(/\/$/, '') : null,
  ];
  const iban = org.iban ? `IBAN ${friendlyFormatIBAN(org.iban) ?? org.iban}` : null;
  const footerLines = [
    org.kvkNumber ? `KvK ${org.kvkNumber}` : null,
    org.vatNumber ? `btw-nummer ${org.vatNumber}` : null,
    iban && org.bic ? `${iban} (BIC ${org.bic})` : iban,
  ];
  return { name: org.name, logoDataUrl: org.logoDataUrl, contactLines: present(contactLines), footerLines: present(footerLines) };
}

function addressLine(street: string | null, postcode: string | null, city: string | null): string | null {
  const place = [postcode, city].filter(Boolean).join(' ');
  const line = [street, place].filter(Boolean).join(', ');
  return line || null;
}

const present = (lines: (string | null)[]): string[] => lines.filter((l): l is string => !!l && l.trim() !== '');
