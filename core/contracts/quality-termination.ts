import { z } from 'zod';
import { defineContracts } from './contract';
import { idField, optionalText, requiredText } from './fields';
import { dayField } from './members';
import {
  blacklistEntrySchema,
  complaintWindowSchema,
  DECISION_OUTCOMES,
  HARDSHIP_OUTCOMES,
  noticeTermsSchema,
  participantSchema,
  ref,
  sendVia,
  upload,
  withLetters,
} from './quality';

/** The quality-mark register's endings: the board's decisions, notice, violations and the blacklist (Q3-Q6). */

export const qualityTerminationContracts = defineContracts({
  'quality.decide': {
    summary: 'Q3-Q4: besluit van het bestuur over een bevinding, of beëindigen zonder opgaaf van reden (regel 6); bij beëindigen de brief (T15)',
    access: ['board'],
    input: z.object({
      participantId: idField,
      /** Null for rule 6: a decision without a finding. */
      findingId: idField.nullish(),
      outcome: z.enum(DECISION_OUTCOMES, { error: 'Kies het besluit' }),
      reasons: requiredText('de motivering', 4000),
      /** Q4: by the board at any moment; today when left empty. */
      terminationDate: dayField.nullish(),
      via: sendVia,
    }),
    output: withLetters,
  },
  'quality.invokeHardship': {
    summary: 'Q3: beroep van de deelnemer op de hardheidsclausule (regels 1-4) vastleggen',
    access: ['servicedesk', 'manager', 'admin', 'board'],
    input: z.object({ findingId: idField, invokedOn: dayField, argument: requiredText('de onderbouwing', 4000) }),
    output: participantSchema,
  },
  'quality.decideHardship': {
    summary: 'Q3: besluit van het bestuur op het beroep op de hardheidsclausule',
    access: ['board'],
    input: z.object({ id: idField, outcome: z.enum(HARDSHIP_OUTCOMES, { error: 'Kies het besluit' }), reasons: requiredText('de motivering', 4000) }),
    output: participantSchema,
  },
  'quality.noticeTerms': {
    summary: 'Q4: vroegst mogelijke einddatum bij opzegging ontvangen op een dag',
    access: 'signedIn',
    input: z.object({ id: idField, receivedOn: dayField }),
    output: noticeTermsSchema,
  },
  'quality.terminateByParticipant': {
    summary: 'Q4: schriftelijke opzegging door de deelnemer; minstens een maand voor het eind van het lidmaatschapsjaar; bevestiging (T15)',
    access: ['servicedesk', 'manager', 'admin', 'board'],
    input: z.object({ ...ref, receivedOn: dayField, reason: optionalText(2000), via: sendVia }),
    output: withLetters,
  },
  'quality.recordViolation': {
    summary: 'Q5 h-j: gebruik van het keurmerk na beëindiging vastleggen, met foto\'s',
    access: ['servicedesk', 'manager', 'admin', 'board'],
    input: z.object({ participantId: idField, seenOn: dayField, description: requiredText('wat er is gezien', 2000), files: z.array(upload).max(10, 'Hoogstens 10 bestanden').default([]) }),
    output: participantSchema,
  },
  'quality.recordCheck': {
    summary: 'Q5 h-i: controle na de termijn van 10 dagen gedaan, geen overtreding gezien',
    access: ['servicedesk', 'manager', 'admin', 'board'],
    input: z.object({ participantId: idField, checkedOn: dayField, note: optionalText(1000) }),
    output: participantSchema,
  },
  'quality.evidenceFile': {
    summary: 'Een foto of ander bewijsstuk van een overtreding',
    access: 'signedIn',
    input: z.object({ id: idField }),
    output: z.object({ filename: z.string(), contentType: z.string(), base64: z.string() }),
  },
  'quality.publishBlacklist': {
    summary: 'Q6: overtreding op de zwarte lijst zetten (na de termijn van 10 dagen) en de oud-deelnemer schrijven (T16)',
    access: ['manager', 'admin', 'board'],
    input: z.object({ violationId: idField, via: sendVia }),
    output: withLetters,
  },
  'quality.withdrawBlacklist': {
    summary: 'Een vermelding van de zwarte lijst halen',
    access: ['manager', 'admin', 'board'],
    input: z.object({ id: idField, reason: requiredText('de reden', 1000) }),
    output: participantSchema,
  },
  'quality.blacklist': {
    summary: 'Q6: de zwarte lijst (gepubliceerd, niet ingetrokken)',
    access: 'signedIn',
    input: z.object({ includeWithdrawn: z.boolean().default(false) }),
    output: z.array(blacklistEntrySchema),
  },
  'quality.blacklistExport': {
    summary: 'Q6: de openbare zwarte lijst als webpagina (HTML) en CSV voor de website',
    access: 'signedIn',
    input: z.object({}),
    output: z.object({ html: z.string(), csv: z.string(), entries: z.number() }),
  },
  'quality.complaintWindow': {
    summary: 'Q5 d: kan een klacht over een oud-deelnemer nog in behandeling worden genomen (3 maanden na uitvoering)?',
    access: 'signedIn',
    input: z.object({ providerId: idField, executedOn: dayField.nullish(), receivedOn: dayField.nullish() }),
    output: complaintWindowSchema,
  },
});
