import type { z } from 'zod';
import { amsterdamDay } from '../contracts/format';
import type { complaintWindowSchema } from '../contracts/quality';
import type { HandlerContext } from '../context';
import { DomainError } from '../errors';
import { findProviderRow } from '../providers/queries';
import { lastParticipationOf, participantName } from './queries';
import { complaintWindow } from './termination-rules';

/** Q5 d at the intake: may a complaint about a former participant still be taken up? It informs, it does not block. */
export function complaintWindowFor(ctx: HandlerContext, input: { providerId: string; executedOn?: string | null; receivedOn?: string | null }): z.infer<typeof complaintWindowSchema> {
  if (!findProviderRow(ctx.db, input.providerId)) throw new DomainError('quality.provider_unknown', {}, ['providerId']);
  const participation = lastParticipationOf(ctx.db, input.providerId) ?? null;
  const receivedOn = input.receivedOn ?? amsterdamDay(ctx.clock.now());
  const window = complaintWindow(participation && { ...participation, name: participantName(ctx.db, participation) }, input.executedOn ?? null, receivedOn);
  return {
    participant: participation && { id: participation.id, registrationNumber: participation.registrationNumber, status: participation.status, terminationDate: participation.terminationDate },
    ...window,
  };
}
