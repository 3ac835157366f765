import { z } from 'zod';
import { defineContracts } from './contract';
import { emailField, idField, optionalText } from './fields';

export const MAIL_STATUSES = ['queued', 'sending', 'sent', 'failed', 'uncertain'] as const;
export const MAIL_STATUS_LABELS: Record<(typeof MAIL_STATUSES)[number], string> = {
  queued: 'In de wachtrij',
  sending: 'Wordt verzonden',
  sent: 'Verzonden',
  failed: 'Mislukt',
  uncertain: 'Onzeker: controleer of het is aangekomen',
};

export const mailMessageSchema = z.object({
  id: z.string(),
  dossierKind: z.string().nullable(),
  dossierId: z.string().nullable(),
  toAddress: z.string(),
  toName: z.string().nullable(),
  subject: z.string(),
  body: z.string(),
  attachments: z.array(z.object({ filename: z.string(), contentType: z.string(), documentId: z.string().optional() })),
  status: z.enum(MAIL_STATUSES),
  attempts: z.number(),
  nextAttemptAt: z.string().nullable(),
  lastError: z.string().nullable(),
  sentAt: z.string().nullable(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
});
export type MailMessage = z.infer<typeof mailMessageSchema>;

export const mailSettingsInput = z
  .object({
    enabled: z.boolean(),
    host: optionalText(200),
    port: z.number({ error: 'Vul een poortnummer in' }).int().min(1, 'Ongeldige poort').max(65535, 'Ongeldige poort').nullish(),
    security: z.enum(['none', 'starttls', 'tls']),
    username: optionalText(200),
    /** Left out: keep the stored password. Empty string: remove it. */
    password: z.string().max(500).optional(),
    fromAddress: emailField,
    fromName: optionalText(120),
  })
  .superRefine((v, ctx) => {
    if (!v.enabled) return;
    if (!v.host) ctx.addIssue({ code: 'custom', path: ['host'], message: 'Vul de mailserver in' });
    if (!v.port) ctx.addIssue({ code: 'custom', path: ['port'], message: 'Vul een poortnummer in' });
    if (!v.fromAddress) ctx.addIssue({ code: 'custom', path: ['fromAddress'], message: 'Vul het afzenderadres in' });
  });

export const mailSettingsSchema = z.object({
  enabled: z.boolean(),
  host: z.string().nullable(),
  port: z.number().nullable(),
  security: z.enum(['none', 'starttls', 'tls']),
  username: z.string().nullable(),
  hasPassword: z.boolean(),
  fromAddress: z.string().nullable(),
  fromName: z.string().nullable(),
  version: z.number(),
});

export const mailContracts = defineContracts({
  'mail.list': {
    summary: 'Uitgaande e-mail, per dossier of alles; nieuwste eerst',
    access: 'signedIn',
    input: z.object({ dossierKind: z.string().optional(), dossierId: z.string().optional(), limit: z.number().int().min(1).max(500).default(200) }),
    output: z.array(mailMessageSchema),
  },
  'mail.resend': {
    summary: 'Een mislukt of onzeker bericht opnieuw in de wachtrij zetten',
    access: 'signedIn',
    input: z.object({ id: idField }),
    output: mailMessageSchema,
  },
  'mail.getSettings': { summary: 'Instellingen van de mailserver (SMTP)', access: ['admin'], input: z.object({}), output: mailSettingsSchema },
  'mail.updateSettings': { summary: 'Instellingen van de mailserver wijzigen', access: ['admin'], input: mailSettingsInput, output: mailSettingsSchema },
  'mail.sendTest': {
    summary: 'Testbericht in de wachtrij zetten',
    access: ['admin'],
    input: z.object({ to: z.email('Vul een geldig e-mailadres in') }),
    output: mailMessageSchema,
  },
});
