import { z } from 'zod';
import { defineContracts } from './contract';

/** sync_state.status: what the indicator shows. */
export const SYNC_STATUSES = ['uit', 'wacht_op_goedkeuring', 'offline', 'bezig', 'bijgewerkt', 'fout', 'verouderd', 'ingetrokken'] as const;
export type SyncStatusName = (typeof SYNC_STATUSES)[number];

export const SYNC_STATUS_LABELS: Record<SyncStatusName, string> = {
  uit: 'Niet gekoppeld',
  wacht_op_goedkeuring: 'Wacht op goedkeuring',
  offline: 'Offline',
  bezig: 'Synchroniseren…',
  bijgewerkt: 'Bijgewerkt',
  fout: 'Fout bij synchroniseren',
  verouderd: 'Programma te oud voor de server',
  ingetrokken: 'Toegang ingetrokken',
};

export const syncStatusSchema = z.object({
  /** Linked to a server; false: the desktop works alone and the indicator stays quiet. */
  configured: z.boolean(),
  /** The host can sync (it has a credential store); the browser host without one cannot. */
  available: z.boolean(),
  status: z.enum(SYNC_STATUSES),
  running: z.boolean(),
  serverUrl: z.string().nullable(),
  deviceId: z.string().nullable(),
  deviceName: z.string().nullable(),
  numberPrefix: z.string().nullable(),
  lastSyncAt: z.string().nullable(),
  lastError: z.string().nullable(),
  /** Progress of the running (or last) round. */
  pushed: z.number(),
  pulled: z.number(),
  /** Local changes not yet accepted by the server. */
  unsent: z.number(),
  /** Reports (rejected changes, rows that could not be stored) not yet seen by anyone. */
  unseenReports: z.number(),
});
export type SyncStatusView = z.infer<typeof syncStatusSchema>;

const serverUrlField = z
  .string()
  .trim()
  .min(1, 'Vul het adres van de syncserver in')
  .max(500)
  .refine((v) => /^https?:\/\/[^\s/]+/i.test(v) && URL.canParse(v), 'Vul een volledig adres in, bijvoorbeeld https://sync.servicedesk.nl');

export const syncRegisterInput = z.object({
  serverUrl: serverUrlField,
  code: z.string().trim().min(4, 'Vul de koppelcode in die de beheerder van de server gaf').max(100),
  name: z.string().trim().min(1, 'Geef deze computer een naam, bijvoorbeeld "Balie 1"').max(100),
});

export const SYNC_REPORT_STATUS_LABELS = {
  rejected: 'Geweigerd door de server',
  conflict: 'Overschreven door een gelijktijdige wijziging',
  apply_failed: 'Kon hier niet worden opgeslagen',
} as const;

export const syncReportSchema = z.object({
  mutationId: z.string(),
  tableName: z.string(),
  tableLabel: z.string(),
  rowId: z.string(),
  rowLabel: z.string(),
  status: z.enum(['rejected', 'conflict', 'apply_failed']),
  reason: z.string().nullable(),
  reportedAt: z.string(),
  seen: z.boolean(),
});
export type SyncReport = z.infer<typeof syncReportSchema>;

export const syncConflictSchema = z.object({
  id: z.number(),
  tableName: z.string(),
  tableLabel: z.string(),
  rowId: z.string(),
  /** What a person recognises: a name or a number, from this desktop's copy of the row. */
  rowLabel: z.string(),
  field: z.string(),
  fieldLabel: z.string(),
  /** The value that stands now (it won: the later change). */
  winningValue: z.unknown(),
  winningDevice: z.string(),
  winningAt: z.string(),
  /** The value that lost, kept so a person can bring it back. */
  losingValue: z.unknown(),
  losingDevice: z.string(),
  losingAt: z.string(),
});
export type SyncConflict = z.infer<typeof syncConflictSchema>;

export const syncDeviceSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(['pending', 'approved', 'revoked']),
  numberPrefix: z.string(),
  registeredAt: z.string(),
  approvedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  thisDesktop: z.boolean(),
});
export type SyncDevice = z.infer<typeof syncDeviceSchema>;

const deviceIdInput = z.object({ id: z.string().min(1).max(200) });

export const syncContracts = defineContracts({
  'sync.status': { summary: 'Stand van de synchronisatie van deze computer', access: 'signedIn', input: z.object({}), output: syncStatusSchema },
  'sync.now': { summary: 'Nu synchroniseren; antwoordt als de ronde klaar is', access: 'signedIn', input: z.object({}), output: syncStatusSchema },
  'sync.register': {
    summary: 'Deze computer koppelen aan een syncserver met een koppelcode',
    access: ['admin'],
    input: syncRegisterInput,
    output: syncStatusSchema,
  },
  'sync.join': {
    summary: 'Eerste start van een extra computer: koppelen aan de syncserver van het kantoor en de gegevens ophalen',
    access: 'public',
    input: syncRegisterInput,
    output: syncStatusSchema,
  },
  'sync.joinProgress': {
    summary: 'Eerste start na koppelen: opnieuw synchroniseren tot de medewerkers er zijn (bijvoorbeeld na goedkeuring)',
    access: 'public',
    input: z.object({}),
    output: syncStatusSchema,
  },
  'sync.disconnect': {
    summary: 'De koppeling met de syncserver opheffen; niets lokaal gaat verloren',
    access: ['admin'],
    input: z.object({}),
    output: syncStatusSchema,
  },
  'sync.reports': {
    summary: 'Wijzigingen die de server weigerde of die hier niet konden worden opgeslagen',
    access: 'signedIn',
    input: z.object({ includeSeen: z.boolean().default(false) }),
    output: z.array(syncReportSchema),
  },
  'sync.markReportsSeen': {
    summary: 'Meldingen als gezien markeren',
    access: 'signedIn',
    input: z.object({ mutationIds: z.array(z.string().min(1).max(200)).min(1).max(500) }),
    output: z.object({ marked: z.number() }),
  },
  'sync.conflicts': {
    summary: 'Open conflicten: twee computers wijzigden tegelijk hetzelfde gegeven',
    access: 'signedIn',
    input: z.object({}),
    output: z.array(syncConflictSchema),
  },
  'sync.resolveConflict': {
    summary: 'Een conflict afhandelen: de huidige waarde houden of de andere terugzetten',
    access: 'signedIn',
    input: z.object({ id: z.number().int().positive(), keep: z.enum(['winning', 'losing']) }),
    output: z.object({ resolved: z.literal(true) }),
  },
  'sync.devices': { summary: 'Computers die met de server synchroniseren', access: ['admin'], input: z.object({}), output: z.array(syncDeviceSchema) },
  'sync.approveDevice': { summary: 'Een computer toelaten', access: ['admin'], input: deviceIdInput, output: syncDeviceSchema },
  'sync.revokeDevice': { summary: 'De toegang van een computer intrekken', access: ['admin'], input: deviceIdInput, output: syncDeviceSchema },
  'sync.createCode': {
    summary: 'Een eenmalige koppelcode voor een nieuwe computer maken (7 dagen geldig)',
    access: ['admin'],
    /** approveAtOnce: the computer that uses the code needs no separate approval. */
    input: z.object({ approveAtOnce: z.boolean().default(false) }),
    output: z.object({ code: z.string(), expiresAt: z.string() }),
  },
});
