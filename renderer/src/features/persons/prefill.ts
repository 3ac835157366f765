import { normalisePostcode } from '../../../../core/contracts';

/** Tussenvoegsels, longest first so "van der" wins over "van". */
const INFIXES = ['van de', 'van der', 'van den', 'van het', "van 't", 'in het', "in 't", 'uit de', 'uit den', 'op de', 'op den', 'aan de', 'aan den', 'de la', 'de', 'den', 'der', 'het', "'t", 'te', 'ten', 'ter', 'van', 'von', 'le', 'la']
  .sort((a, b) => b.length - a.length);

export interface Prefill {
  firstName?: string;
  infix?: string;
  lastName?: string;
  postcode?: string;
  houseNumber?: string;
  houseNumberAddition?: string;
  phone?: string;
  email?: string;
}

/**
 * "Nieuwe persoon" from the search box: what was searched for goes into the right field, so nobody
 * types the caller's number twice.
 */
export function prefillFromSearch(query: string): Prefill {
  const q = query.trim();
  if (!q) return {};
  if (q.includes('@')) return { email: q };
  const postcode = /^([1-9]\d{3}\s*[a-z]{2})(?:\s*(\d{1,5})\s*[-]?\s*([a-z0-9]{0,4}))?$/i.exec(q);
  if (postcode) {
    return { postcode: normalisePostcode(postcode[1]!), houseNumber: postcode[2] ?? '', houseNumberAddition: postcode[3] ?? '' };
  }
  if (/^[+(]?\d[\d\s\-()+/]{5,}$/.test(q)) return { phone: q };
  return splitName(q);
}

/** "Jan van der Berg" → Jan / van der / Berg; "van Dijk" → van / Dijk; "Jansen" → Jansen. */
export function splitName(text: string): Prefill {
  const words = text.trim().split(/\s+/);
  for (let start = 0; start < words.length - 1; start++) {
    const rest = words.slice(start).join(' ').toLowerCase();
    const infix = INFIXES.find((i) => rest.startsWith(`${i} `));
    if (infix) {
      const infixWords = infix.split(' ').length;
      const firstName = words.slice(0, start).join(' ');
      const lastName = words.slice(start + infixWords).join(' ');
      if (lastName) return { ...(firstName ? { firstName } : {}), infix, lastName };
    }
  }
  if (words.length === 1) return { lastName: words[0] };
  return { firstName: words.slice(0, -1).join(' '), lastName: words.at(-1) };
}
