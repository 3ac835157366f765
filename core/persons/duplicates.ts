import type Database from 'better-sqlite3';
import type { DuplicateCandidate } from '../contracts/persons';
import { preparedOnce } from '../db/prepared';
import { addressLine, displayName, houseNumberText } from './names';
import { PERSON_COLUMNS, type PersonRow } from './queries';
import { additionKey, phoneDigits } from './rules';

export interface DuplicateQuery {
  excludeId?: string;
  postcode: string | null;
  houseNumber: number | null;
  houseNumberAddition: string | null;
  phone: string | null;
  phoneAlt: string | null;
  email: string | null;
}

const LIMIT = 20;

function statements(sqlite: Database.Database) {
  return preparedOnce(sqlite, 'persons.duplicates', () => ({
    address: sqlite.prepare(`SELECT ${PERSON_COLUMNS} FROM persons WHERE postcode = ? AND house_number = ? AND deleted_at IS NULL LIMIT 200`),
    phone: sqlite.prepare(
      `SELECT ${PERSON_COLUMNS} FROM persons WHERE phone_digits = @digits AND deleted_at IS NULL
       UNION SELECT ${PERSON_COLUMNS} FROM persons WHERE phone_alt_digits = @digits AND deleted_at IS NULL LIMIT ${LIMIT}`,
    ),
    email: sqlite.prepare(`SELECT ${PERSON_COLUMNS} FROM persons WHERE email = ? AND deleted_at IS NULL LIMIT ${LIMIT}`),
  }));
}

/**
 * Who may already be in the system, checked while a person is entered: the same address (postcode,
 * house number and addition), the same phone number however it was typed, or the same e-mail address.
 * Each candidate says why in Dutch; the employee decides.
 */
export function findDuplicates(sqlite: Database.Database, q: DuplicateQuery): DuplicateCandidate[] {
  const s = statements(sqlite);
  const found = new Map<string, { row: PersonRow; reasons: DuplicateCandidate['reasons'] }>();
  const add = (row: PersonRow, reason: DuplicateCandidate['reasons'][number]) => {
    if (row.id === q.excludeId) return;
    const entry = found.get(row.id) ?? { row, reasons: [] };
    if (!entry.reasons.some((r) => r.code === reason.code)) entry.reasons.push(reason);
    found.set(row.id, entry);
  };

  if (q.postcode && q.houseNumber !== null) {
    const wanted = additionKey(q.houseNumberAddition);
    for (const row of s.address.all(q.postcode, q.houseNumber) as PersonRow[]) {
      if (additionKey(row.houseNumberAddition) !== wanted) continue;
      add(row, { code: 'adres', text: `Zelfde adres (${row.postcode} ${houseNumberText(row)})` });
    }
  }
  const phones = new Set([phoneDigits(q.phone), phoneDigits(q.phoneAlt)].filter((d): d is string => !!d && d.length >= 6));
  for (const digits of phones) {
    for (const row of s.phone.all({ digits }) as PersonRow[]) {
      const typed = phoneDigits(row.phone) === digits ? row.phone : row.phoneAlt;
      add(row, { code: 'telefoon', text: `Zelfde telefoonnummer (${typed})` });
    }
  }
  if (q.email) {
    for (const row of s.email.all(q.email.toLowerCase()) as PersonRow[]) add(row, { code: 'email', text: `Zelfde e-mailadres (${row.email})` });
  }

  // Most reasons first: the same phone and e-mail is more telling than a shared address.
  return [...found.values()]
    .sort((a, b) => b.reasons.length - a.reasons.length || a.row.sortName.localeCompare(b.row.sortName, 'nl'))
    .slice(0, LIMIT)
    .map(({ row, reasons }) => ({
      personId: row.id,
      kind: row.kind,
      displayName: displayName(row),
      addressLine: addressLine(row),
      phone: row.phone,
      email: row.email,
      reasons,
    }));
}
