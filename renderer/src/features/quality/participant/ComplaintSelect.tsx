import { Select } from '@mantine/core';
import { formatDate, type Participant } from '../../../../../core/contracts';

/** Q2: the complaint a review or advice concerns, chosen from the participant's complaints ("K2026-000042 · 03-10-2026 · J. de Vries"). */
export function ComplaintSelect(props: { participant: Participant; value: string | null | undefined; onChange: (id: string | null) => void; error?: string; maw?: number }) {
  const { complaints } = props.participant;
  return (
    <Select
      label="Bij klacht"
      placeholder={complaints.length ? 'Geen' : 'Geen klachten over deze deelnemer'}
      data={complaints.map((c) => ({ value: c.id, label: `${c.dossierNumber} · ${formatDate(c.receivedOn)} · ${c.complainant}` }))}
      value={props.value ?? null}
      onChange={props.onChange}
      clearable
      disabled={complaints.length === 0}
      error={props.error}
      maw={props.maw}
    />
  );
}
