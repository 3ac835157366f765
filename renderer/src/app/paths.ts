/** Dutch paths: they show in the address bar of the browser host. */
export const PATHS = {
  start: '/start',
  persons: '/personen',
  members: '/leden',
  providers: '/dienstverleners',
  staff: '/medewerkers',
  teams: '/teams',
  settings: '/instellingen',
  audit: '/audittrail',
  correspondence: '/correspondentie',
  outbox: '/uitgaande-email',
  complaints: '/klachten',
  newComplaint: '/klachten/nieuw',
  appeals: '/bezwaren',
  worklist: '/werkvoorraad',
  complaintReport: '/klachtenrapportage',
  procedureSettings: '/instellingen/klachtenprocedure',
} as const;
