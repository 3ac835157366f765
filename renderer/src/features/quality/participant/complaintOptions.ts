import { formatDate, type Participant } from '../../../../../core/contracts';

/** The participant's complaints as choices: "K2026-000042 · 03-10-2026 · J. de Vries". */
export function complaintOptions(p: Participant) {
  return p.complaints.map((c) => ({ value: c.id, label: `${c.dossierNumber} · ${formatDate(c.receivedOn)} · ${c.complainant}` }));
}
