import { and, asc, eq, isNull, ne } from 'drizzle-orm';
import type Database from 'better-sqlite3';
import type { Db } from '../../db/client';
import { complaintAppeals, documents, mediations } from '../../db/schema';
import { escapeHtml, renderHtml } from '../../templates/render/html';
import { cssString, letterCss, pageFooterCss } from '../../templates/render/html-style';
import { footerText } from '../../templates/render/layout';
import type { LetterModel } from '../../templates/model';
import { APPEAL_OUTCOME_LABELS, APPEAL_STATUS_LABELS, HEARING_KIND_LABELS } from '../contracts/appeals';
import {
  CALLER_ROLE_LABELS,
  CHANNEL_LABELS,
  COMPLAINT_KIND_LABELS,
  COMPLAINT_STATUS_LABELS,
  REPORTER_TYPE_LABELS,
  RESOLUTION_LABELS,
  type Complaint,
} from '../contracts/complaints';
import { formatDate, formatDateTime } from '../contracts/format';
import { ROLE_LABELS, type Role } from '../contracts/roles';
import { MEDIATION_CONDITION_LABELS, MEDIATION_DIRECTION_LABELS, MEDIATION_OUTCOME_LABELS, MEDIATION_STATUS_LABELS, type MediationCondition } from '../contracts/mediation';
import { COMPLAINT_DOSSIER } from './letters';
import { complaintDetail, personRef, providerRef, staffRef } from './queries';
import { complaintTimeline } from './timeline';

/**
 * The whole dossier as one self-contained, print-ready HTML page (A4, Dutch): the dossier's facts,
 * deadlines, timeline, calls, appeal and mediation, then every archived letter from its stored
 * model, each on a new page. Every text is escaped; no scripts, no external resources.
 */

type Fact = [label: string, value: string | null | undefined];

const esc = (text: string) => escapeHtml(text).replace(/\n/g, '<br>');
const roleName = (role: string | null) => (role ? (ROLE_LABELS[role as Role] ?? role) : null);
const yesNo = (v: boolean | null) => (v === null ? null : v ? 'Ja' : 'Nee');
const day = (v: string | null) => (v ? formatDate(v) : null);
const moment = (v: string | null) => (v ? formatDateTime(v) : null);

function facts(rows: Fact[]): string {
  const shown = rows.filter((r): r is [string, string] => r[1] != null && r[1] !== '');
  return `<table class="facts"><tbody>${shown.map(([label, value]) => `<tr><th>${esc(label)}</th><td>${esc(value)}</td></tr>`).join('')}</tbody></table>`;
}

/** A list; the columns named in `keep` (dates, times) are never broken over two lines. */
function table(headers: string[], rows: (string | null | undefined)[][], empty: string, keep: number[] = []): string {
  if (rows.length === 0) return `<p class="empty">${esc(empty)}</p>`;
  const cls = (i: number) => (keep.includes(i) ? ' class="keep"' : '');
  const head = headers.map((h, i) => `<th${cls(i)}>${esc(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${esc(c ?? '')}</td>`).join('')}</tr>`).join('');
  return `<table class="list"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function forwardedTo(c: Complaint): string {
  const team = c.forwardedTeam ? `team ${c.forwardedTeam.name}` : null;
  if (c.forwardedStaff) return team ? `${c.forwardedStaff.name} (${team})` : c.forwardedStaff.name;
  return team ?? '?';
}

function header(c: Complaint): string {
  const improvement = [c.category?.name, c.cause?.name, c.measure?.name];
  return facts([
    ['Dossiernummer', c.dossierNumber],
    ['Soort melding', `${COMPLAINT_KIND_LABELS[c.kind]}${c.urgent ? ' (spoed)' : ''}`],
    ['Melder', [c.complainant.name, REPORTER_TYPE_LABELS[c.reporterType]].join(', ')],
    ['Telefoon en e-mail', [c.complainant.phone, c.complainant.email].filter(Boolean).join(' · ') || null],
    ['Gaat over', c.concernsLabel],
    ['Ontvangen', `${formatDateTime(c.receivedAt)} via ${CHANNEL_LABELS[c.channel].toLowerCase()}`],
    ['Status', COMPLAINT_STATUS_LABELS[c.status]],
    ['Doorgestuurd', c.forwardedAt ? `${formatDateTime(c.forwardedAt)} naar ${forwardedTo(c)}` : null],
    ['Manager', c.manager?.name],
    ['Dossierverantwoordelijke', c.owner?.name],
    ['Antwoord goedgekeurd', c.answerApprovedAt ? `${formatDateTime(c.answerApprovedAt)} door ${c.answerApprovedBy?.name ?? '?'}` : null],
    ['Antwoord verzonden', day(c.answerSentOn)],
    ['Bezwaar mogelijk tot en met', day(c.appealWindowEnds)],
    ['Afgesloten', c.closedOn ? `${formatDate(c.closedOn)}${c.resolution ? `: ${RESOLUTION_LABELS[c.resolution]}` : ''}` : null],
    ['Toelichting afloop', c.resolutionText],
    ['Categorie, oorzaak, maatregel', improvement.some(Boolean) ? improvement.map((n) => n ?? '—').join(' / ') : null],
    ['Hoofddossier', c.mainComplaint?.dossierNumber],
    ['Dubbele meldingen', c.duplicates.map((d) => d.dossierNumber).join(', ') || null],
  ]);
}

function appealSection(db: Db, complaintId: string): string {
  const a = db.select().from(complaintAppeals).where(and(eq(complaintAppeals.complaintId, complaintId), isNull(complaintAppeals.deletedAt))).get();
  if (!a) return '';
  return `<h2>Bezwaar</h2>${facts([
    ['Ontvangen', `${formatDate(a.receivedOn)}${a.late ? ' (te laat ingediend)' : ''}`],
    ['Status', APPEAL_STATUS_LABELS[a.status]],
    ['Toegelaten', a.late ? yesNo(a.admitted) : null],
    ['Reden (toelating)', a.admissionReason],
    ['Toelating besloten door', staffRef(db, a.admissionDecidedBy)?.name],
    ['Gronden', a.grounds],
    ['Gesprek', a.hearingKind ? `${HEARING_KIND_LABELS[a.hearingKind]}${a.hearingAt ? `, ${formatDateTime(a.hearingAt)}` : ''}` : null],
    ['Gesprek gehouden op', day(a.hearingHeldOn)],
    ['Aanwezigen', a.hearingParticipants],
    ['Gespreksverslag', a.hearingReport],
    ['Uitspraak uiterlijk', formatDate(a.decisionDue)],
    ['Uitspraak', a.decision ? APPEAL_OUTCOME_LABELS[a.decision] : null],
    ['Motivering', a.decisionReasons],
    ['Maatregelen', a.decisionMeasures],
    ['Beslist', a.decidedOn ? `${formatDate(a.decidedOn)} door ${staffRef(db, a.decidedBy)?.name ?? '?'}` : null],
  ])}`;
}

function mediationSection(db: Db, complaintId: string): string {
  const m = db.select().from(mediations).where(and(eq(mediations.complaintId, complaintId), isNull(mediations.deletedAt))).get();
  if (!m) return '';
  const conditions = m.conditions
    ? Object.entries(m.conditions)
        .map(([key, met]) => `${met ? '✓' : '✗'} ${MEDIATION_CONDITION_LABELS[key as MediationCondition] ?? key}`)
        .join('\n')
    : null;
  return `<h2>Bemiddeling</h2>${facts([
    ['Richting', MEDIATION_DIRECTION_LABELS[m.direction]],
    ['Dienstverlener', providerRef(db, m.providerId)?.name],
    ['Klant', personRef(db, m.customerId)?.name],
    ['Status', MEDIATION_STATUS_LABELS[m.status]],
    ['Advies gegeven', m.adviceGivenOn ? `${formatDate(m.adviceGivenOn)}${m.adviceNote ? `: ${m.adviceNote}` : ''}` : null],
    ['Voorwaarden (getoetst op)', conditions ? `${day(m.conditionsCheckedOn) ?? ''}\n${conditions}`.trim() : null],
    ['Reactie gevraagd op', day(m.responseRequestedOn)],
    ['Reactie uiterlijk', day(m.responseDue)],
    ['Reactie ontvangen op', day(m.responseReceivedOn)],
    ['Reactie', m.response],
    ['Uitkomst', m.outcome ? `${MEDIATION_OUTCOME_LABELS[m.outcome]}${m.outcomeOn ? ` (${formatDate(m.outcomeOn)})` : ''}` : null],
    ['Toelichting uitkomst', m.outcomeNote],
  ])}`;
}

/** The archived letters, oldest first: definitive and sent ones, not concepts. */
function archivedLetters(db: Db, complaintId: string): LetterModel[] {
  return db
    .select({ model: documents.model })
    .from(documents)
    .where(and(eq(documents.dossierKind, COMPLAINT_DOSSIER), eq(documents.dossierId, complaintId), isNull(documents.deletedAt), ne(documents.status, 'concept')))
    .orderBy(asc(documents.createdAt), asc(documents.docVersion))
    .all()
    .map((d) => d.model as unknown as LetterModel);
}

export function dossierPrint(sqlite: Database.Database, db: Db, id: string, printed: { at: Date; by: string }): { title: string; html: string } {
  const c = complaintDetail(db, id);
  const title = `Dossier ${c.dossierNumber}`;
  const timeline = complaintTimeline(sqlite, id);
  const letters = archivedLetters(db, id);
  const body = `<section class="dossier">
<h1>${esc(title)}</h1>
<p class="printed">Afgedrukt op ${esc(formatDateTime(printed.at))} door ${esc(printed.by)}</p>
${header(c)}
<h2>Melding</h2>
<p>${esc(c.description)}</p>
${c.requestedRemedy ? `<p><strong>Gewenste oplossing:</strong> ${esc(c.requestedRemedy)}</p>` : ''}
<h2>Termijnen</h2>
${table(['Taak', 'Regel', 'Uiterlijk', 'Medewerker', 'Gedaan op'], c.workItems.map((w) => [w.label, w.rule, formatDate(w.dueOn), w.assignee?.name ?? roleName(w.assigneeRole) ?? w.team?.name, moment(w.doneAt)]), 'Geen termijnen.', [2, 4])}
<h2>Tijdlijn</h2>
${table(['Moment', 'Soort', 'Omschrijving', 'Door'], timeline.map((e) => [formatDateTime(e.at), KIND_LABELS[e.kind], e.text, e.by]), 'Nog niets vastgelegd.', [0])}
<h2>Telefoongesprekken</h2>
${table(
  ['Moment', 'Gebeld door', 'Bereikt', 'Uitkomst', 'Afspraken'],
  c.calls.map((call) => [formatDateTime(call.calledAt), `${call.calledBy?.name ?? '?'} (${CALLER_ROLE_LABELS[call.callerRole].toLowerCase()})`, call.reached ? 'Ja' : 'Nee', call.outcome, call.agreements]),
  'Geen gesprekken vastgelegd.',
  [0],
)}
${appealSection(db, id)}
${mediationSection(db, id)}
</section>
${letters.map((model, i) => `<div class="dossier-letter" data-page="letter${i + 1}">${letterArticle(model)}</div>`).join('\n')}`;
  return { title, html: page(title, css(title, letters), body) };
}

const KIND_LABELS: Record<string, string> = { stap: 'Stap', document: 'Brief', gesprek: 'Gesprek', email: 'E-mail', wijziging: 'Wijziging' };

/** The letter's <article> alone; its style comes once for all letters (see css). */
function letterArticle(model: LetterModel): string {
  const fragment = renderHtml(model, { standalone: false });
  return fragment.slice(fragment.indexOf('</style>') + '</style>'.length).trim();
}

/**
 * The dossier's pages are a named page with a footer of its own. Each letter gets a named page too,
 * with its own small print and page counter, as a batch of letters prints (renderHtmlBatch).
 */
function css(title: string, letters: LetterModel[]): string {
  const footer = `font-family: Arial, Helvetica, sans-serif; font-size: 8pt; color: #555;`;
  const dossierPage = `@page dossier { size: A4; margin: 18mm 16mm 20mm;
  @bottom-left { content: ${cssString(title)}; ${footer} }
  @bottom-right { content: "Pagina " counter(dossierpage); ${footer} }
  counter-increment: dossierpage; }\n`;
  const letterPages = letters
    .map((m, i) => `${pageFooterCss(footerText(m), { name: `letter${i + 1}`, counter: `letterpage${i + 1}` })}.dossier-letter[data-page="letter${i + 1}"] { page: letter${i + 1}; }\n`)
    .join('');
  return (letters.length ? letterCss() : '') + letterPages + dossierPage + DOSSIER_CSS;
}

const DOSSIER_CSS = `
.dossier { page: dossier; font-family: Arial, Helvetica, sans-serif; font-size: 9.5pt; line-height: 1.35; color: #000; }
.dossier h1 { font-size: 16pt; margin: 0 0 2mm; }
.dossier h2 { font-size: 11.5pt; margin: 6mm 0 2mm; border-bottom: 0.5pt solid #888; padding-bottom: 1mm; break-after: avoid; }
.dossier p { margin: 0 0 2mm; white-space: normal; }
.dossier .printed { color: #555; font-size: 8.5pt; }
.dossier .empty { color: #555; font-style: italic; }
.dossier table { border-collapse: collapse; width: 100%; table-layout: auto; }
.dossier th, .dossier td { text-align: left; vertical-align: top; padding: 1mm 1.5mm; white-space: normal; font-size: 9pt; }
.dossier .facts th { width: 48mm; font-weight: bold; color: #333; }
.dossier .list thead th { border-bottom: 0.8pt solid #333; font-weight: bold; }
.dossier .list td { border-bottom: 0.3pt solid #ccc; }
.dossier .list thead { display: table-header-group; }
.dossier tr { break-inside: avoid; }
.dossier .list .keep { white-space: nowrap; }
.dossier-letter { break-before: page; }
@media screen {
  html { background: #e9ecef; }
  body { margin: 0; padding: 8mm 0; }
  .dossier { width: 210mm; margin: 0 auto 8mm; background: #fff; padding: 18mm 16mm 20mm; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.25); }
}`;

function page(title: string, style: string, body: string): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
