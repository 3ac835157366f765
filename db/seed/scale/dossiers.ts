import { CITIES, personName, SENTENCES, STREETS, SUBJECTS } from './names';
import { someoneAt, type Gen, type Rec, type Step, type Values } from './history';
import { between, DAY, day, pick } from './random';

export interface DossierTable {
  table: string;
  /** Code of the number series (`2026-K01-000042`), for tables whose records carry a number. */
  series?: string;
  weight: number;
  insert(g: Gen, at: number): Values;
  update: Record<string, (g: Gen, at: number) => unknown>;
}

const memberName = (g: Gen) => {
  const n = personName(g.r);
  return `${n.first} ${n.surname}`;
};
export const assignee = (g: Gen, at: number) => someoneAt(g, g.people, at).id;
const phone = (g: Gen) => `06-${between(g.r, 10_000_000, 99_999_999)}`;
const postcode = (g: Gen) => `${between(g.r, 1000, 9999)} ${String.fromCharCode(65 + between(g.r, 0, 25), 65 + between(g.r, 0, 25))}`;
const note = (g: Gen) => pick(g.r, SENTENCES);

/** A human number from a per-year series, like the app's `2026-K03-000042`. */
export function seriesNumber(g: Gen, code: string, at: number): string {
  const year = new Date(at).getUTCFullYear();
  const key = `${code}${year}`;
  const n = (g.series.get(key) ?? 0) + 1;
  g.series.set(key, n);
  return `${year}-${code}01-${String(n).padStart(6, '0')}`;
}

/** Dossiers of the areas still to come: their audit lines sit in the same table and index. */
const DOSSIERS: DossierTable[] = [
  {
    table: 'complaints',
    series: 'K',
    weight: 3,
    insert: (g, at) => ({ status: 'ontvangen', channel: pick(g.r, ['telefoon', 'e-mail', 'brief', 'website']), subject: pick(g.r, SUBJECTS), receivedOn: day(at), memberName: memberName(g), assignedTo: assignee(g, at), dueDate: day(at + 42 * DAY), priority: 'normaal', summary: note(g), note: null }),
    update: { status: (g) => pick(g.r, ['in behandeling', 'wacht op lid', 'wacht op aanbieder', 'doorgestuurd', 'afgehandeld']), assignedTo: assignee, dueDate: (g, at) => day(at + between(g.r, 5, 42) * DAY), priority: (g) => pick(g.r, ['normaal', 'hoog', 'spoed']), summary: note, note },
  },
  {
    table: 'requests',
    series: 'A',
    weight: 3,
    insert: (g, at) => ({ status: 'nieuw', category: pick(g.r, ['vervoer', 'hulpmiddel', 'woningaanpassing', 'voucher']), memberName: memberName(g), assignedTo: assignee(g, at), amountCents: between(g.r, 2_500, 250_000), decisionOn: null, note: null }),
    update: { status: (g) => pick(g.r, ['in behandeling', 'aanvullen', 'toegekend', 'afgewezen']), assignedTo: assignee, amountCents: (g) => between(g.r, 2_500, 250_000), decisionOn: (_g, at) => day(at), note },
  },
  {
    table: 'members',
    weight: 2,
    insert: (g, at) => ({ memberNumber: String(between(g.r, 100_000, 999_999)), name: memberName(g), street: `${pick(g.r, STREETS)} ${between(g.r, 1, 180)}`, postcode: postcode(g), city: pick(g.r, CITIES), phone: phone(g), email: null, birthDate: day(at - between(g.r, 18, 95) * 365 * DAY) }),
    update: { street: (g) => `${pick(g.r, STREETS)} ${between(g.r, 1, 180)}`, postcode, city: (g) => pick(g.r, CITIES), phone, email: (g) => `lid${between(g.r, 1, 99_999)}@example.nl`, name: memberName },
  },
  {
    table: 'invoices',
    series: 'F',
    weight: 2,
    insert: (g, at) => ({ status: 'open', providerName: `${pick(g.r, ['Thuiszorg', 'Taxi', 'Hulpmiddelen', 'Klusbedrijf'])} ${pick(g.r, CITIES)}`, amountCents: between(g.r, 1_000, 500_000), invoiceDate: day(at), dueDate: day(at + 30 * DAY), paidOn: null, note: null }),
    update: { status: (g) => pick(g.r, ['gecontroleerd', 'goedgekeurd', 'betaald', 'betwist']), amountCents: (g) => between(g.r, 1_000, 500_000), dueDate: (g, at) => day(at + between(g.r, 7, 30) * DAY), paidOn: (_g, at) => day(at), note },
  },
  {
    table: 'callbacks',
    weight: 2,
    insert: (g, at) => ({ memberName: memberName(g), phone: phone(g), reason: pick(g.r, SUBJECTS), assignedTo: assignee(g, at), callBefore: day(at + between(g.r, 1, 3) * DAY), status: 'open', outcome: null }),
    update: { status: (g) => pick(g.r, ['gebeld', 'niet bereikt', 'afgehandeld']), assignedTo: assignee, callBefore: (g, at) => day(at + between(g.r, 1, 3) * DAY), outcome: note },
  },
];
export const DOSSIER_WEIGHTS = DOSSIERS.flatMap((d) => Array<DossierTable>(d.weight).fill(d));
/** Fields per change: mostly one or two, now and then a whole form. */
const FIELDS_PER_CHANGE = [1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 4, 4, 5];

export function dossierStep(g: Gen, kind: DossierTable, rec: Rec, at: number): Step {
  const fields = Object.keys(kind.update);
  const chosen = new Set(Array.from({ length: pick(g.r, FIELDS_PER_CHANGE) }, () => pick(g.r, fields)));
  const owner = rec.state.assignedTo;
  const userId = typeof owner === 'string' && g.r() < 0.7 ? owner : assignee(g, at);
  return { userId, patch: [...chosen].map((f) => [f, kind.update[f]!(g, at)]) };
}
