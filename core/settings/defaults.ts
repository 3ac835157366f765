/** Pre-filled at first start from the domain catalogue; every value is editable in Instellingen. */
export const DEFAULT_ORGANISATION = {
  visitingStreet: 'Korenmolenlaan 2',
  visitingPostcode: '3477 GG',
  visitingCity: 'Woerden',
  postalStreet: 'Korenmolenlaan 2',
  postalPostcode: '3477 GG',
  postalCity: 'Woerden',
  phone: '0900 - 20 20 505',
} as const;
