import type { DefaultValues } from 'react-hook-form';
import type { z } from 'zod';
import type { intakeInput } from '../../../../../core/contracts';

export type IntakeValues = z.input<typeof intakeInput>;
export type IntakeOutput = z.output<typeof intakeInput>;

const localParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** This moment in Woerden as the contracts' 'yyyy-mm-ddThh:mm', whatever the desktop's own zone. */
export function woerdenNow(now: Date = new Date()): string {
  const p = Object.fromEntries(localParts.formatToParts(now).map((part) => [part.type, part.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** K2: a phone call is received now; the rest is chosen while the caller talks. */
export function emptyIntake(now: Date = new Date()): DefaultValues<IntakeValues> {
  return {
    complainantId: null,
    newComplainant: null,
    kind: 'klacht',
    reporterType: 'klant',
    channel: 'telefoon',
    receivedAt: woerdenNow(now),
    // K3: concernsKind has no default, so the subject is always chosen, never a forgotten default.
    concernsTeamId: null,
    concernsStaffId: null,
    concernsProviderId: null,
    concernsPersonId: null,
    agreementExecutedOn: null,
    description: '',
    requestedRemedy: '',
    urgent: false,
    resolvedAtIntake: false,
    solution: '',
    improvement: null,
  };
}
