import { complaintSteps } from '../../db/schema';
import type { Writer } from '../mutation/writer';

/** One line on the dossier's timeline for a step of the procedure, in the step's own transaction. */
export function addStep(w: Writer, complaintId: string, step: string, text: string, documentId: string | null = null): void {
  w.insert(complaintSteps, { complaintId, at: w.at, by: w.userId ?? null, step, text, documentId });
}
