import type { z } from 'zod';
import { complaints } from '../../db/schema';
import type { complaintsContracts } from '../contracts/complaints';
import { amsterdamDay } from '../contracts/format';
import type { HandlerContext } from '../context';
import { DomainError } from '../errors';
import { completeWorkItems } from '../worklist/items';
import { assertConcernsExist, assertImprovement, assertPersonExists } from './checks';
import { COMPLAINT_DOSSIER } from './letters';
import { instantFromAmsterdamLocal } from '../contracts/local-time';
import { getComplaintRow } from './queries';
import { expectVersion } from './routing';
import { assertOpen } from './rules';
import { addStep } from './steps';

type Input<N extends keyof typeof complaintsContracts> = z.output<(typeof complaintsContracts)[N]['input']>;

/** K15: closing files the complaint under a category, cause and measure, for the reports. */
export function closeComplaint(ctx: HandlerContext, input: Input<'complaints.close'>): void {
  const row = getComplaintRow(ctx.db, input.id);
  expectVersion(row, input.version);
  assertOpen(row);
  if (row.status === 'bezwaar') throw new DomainError('complaint.not_closable', { reason: 'er loopt een bezwaar; de uitspraak van de directeur sluit het dossier.' });
  assertImprovement(ctx.db, input.improvement);
  ctx.write((w) => {
    w.update(
      complaints,
      row.id,
      {
        status: 'afgesloten',
        resolution: row.answerSentOn ? 'schriftelijk_beantwoord' : 'ingetrokken',
        resolutionText: input.note ?? row.resolutionText,
        closedAt: w.at,
        closedOn: amsterdamDay(ctx.clock.now()),
        ...input.improvement,
      },
      { expectedVersion: row.version },
    );
    completeWorkItems(w, ctx.db, COMPLAINT_DOSSIER, row.id);
    addStep(w, row.id, 'afgesloten', `Dossier afgesloten (K15)${input.note ? `: ${input.note}` : ''}`);
  });
}

/** A second report of the same complaint is closed and points at the main dossier, where the work goes on. */
export function linkDuplicate(ctx: HandlerContext, input: Input<'complaints.linkDuplicate'>): void {
  const row = getComplaintRow(ctx.db, input.id);
  expectVersion(row, input.version);
  assertOpen(row);
  if (row.status === 'bezwaar') throw new DomainError('complaint.not_closable', { reason: 'er loopt een bezwaar; de uitspraak van de directeur sluit het dossier.' });
  if (input.mainId === row.id) throw new DomainError('complaint.duplicate_self', {}, ['mainId']);
  const main = getComplaintRow(ctx.db, input.mainId);
  if (main.mainComplaintId) {
    const root = getComplaintRow(ctx.db, main.mainComplaintId);
    throw new DomainError('complaint.duplicate_chain', { number: root.dossierNumber }, ['mainId']);
  }
  ctx.write((w) => {
    w.update(
      complaints,
      row.id,
      { mainComplaintId: main.id, status: 'afgesloten', resolution: 'samengevoegd', closedAt: w.at, closedOn: amsterdamDay(ctx.clock.now()) },
      { expectedVersion: row.version },
    );
    completeWorkItems(w, ctx.db, COMPLAINT_DOSSIER, row.id);
    addStep(w, row.id, 'samengevoegd', `Dubbele melding: gekoppeld aan hoofddossier ${main.dossierNumber}`);
    addStep(w, main.id, 'dubbel_gekoppeld', `Dubbele melding ${row.dossierNumber} aan dit dossier gekoppeld`);
  });
}

/** Corrects the intake while the dossier is open (typing errors from the phone call). */
export function updateComplaint(ctx: HandlerContext, input: Input<'complaints.update'>): void {
  const row = getComplaintRow(ctx.db, input.id);
  expectVersion(row, input.version);
  assertOpen(row);
  assertPersonExists(ctx.db, input.complainantId, 'complainantId');
  assertConcernsExist(ctx.db, input);
  const receivedAt = instantFromAmsterdamLocal(input.receivedAt);
  if (receivedAt.getTime() > ctx.clock.now().getTime() + 5 * 60_000) throw new DomainError('complaint.received_in_future', {}, ['receivedAt']);
  const { id: _id, version: _version, ...fields } = input;
  ctx.write((w) =>
    w.update(complaints, row.id, { ...fields, receivedAt: receivedAt.toISOString(), receivedOn: amsterdamDay(receivedAt) }, { expectedVersion: row.version }),
  );
}
