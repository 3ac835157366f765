import { dossierItems, mediations } from '../../db/schema';
import { mediationResponseDue } from '../complaints/deadlines';
import { COMPLAINT_DOSSIER, draftComplaintLetter, sendLetter } from '../complaints/letters';
import { getComplaintRow } from '../complaints/queries';
import { assertOpen } from '../complaints/rules';
import { deadlineSettings } from '../complaints/settings';
import { addStep } from '../complaints/steps';
import { amsterdamDay, formatDate } from '../contracts/format';
import { MEDIATION_CONDITION_LABELS, MEDIATION_OUTCOME_LABELS, MEDIATION_STATUS_LABELS, mediationContracts, type MediationStatus } from '../contracts/mediation';
import { requireUser, type HandlerContext } from '../context';
import { documentSummary } from '../documents/queries';
import { DomainError, InputError } from '../errors';
import { defineHandlers } from '../handlers';
import type { RowPatch, Writer } from '../mutation/writer';
import { addWorkItem, completeWorkItems } from '../worklist/items';
import { discardItemFile, readItemFile, storeItemFile } from './files';
import { REFUSAL_LETTER, RESPONSE_REQUEST_LETTER, SENT_VIA, refusalData, responseRequestData, sidesOf } from './letters';
import {
  customerIdOf,
  customerParty,
  findMediationOfComplaint,
  getItemRow,
  getMediationOfComplaint,
  getMediationRow,
  mediationById,
  providerParty,
  type MediationRow,
} from './queries';
import { directionFor, failingConditions, itemLabel, statusAfterCheck, stepRefusal, type MediationStep } from './rules';

/** The work items mediation sets on the complaint's dossier; the outcome (B6) ends them. */
const MEDIATION_WORK_ITEMS = ['reactie_dienstverlener'] as const;

const today = (ctx: HandlerContext) => amsterdamDay(ctx.clock.now());

function assertStep(step: MediationStep, status: MediationStatus): void {
  const refusal = stepRefusal(step, status);
  if (refusal) throw new DomainError(refusal, { status: MEDIATION_STATUS_LABELS[status] });
}

/** The mediation and its complaint, checked for the step; the write itself re-checks the version. */
function loadForStep(ctx: HandlerContext, id: string, version: number | undefined, step: MediationStep) {
  const mediation = getMediationRow(ctx.db, id);
  if (version !== undefined && version !== mediation.version) throw new DomainError('record.stale');
  const complaint = getComplaintRow(ctx.db, mediation.complaintId);
  assertOpen(complaint);
  assertStep(step, mediation.status);
  return { mediation, complaint };
}

/** Refused when someone else changed the mediation while this step's letter was being drafted. */
function updateMediation(w: Writer, row: MediationRow, patch: RowPatch<typeof mediations>) {
  return w.update(mediations, row.id, patch, { expectedVersion: row.version });
}

function withLetter(ctx: HandlerContext, mediationId: string, documentId: string | null) {
  return { mediation: mediationById(ctx.db, mediationId), documents: documentId ? [documentSummary(ctx.sqlite, documentId)] : [] };
}

export const mediationHandlers = defineHandlers(mediationContracts, {
  'mediation.get': (input, ctx) => {
    getComplaintRow(ctx.db, input.complaintId);
    const row = findMediationOfComplaint(ctx.db, input.complaintId);
    return row ? mediationById(ctx.db, row.id) : null;
  },

  // B1, B5: only a complaint between a customer and a provider can be mediated; first the advice to talk it over.
  'mediation.start': (input, ctx) => {
    const complaint = getComplaintRow(ctx.db, input.complaintId);
    assertOpen(complaint);
    const direction = directionFor(complaint.concernsKind);
    if (!direction) throw new DomainError('mediation.not_about_provider');
    if (findMediationOfComplaint(ctx.db, complaint.id)) throw new DomainError('mediation.exists');
    const provider = providerParty(ctx.db, complaint.concernsProviderId);
    const customerId = customerIdOf(complaint);
    if (!customerId) throw new DomainError('complaint.concerns_unknown');
    const customer = customerParty(ctx.db, customerId);
    const otherSide = direction === 'klant_over_dienstverlener' ? 'de dienstverlener' : 'de klant';
    const id = ctx.write((w) => {
      const row = w.insert(mediations, {
        complaintId: complaint.id,
        direction,
        providerId: provider.id,
        customerId: customer.id,
        adviceGivenOn: today(ctx),
        adviceNote: input.adviceNote,
        conditions: null,
        status: 'advies',
      });
      addStep(w, complaint.id, 'bemiddeling_advies', `Advies gegeven: eerst zelf met ${otherSide} in gesprek (B1)`);
      return row.id;
    });
    return mediationById(ctx.db, id);
  },

  // B3: all six conditions or a refusal letter naming each one that fails.
  'mediation.checkConditions': async (input, ctx) => {
    const { mediation, complaint } = loadForStep(ctx, input.id, input.version, 'checkConditions');
    const failing = failingConditions(input.conditions);
    const status = statusAfterCheck(failing);
    const documentId = failing.length > 0 ? await draftComplaintLetter(ctx, complaint.id, REFUSAL_LETTER, refusalData(ctx.db, complaint, sidesOf(ctx.db, mediation), failing)) : null;
    ctx.write((w) => {
      updateMediation(w, mediation, { conditions: { ...input.conditions }, conditionsCheckedOn: today(ctx), status });
      if (!documentId) {
        addStep(w, complaint.id, 'bemiddeling_toegelaten', 'Alle voorwaarden voor bemiddeling zijn vervuld: bemiddeling mogelijk (B3)');
        return;
      }
      const via = sendLetter(ctx, w, documentId, complaint.complainantId, input.via, `Bemiddeling niet mogelijk, dossier ${complaint.dossierNumber}`);
      const reasons = failing.map((c) => MEDIATION_CONDITION_LABELS[c]).join('; ');
      addStep(w, complaint.id, 'bemiddeling_geweigerd', `Bemiddeling geweigerd (B3), niet vervuld: ${reasons}. Brief (T7) verzonden ${SENT_VIA[via]}`, documentId);
    });
    return withLetter(ctx, mediation.id, documentId);
  },

  // B2: hoor en wederhoor; the other party gets a number of working days (a setting) to respond.
  'mediation.requestResponse': async (input, ctx) => {
    const user = requireUser(ctx);
    const { mediation, complaint } = loadForStep(ctx, input.id, input.version, 'requestResponse');
    const day = today(ctx);
    const due = mediationResponseDue(day, deadlineSettings(ctx.db));
    const sides = sidesOf(ctx.db, mediation);
    const data = responseRequestData(complaint, mediation, sides, due.due);
    const documentId = await draftComplaintLetter(ctx, complaint.id, RESPONSE_REQUEST_LETTER, data);
    ctx.write((w) => {
      updateMediation(w, mediation, { status: 'reactie_gevraagd', responseRequestedOn: day, responseDue: due.due });
      addWorkItem(w, {
        dossierKind: COMPLAINT_DOSSIER,
        dossierId: complaint.id,
        kind: 'reactie_dienstverlener',
        rule: due.rule,
        dueOn: due.due,
        // Before anyone owns the complaint (K6) the response is watched by whoever asked for it.
        assigneeId: complaint.ownerId ?? complaint.managerId ?? user.id,
        teamId: complaint.forwardedTeamId,
        urgent: complaint.urgent,
      });
      // B4: the mail carries the subject convention, so the reply finds its dossier.
      const via = sendLetter(ctx, w, documentId, sides.other.person.id, input.via, data.emailSubject);
      addStep(w, complaint.id, 'bemiddeling_reactie_gevraagd', `Klacht voorgelegd aan ${sides.other.name} (hoor en wederhoor, B2); reactie uiterlijk ${formatDate(due.due)}. Brief (T7) verzonden ${SENT_VIA[via]}`, documentId);
    });
    return withLetter(ctx, mediation.id, documentId);
  },

  'mediation.recordResponse': (input, ctx) => {
    const { mediation, complaint } = loadForStep(ctx, input.id, input.version, 'recordResponse');
    if (input.receivedOn > today(ctx)) throw new InputError({ receivedOn: 'Een datum in de toekomst kan niet; vul de dag in waarop de reactie binnenkwam.' });
    if (mediation.responseRequestedOn && input.receivedOn < mediation.responseRequestedOn) {
      throw new InputError({ receivedOn: `De reactie kan niet eerder zijn binnengekomen dan er om gevraagd is (${formatDate(mediation.responseRequestedOn)}).` });
    }
    const sides = sidesOf(ctx.db, mediation);
    ctx.write((w) => {
      updateMediation(w, mediation, { status: 'reactie_ontvangen', responseReceivedOn: input.receivedOn, response: input.response });
      completeWorkItems(w, ctx.db, COMPLAINT_DOSSIER, complaint.id, MEDIATION_WORK_ITEMS);
      addStep(w, complaint.id, 'bemiddeling_reactie', `Reactie van ${sides.other.name} ontvangen op ${formatDate(input.receivedOn)} (B2)`);
    });
    return mediationById(ctx.db, mediation.id);
  },

  // B4: typed items; the contract makes every invoice paid or unpaid.
  'mediation.addItem': (input, ctx) => {
    const complaint = getComplaintRow(ctx.db, input.complaintId);
    assertOpen(complaint);
    const mediation = getMediationOfComplaint(ctx.db, complaint.id);
    assertStep('changeItems', mediation.status);
    const itemId = ctx.ids.next();
    const file = input.file ? storeItemFile(ctx, complaint.id, itemId, input.file) : null;
    try {
      ctx.write((w) => {
        w.insert(
          dossierItems,
          {
            complaintId: complaint.id,
            kind: input.kind,
            description: input.description,
            paid: input.paid,
            fileName: file?.fileName ?? null,
            contentType: file?.contentType ?? null,
            filePath: file?.filePath ?? null,
            sha256: file?.sha256 ?? null,
            byteSize: file?.byteSize ?? null,
          },
          { id: itemId },
        );
        addStep(w, complaint.id, 'bemiddeling_stuk', `Stuk toegevoegd aan het bemiddelingsdossier (B4): ${itemLabel(input)}`);
      });
    } catch (error) {
      discardItemFile(ctx, file);
      throw error;
    }
    return mediationById(ctx.db, mediation.id);
  },

  // The row is tombstoned and its file stays: the dossier's archive keeps what was received.
  'mediation.removeItem': (input, ctx) => {
    const item = getItemRow(ctx.db, input.id);
    const complaint = getComplaintRow(ctx.db, item.complaintId);
    assertOpen(complaint);
    const mediation = getMediationOfComplaint(ctx.db, complaint.id);
    assertStep('changeItems', mediation.status);
    ctx.write((w) => {
      w.remove(dossierItems, item.id);
      addStep(w, complaint.id, 'bemiddeling_stuk_verwijderd', `Stuk verwijderd uit het bemiddelingsdossier (B4): ${itemLabel({ ...item, paid: item.paid ?? null })}`);
    });
    return mediationById(ctx.db, mediation.id);
  },

  'mediation.itemFile': (input, ctx) => readItemFile(ctx, getItemRow(ctx.db, input.id)),

  // B6: closing the complaint itself stays complaints.close, with its K15 fields.
  'mediation.recordOutcome': (input, ctx) => {
    const { mediation, complaint } = loadForStep(ctx, input.id, input.version, 'recordOutcome');
    ctx.write((w) => {
      updateMediation(w, mediation, { outcome: input.outcome, outcomeNote: input.note, outcomeOn: today(ctx), status: 'afgerond' });
      completeWorkItems(w, ctx.db, COMPLAINT_DOSSIER, complaint.id, MEDIATION_WORK_ITEMS);
      addStep(w, complaint.id, 'bemiddeling_uitkomst', `Uitkomst van de bemiddeling: ${MEDIATION_OUTCOME_LABELS[input.outcome]} (B6)${input.note ? `. ${input.note}` : ''}`);
    });
    return mediationById(ctx.db, mediation.id);
  },
});
