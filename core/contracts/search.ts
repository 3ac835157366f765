import { z } from 'zod';
import { defineContracts } from './contract';

export const SEARCH_HIT_KINDS = ['person', 'member', 'provider'] as const;
export type SearchHitKind = (typeof SEARCH_HIT_KINDS)[number];

/** What the typed text was recognised as; the hit says which one matched. */
export const SEARCH_MATCHES = ['naam', 'telefoon', 'postcode', 'email', 'lidnummer', 'kvk'] as const;
export type SearchMatch = (typeof SEARCH_MATCHES)[number];
export const SEARCH_MATCH_LABELS: Record<SearchMatch, string> = {
  naam: 'Naam',
  telefoon: 'Telefoonnummer',
  postcode: 'Postcode en huisnummer',
  email: 'E-mailadres',
  lidnummer: 'Lidnummer',
  kvk: 'KvK-nummer',
};

export const searchHitSchema = z.object({
  /** What to open: a member page, a provider page, or the person page. */
  kind: z.enum(SEARCH_HIT_KINDS),
  /** Id of that member, provider or person. */
  id: z.string(),
  personId: z.string(),
  /** The person's own membership and provider record, when there is one (for a second click target). */
  memberId: z.string().nullable(),
  providerId: z.string().nullable(),
  /** "Jan van der Berg" */
  title: z.string(),
  /** Address and phone: "Kerkstraat 12a, 3441 AB Woerden · 06-12345678" */
  subtitle: z.string(),
  /** "Lid L000123", "Dienstverlener", "Huisgenoot van L000045", "Contactpersoon Bouwbedrijf X" */
  badges: z.array(z.string()),
  matchedOn: z.enum(SEARCH_MATCHES),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchContracts = defineContracts({
  'search.everywhere': {
    summary: 'Zoeken terwijl u typt: naam, telefoon, postcode + huisnummer, e-mail, lidnummer of KvK-nummer',
    access: 'signedIn',
    input: z.object({ query: z.string().max(200), limit: z.number().int().min(1).max(100).default(20) }),
    output: z.object({
      query: z.string(),
      hits: z.array(searchHitSchema),
      /** More persons match than were returned (or than a name search weighs): "typ verder om te verfijnen". */
      more: z.boolean(),
    }),
  },
});
