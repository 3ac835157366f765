import { nextWorkingDay } from '../../../core/calendar';
import { appealWindowEnd, decisionDue, firstCallDue, hearingReportDue, mediationResponseDue, writtenAnswerDue, type DeadlineSettings } from '../../../core/complaints/deadlines';
import { amsterdamDay } from '../../../core/contracts/format';
import { between, DAY, pick, type Rng } from '../scale/random';
import { SENTENCES, SUBJECTS } from '../scale/names';

/**
 * One complaint's whole life as planned moments, from intake to closing, following the procedure's
 * deadlines (K8-K13, B2). Cutting the plan at a moment gives the dossier as it stood then: what was
 * planned later has not happened, so its work items are still open.
 */

const HOUR = 3_600_000;

export interface Office {
  r: Rng;
  s: DeadlineSettings;
  teams: { id: string; managerId: string }[];
  /** Servicedesk employees per team. */
  employees: Map<string, string[]>;
  /** Everyone who takes complaints on the phone. */
  desk: string[];
  directorId: string | null;
  persons: string[];
  providers: { id: string; personId: string }[];
  options: { categorie: string[]; oorzaak: string[]; maatregel: string[] };
}

export interface PlannedItem {
  kind: string;
  rule: string;
  dueOn: string;
  at: number;
  doneAt: number | null;
  assigneeId: string | null;
  teamId: string | null;
  role: string | null;
}
export interface PlannedStep {
  at: number;
  by: string | null;
  step: string;
  text: string;
  /** Fields of the complaint this step sets (audited in its transaction). */
  patch: Record<string, unknown>;
}
export interface PlannedCall {
  at: number;
  by: string;
  role: 'eigenaar' | 'manager';
  reached: boolean;
  resolved: boolean;
}
export interface PlannedAppeal {
  at: number;
  receivedOn: string;
  late: boolean;
  decisionDue: string;
  hearingAt: number;
  decidedAt: number;
  decision: 'gegrond' | 'deels_gegrond' | 'ongegrond';
}
export interface PlannedMediation {
  at: number;
  providerId: string;
  respondedAt: number;
  responseDue: string;
}

export interface Plan {
  receivedAt: number;
  base: Record<string, unknown>;
  steps: PlannedStep[];
  items: PlannedItem[];
  calls: PlannedCall[];
  appeal: PlannedAppeal | null;
  mediation: PlannedMediation | null;
  /** A correction of the intake that no step explains (its own transaction). */
  correctedAt: number | null;
  closeAt: number;
}

const CHANNELS = ['telefoon', 'telefoon', 'telefoon', 'email', 'email', 'formulier', 'post'] as const;
const iso = (ms: number) => new Date(ms).toISOString();
const day = (ms: number) => amsterdamDay(new Date(ms));
/** Noon in Woerden of a day, as a moment. */
const noon = (isoDay: string) => Date.parse(`${isoDay}T11:00:00Z`);

export function planComplaint(o: Office, receivedAt: number, complainantId: string): Plan {
  const r = o.r;
  const receivedOn = day(receivedAt);
  const roll = r();
  const provider = o.providers.length > 0 && roll < 0.25 ? pick(r, o.providers) : null;
  const team = pick(r, o.teams);
  const teamStaff = o.employees.get(team.id) ?? [];
  const concernsStaff = !provider && roll < 0.4 && teamStaff.length > 0 ? pick(r, teamStaff) : null;
  const concernsKind = provider ? 'dienstverlener' : concernsStaff ? 'medewerker' : roll < 0.95 ? 'team' : 'organisatie';
  const urgent = r() < 0.05;
  const base: Record<string, unknown> = {
    kind: pick(r, ['klacht', 'klacht', 'klacht', 'klacht', 'klacht', 'klacht', 'claim', 'opmerking']),
    reporter_type: provider ? 'klant' : pick(r, ['klant', 'klant', 'klant', 'omgeving', 'leverancier', 'intern', 'overig']),
    channel: pick(r, CHANNELS),
    received_at: iso(receivedAt),
    received_on: receivedOn,
    complainant_id: complainantId,
    concerns_kind: concernsKind,
    concerns_team_id: concernsKind === 'team' ? team.id : null,
    concerns_staff_id: concernsStaff,
    concerns_provider_id: provider?.id ?? null,
    description: `${pick(r, SUBJECTS)}. ${pick(r, SENTENCES)}`,
    urgent: urgent ? 1 : 0,
    status: 'geregistreerd',
  };
  const plan: Plan = { receivedAt, base, steps: [], items: [], calls: [], appeal: null, mediation: null, correctedAt: r() < 0.05 ? receivedAt + between(r, 1, 48) * HOUR : null, closeAt: 0 };
  const step = (at: number, by: string | null, name: string, text: string, patch: Record<string, unknown> = {}) => plan.steps.push({ at, by, step: name, text, patch });
  const item = (i: Omit<PlannedItem, 'teamId' | 'role'> & Partial<PlannedItem>) => plan.items.push({ teamId: team.id, role: null, ...i });
  const receiver = pick(r, o.desk);
  step(receivedAt, receiver, 'intake', `Klacht ontvangen via ${base.channel}; dossier geregistreerd`);
  const improvement = { category_id: pick(r, o.options.categorie), cause_id: pick(r, o.options.oorzaak), measure_id: pick(r, o.options.maatregel) };

  // K4: a few are solved while on the phone.
  if (base.channel === 'telefoon' && r() < 0.08) {
    plan.closeAt = receivedAt + 10 * 60_000;
    step(plan.closeAt, receiver, 'direct_opgelost', 'Direct opgelost bij melding', { status: 'afgesloten', resolution: 'direct_opgelost', closed_at: iso(plan.closeAt), closed_on: day(plan.closeAt), ...improvement });
    return plan;
  }

  // K5, K8, K10: forwarded to the team's manager; first call on that day, the answer within six weeks.
  const forwardedAt = receivedAt + between(r, 5, 180) * 60_000;
  const manager = team.managerId;
  const owner = teamStaff.filter((id) => id !== concernsStaff).length > 0 ? pick(r, teamStaff.filter((id) => id !== concernsStaff)) : manager;
  const ownedAt = forwardedAt + between(r, 10, 120) * 60_000;
  step(forwardedAt, receiver, 'doorgestuurd', 'Doorgestuurd naar het team', { status: 'doorgestuurd', forwarded_at: iso(forwardedAt), forwarded_team_id: team.id, manager_id: manager });
  step(ownedAt, manager, 'eigenaar', 'Dossierverantwoordelijke aangewezen (K6)', { status: 'in_behandeling', owner_id: owner });
  const firstCall = firstCallDue(new Date(forwardedAt), o.s);
  const answer = writtenAnswerDue(receivedOn, o.s);
  // K8: mostly on the day itself, one in ten a day or more later.
  const callAt = r() < 0.9 ? Math.max(ownedAt + HOUR, noon(firstCall.due) + between(r, -2, 4) * HOUR) : noon(firstCall.due) + between(r, 1, 3) * DAY;
  const missed = r() < 0.2;
  if (missed) plan.calls.push({ at: callAt - 2 * HOUR, by: owner, role: 'eigenaar', reached: false, resolved: false });
  const resolvedByPhone = r() < 0.4;
  plan.calls.push({ at: callAt, by: owner, role: 'eigenaar', reached: true, resolved: resolvedByPhone });
  step(callAt, owner, 'gesprek', 'Klant gesproken');
  item({ kind: 'eerste_contact', rule: firstCall.rule, dueOn: firstCall.due, at: forwardedAt, doneAt: callAt, assigneeId: owner });

  if (resolvedByPhone) {
    plan.closeAt = callAt;
    item({ kind: 'schriftelijk_antwoord', rule: answer.rule, dueOn: answer.due, at: forwardedAt, doneAt: callAt, assigneeId: owner });
    step(callAt, owner, 'telefonisch_opgelost', 'Telefonisch opgelost (K9)', { status: 'afgesloten', resolution: 'telefonisch_opgelost', closed_at: iso(callAt), closed_on: day(callAt), ...improvement });
    return plan;
  }

  // B2: some complaints about a provider go to the provider for a response first.
  let draftFrom = callAt;
  if (provider && r() < 0.3) {
    const requestedOn = day(callAt + DAY);
    const due = mediationResponseDue(requestedOn, o.s);
    const respondedAt = noon(due.due) + between(r, -8, 3) * DAY;
    plan.mediation = { at: callAt + DAY, providerId: provider.id, respondedAt, responseDue: due.due };
    item({ kind: 'reactie_dienstverlener', rule: due.rule, dueOn: due.due, at: callAt + DAY, doneAt: respondedAt, assigneeId: owner });
    draftFrom = Math.max(draftFrom, respondedAt);
  }

  // K10: drafted, approved by the manager, sent; about one in five after the six weeks.
  const sentAt = Math.max(draftFrom + DAY, noon(answer.due) - between(r, -10, 30) * DAY);
  const draftedAt = sentAt - between(r, 1, 4) * DAY;
  const approvedAt = sentAt - between(r, 2, 20) * HOUR;
  item({ kind: 'schriftelijk_antwoord', rule: answer.rule, dueOn: answer.due, at: forwardedAt, doneAt: sentAt, assigneeId: owner });
  item({ kind: 'antwoord_goedkeuren', rule: 'K10', dueOn: answer.due, at: draftedAt, doneAt: approvedAt, assigneeId: manager });
  step(draftedAt, owner, 'antwoord_opgesteld', 'Schriftelijk antwoord (T3) opgesteld, ter goedkeuring', { answer_summary: pick(r, SUBJECTS), answer_solution: pick(r, SENTENCES) });
  step(approvedAt, manager, 'antwoord_goedgekeurd', 'Schriftelijk antwoord goedgekeurd (K7, K10)', { answer_approved_by: manager, answer_approved_at: iso(approvedAt) });
  const sentOn = day(sentAt);
  const window = appealWindowEnd(sentOn, o.s);
  step(sentAt, owner, 'antwoord_verzonden', 'Schriftelijk antwoord (T3) verzonden per post (K11)', { status: 'beantwoord', answer_sent_on: sentOn, appeal_window_ends: window.due });
  const closeDue = nextWorkingDay(window.due, o.s);

  // K11-K13: about one in twelve appeals to the director.
  if (r() < 0.08) {
    const receivedAppeal = sentAt + between(r, 3, 40) * DAY;
    const appealOn = day(receivedAppeal);
    const decision = decisionDue(appealOn, null, o.s);
    const hearingAt = receivedAppeal + between(r, 5, 14) * DAY;
    const decidedAt = Math.max(hearingAt + 2 * DAY, noon(decision.due) + between(r, -12, 4) * DAY);
    const late = appealOn > window.due;
    plan.appeal = { at: receivedAppeal, receivedOn: appealOn, late, decisionDue: decision.due, hearingAt, decidedAt, decision: pick(r, ['gegrond', 'deels_gegrond', 'ongegrond', 'ongegrond']) };
    item({ kind: 'afsluiten', rule: 'K11', dueOn: closeDue, at: sentAt, doneAt: receivedAppeal, assigneeId: owner });
    const director = { assigneeId: null, teamId: null, role: 'director' };
    item({ kind: 'uitspraak', rule: decision.rule, dueOn: decision.due, at: receivedAppeal, doneAt: decidedAt, ...director });
    item({ kind: 'hoorzitting', rule: 'K12', dueOn: day(hearingAt), at: receivedAppeal + DAY, doneAt: hearingAt, ...director });
    const report = hearingReportDue(day(hearingAt), o.s);
    item({ kind: 'gespreksverslag', rule: report.rule, dueOn: report.due, at: hearingAt, doneAt: hearingAt + between(r, 1, 6) * DAY, ...director });
    step(receivedAppeal, receiver, 'bezwaar', late ? 'Bezwaar ontvangen, te laat (K11)' : 'Bezwaar ontvangen (K11, K13)', { status: 'bezwaar' });
    step(hearingAt, o.directorId, 'hoorzitting', 'Gesprek over het bezwaar gehouden (K12)');
    plan.closeAt = decidedAt;
    step(decidedAt, o.directorId, 'uitspraak', 'Uitspraak op het bezwaar verzonden (K13)', { status: 'afgesloten', resolution: 'bezwaar_beslist', closed_at: iso(decidedAt), closed_on: day(decidedAt), ...improvement });
    return plan;
  }

  plan.closeAt = noon(closeDue) + between(r, 0, 10) * DAY;
  item({ kind: 'afsluiten', rule: 'K11', dueOn: closeDue, at: sentAt, doneAt: plan.closeAt, assigneeId: owner });
  step(plan.closeAt, owner, 'afgesloten', 'Dossier afgesloten (K15)', { status: 'afgesloten', resolution: 'schriftelijk_beantwoord', closed_at: iso(plan.closeAt), closed_on: day(plan.closeAt), ...improvement });
  return plan;
}
