import { zodResolver } from '@hookform/resolvers/zod';
import { get, set, type FieldErrors, type Resolver } from 'react-hook-form';
import { intakeInput } from '../../../../../core/contracts';
import { emptyPerson } from '../../persons/PersonFields';
import type { IntakeOutput, IntakeValues } from './intakeForm';

const ANY_ID = '00000000-0000-4000-8000-000000000000';

/** Valid values for fields that are themselves invalid, so the checks across fields can run. */
const STAND_INS: Partial<Record<keyof IntakeValues, unknown>> = {
  kind: 'klacht',
  reporterType: 'klant',
  channel: 'telefoon',
  receivedAt: '2000-01-01T00:00',
  concernsKind: 'organisatie',
  concernsTeamId: ANY_ID,
  concernsStaffId: ANY_ID,
  concernsProviderId: ANY_ID,
  concernsPersonId: ANY_ID,
  agreementExecutedOn: null,
  complainantId: ANY_ID,
  newComplainant: { ...emptyPerson('persoon'), lastName: 'x' },
  description: 'x',
  requestedRemedy: null,
  solution: 'x',
  improvement: { categoryId: ANY_ID, causeId: ANY_ID, measureId: ANY_ID },
};

const contractResolver = zodResolver(intakeInput);

/**
 * The contract's resolver, plus the checks across fields (caller, subject, solution) while other
 * fields are still wrong: Zod runs those only on an otherwise valid object, and on the phone every
 * missing thing should show at once, not one round at a time.
 */
export const intakeResolver: Resolver<IntakeValues, unknown, IntakeOutput> = async (values, context, options) => {
  const result = await contractResolver(values, context, options);
  const fieldErrors = result.errors as FieldErrors<IntakeValues>;
  const wrong = Object.keys(fieldErrors) as Array<keyof IntakeValues>;
  if (wrong.length === 0) return result;
  const patched: Record<string, unknown> = { ...values };
  for (const key of wrong) if (key in STAND_INS) patched[key] = STAND_INS[key];
  const parsed = intakeInput.safeParse(patched);
  if (parsed.success) return result;
  const errors = { ...fieldErrors };
  for (const issue of parsed.error.issues) {
    const path = issue.path.join('.');
    // An issue about a stand-in says nothing about what was typed.
    if (wrong.includes(issue.path[0] as keyof IntakeValues) || get(errors, path)) continue;
    set(errors, path, { type: 'custom', message: issue.message });
  }
  return { values: {}, errors };
};
