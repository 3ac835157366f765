import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addCalendarMonths, addDays } from '../calendar';
import { formatDate } from '../contracts/format';
import { createTestCore, type TestCore } from '../testing/harness';
import { boardTerminates, onDay } from './ending-test-helpers';
import { qualityOffice, registeredParticipant, type QualityOffice } from './test-helpers';

let t: TestCore;
let office: QualityOffice;

beforeEach(async () => {
  t = createTestCore();
  office = await qualityOffice(t);
});
afterEach(() => t.close());

// The customer's job was done on Monday 30 November 2026; three calendar months on is 28 February 2027.
const EXECUTED_ON = '2026-11-30';
const LAST_DAY = addCalendarMonths(EXECUTED_ON, 3);

describe('Q5 d: complaints about a former participant', () => {
  it('Q5 d: inside the window, on its last day and the day after (executed on + 3 calendar months)', async () => {
    const participant = await registeredParticipant(t, office);
    await boardTerminates(t, office, participant.id);
    expect(LAST_DAY).toBe('2027-02-28');
    const ask = (receivedOn: string) => t.ok('quality.complaintWindow', { providerId: office.provider.id, executedOn: EXECUTED_ON, receivedOn }, office.desk.session);

    const inside = await ask('2027-01-15');
    expect(inside).toMatchObject({ applies: true, lastDay: LAST_DAY, mayBeTakenUp: true, participant: { id: participant.id, status: 'beeindigd', terminationDate: '2026-11-23' } });
    expect(inside.message).toContain(formatDate(LAST_DAY));

    expect(await ask(LAST_DAY)).toMatchObject({ applies: true, mayBeTakenUp: true });

    const outside = await ask(addDays(LAST_DAY, 1));
    expect(outside).toMatchObject({ applies: true, lastDay: LAST_DAY, mayBeTakenUp: false });
    expect(outside.message).toContain('niet meer in behandeling');
  });

  it('Q5 d: the day the complaint is received defaults to today', async () => {
    const participant = await registeredParticipant(t, office);
    await boardTerminates(t, office, participant.id);
    onDay(t, addDays(LAST_DAY, 1));
    expect(await t.ok('quality.complaintWindow', { providerId: office.provider.id, executedOn: EXECUTED_ON }, office.desk.session)).toMatchObject({ applies: true, mayBeTakenUp: false });
  });

  it('Q5 d: without the execution day the intake is asked for it; while the participation runs the window does not apply', async () => {
    const participant = await registeredParticipant(t, office);
    const running = await t.ok('quality.complaintWindow', { providerId: office.provider.id, executedOn: EXECUTED_ON, receivedOn: '2027-06-01' }, office.desk.session);
    expect(running).toMatchObject({ applies: false, mayBeTakenUp: true, participant: { id: participant.id, status: 'deelnemer' } });
    await boardTerminates(t, office, participant.id);
    const unknown = await t.ok('quality.complaintWindow', { providerId: office.provider.id, executedOn: null, receivedOn: '2027-01-04' }, office.desk.session);
    expect(unknown).toMatchObject({ applies: true, lastDay: null, mayBeTakenUp: null });
    expect(unknown.message).toContain('datum van uitvoering');
  });

  it('Q5 d: a notice applies from its termination date on', async () => {
    const participant = await registeredParticipant(t, office);
    await t.ok('quality.terminateByParticipant', { id: participant.id, receivedOn: '2026-11-23', reason: null, via: 'post' }, office.desk.session);
    const ask = (receivedOn: string) => t.ok('quality.complaintWindow', { providerId: office.provider.id, executedOn: '2026-10-01', receivedOn }, office.desk.session);
    expect((await ask('2026-12-30')).applies).toBe(false);
    expect(await ask('2026-12-31')).toMatchObject({ applies: true, lastDay: '2027-01-01', mayBeTakenUp: true });
  });

  it('Q5 d: a provider that never took part is not concerned', async () => {
    expect(await t.ok('quality.complaintWindow', { providerId: office.provider.id, executedOn: EXECUTED_ON, receivedOn: '2027-06-01' }, office.desk.session)).toMatchObject({
      participant: null,
      applies: false,
      mayBeTakenUp: true,
    });
  });
});
