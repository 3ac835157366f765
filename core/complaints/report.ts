import type Database from 'better-sqlite3';
import { APPEAL_OUTCOME_LABELS } from '../contracts/appeals';
import { CHANNEL_LABELS, CHANNELS } from '../contracts/complaints';
import type { ComplaintReport } from '../contracts/complaint-report';
import { preparedOnce } from '../db/prepared';
import { displayName, type PersonName } from '../persons/names';

/**
 * K15: the report over the complaints received in a period, aggregated in SQL. A duplicate linked
 * to its main dossier is the same complaint and is counted once, with its main dossier.
 */

type Params = { from: string; to: string; today: string };
type CountRow = ComplaintReport['perTeam'][number];

// The unary + keeps SQLite from reading the period through the index of duplicates (nearly all NULL).
const PERIOD = `c.deleted_at IS NULL AND c.received_on >= @from AND c.received_on <= @to AND +c.main_complaint_id IS NULL`;

/**
 * The Woerden day of a stored instant (ISO, UTC), in SQL: summer time runs from the last Sunday of
 * March to the last Sunday of October, both at 01:00 UTC (EU rule), so no per-row call into JS.
 */
export function amsterdamDaySql(column: string): string {
  const boundary = (monthDay: string) => `date(substr(${column}, 1, 4) || '-${monthDay}', 'weekday 0') || 'T01:00'`;
  return `date(${column}, CASE WHEN ${column} >= ${boundary('03-25')} AND ${column} < ${boundary('10-25')} THEN '+2 hours' ELSE '+1 hour' END)`;
}

export const REPORT_SQL = {
  perMonth: `SELECT substr(c.received_on, 1, 7) AS month, count(*) AS received, count(c.closed_on) AS closed,
      total(CASE WHEN c.closed_on IS NOT NULL THEN julianday(c.closed_on) - julianday(c.received_on) END) AS handling_days
    FROM complaints c WHERE ${PERIOD} GROUP BY month`,
  // The team that handled it (forwarded to), else the team it is about; an employee stands for their team.
  perTeam: `SELECT coalesce(c.forwarded_team_id, fs.team_id, c.concerns_team_id, cs.team_id) AS key, t.name AS label, count(*) AS count
    FROM complaints c LEFT JOIN staff fs ON fs.id = c.forwarded_staff_id LEFT JOIN staff cs ON cs.id = c.concerns_staff_id
    LEFT JOIN teams t ON t.id = coalesce(c.forwarded_team_id, fs.team_id, c.concerns_team_id, cs.team_id)
    WHERE ${PERIOD} GROUP BY key`,
  perProvider: `SELECT g.key, g.count, p.kind, p.initials, p.first_name AS firstName, p.infix, p.last_name AS lastName, p.organisation_name AS organisationName
    FROM (SELECT c.concerns_provider_id AS key, count(*) AS count FROM complaints c WHERE ${PERIOD} AND c.concerns_provider_id IS NOT NULL GROUP BY key) g
    LEFT JOIN providers pr ON pr.id = g.key LEFT JOIN persons p ON p.id = pr.person_id`,
  perChannel: `SELECT c.channel AS key, count(*) AS count FROM complaints c WHERE ${PERIOD} GROUP BY key`,
  perCategory: `SELECT c.category_id AS key, o.name AS label, count(*) AS count FROM complaints c JOIN improvement_options o ON o.id = c.category_id
    WHERE ${PERIOD} GROUP BY key`,
  perCause: `SELECT c.cause_id AS key, o.name AS label, count(*) AS count FROM complaints c JOIN improvement_options o ON o.id = c.cause_id
    WHERE ${PERIOD} GROUP BY key`,
  // One pass over the period's dossiers for both: K10, the answer sent after its due day or not sent
  // while that day has passed; K8, the first call done on a later (Woerden) day than its due day, or
  // still open after it.
  late: `SELECT
      total(EXISTS (SELECT 1 FROM work_items w WHERE w.dossier_kind = 'complaint' AND w.dossier_id = c.id AND w.kind = 'schriftelijk_antwoord' AND w.deleted_at IS NULL
        AND ((c.answer_sent_on IS NOT NULL AND c.answer_sent_on > w.due_on) OR (c.answer_sent_on IS NULL AND w.done_at IS NULL AND w.due_on < @today)))) AS answers,
      total(EXISTS (SELECT 1 FROM work_items w WHERE w.dossier_kind = 'complaint' AND w.dossier_id = c.id AND w.kind = 'eerste_contact' AND w.deleted_at IS NULL
        AND ((w.done_at IS NOT NULL AND ${amsterdamDaySql('w.done_at')} > w.due_on) OR (w.done_at IS NULL AND w.due_on < @today)))) AS first_calls
    FROM complaints c WHERE ${PERIOD}`,
  // K11: `late` is an appeal received after the appeal window.
  appeals: `SELECT count(*) AS total, total(a.late) AS late, total(a.status NOT IN ('beslist', 'niet_ontvankelijk')) AS open
    FROM complaint_appeals a JOIN complaints c ON c.id = a.complaint_id WHERE a.deleted_at IS NULL AND ${PERIOD}`,
  appealOutcomes: `SELECT CASE WHEN a.status = 'niet_ontvankelijk' THEN 'niet_ontvankelijk' ELSE a.decision END AS key, count(*) AS count
    FROM complaint_appeals a JOIN complaints c ON c.id = a.complaint_id WHERE a.deleted_at IS NULL AND ${PERIOD} GROUP BY key HAVING key IS NOT NULL`,
} as const;

const OUTCOME_LABELS: Record<string, string> = { ...APPEAL_OUTCOME_LABELS, niet_ontvankelijk: 'Niet ontvankelijk' };

function run<T>(sqlite: Database.Database, name: keyof typeof REPORT_SQL, params: Params): T[] {
  const statement = preparedOnce(sqlite, `complaints.report.${name}`, () => sqlite.prepare(REPORT_SQL[name]));
  return statement.all(params) as T[];
}

const byCount = (a: CountRow, b: CountRow) => b.count - a.count || a.label.localeCompare(b.label, 'nl');

/** Every month of the period, 'yyyy-mm', so a chart shows the empty ones too. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) return months;
    months.push(key);
    if (++month > 12) (month = 1), year++;
  }
}

export function complaintReport(sqlite: Database.Database, params: Params): ComplaintReport {
  const months = run<{ month: string; received: number; closed: number; handling_days: number }>(sqlite, 'perMonth', params);
  const byMonth = new Map(months.map((m) => [m.month, m]));
  const total = months.reduce((n, m) => n + m.received, 0);
  const closed = months.reduce((n, m) => n + m.closed, 0);
  const handlingDays = months.reduce((n, m) => n + m.handling_days, 0);
  const named = (rows: { key: string | null; label: string | null; count: number }[], empty: string) =>
    rows.map((r) => ({ key: r.key ?? '', label: r.label ?? empty, count: r.count })).sort(byCount);
  const channels = new Map(run<{ key: string; count: number }>(sqlite, 'perChannel', params).map((r) => [r.key, r.count]));
  const appeals = run<{ total: number; late: number; open: number }>(sqlite, 'appeals', params)[0]!;
  const late = run<{ answers: number; first_calls: number }>(sqlite, 'late', params)[0]!;
  return {
    from: params.from,
    to: params.to,
    total,
    closed,
    // Per month of receipt: received then, and how many of those are closed by now.
    perMonth: monthsBetween(params.from, params.to).map((month) => ({ month, received: byMonth.get(month)?.received ?? 0, closed: byMonth.get(month)?.closed ?? 0 })),
    perTeam: named(run(sqlite, 'perTeam', params), 'Geen team'),
    perProvider: run<{ key: string; count: number } & PersonName>(sqlite, 'perProvider', params)
      .map((r) => ({ key: r.key, label: r.kind ? displayName(r) : '?', count: r.count }))
      .sort(byCount),
    perChannel: CHANNELS.map((key) => ({ key, label: CHANNEL_LABELS[key], count: channels.get(key) ?? 0 })),
    perCategory: named(run(sqlite, 'perCategory', params), '?'),
    perCause: named(run(sqlite, 'perCause', params), '?'),
    averageHandlingDays: closed > 0 ? Math.round((handlingDays / closed) * 10) / 10 : null,
    lateAnswers: late.answers,
    lateFirstCalls: late.first_calls,
    appeals: {
      total: appeals.total,
      late: appeals.late,
      open: appeals.open,
      perOutcome: run<{ key: string; count: number }>(sqlite, 'appealOutcomes', params)
        .map((r) => ({ key: r.key, label: OUTCOME_LABELS[r.key] ?? r.key, count: r.count }))
        .sort(byCount),
    },
  };
}
