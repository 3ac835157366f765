import { randomBytes } from 'node:crypto';
import type { Core } from '../../core/app';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../core/contracts';
import { amsterdamDay } from '../../core/contracts/format';
import { createClientSession, type ClientSession } from '../../core/context';
import { DEFAULT_ORGANISATION } from '../../core/settings/defaults';
import { seedDemoComplaints } from './demo-procedure';
import { seedDemoQuality } from './demo-quality';
import { seedDemoRelations, type DemoCall } from './demo-relations';

export interface DemoAccount {
  username: string;
  password: string;
  name: string;
  roles: string[];
}

/**
 * Fills an empty database with a small, realistic office through the real procedures (so the
 * audit trail and change log are filled as in real use). Passwords are random per call and
 * returned, never fixed: there is no default password anywhere.
 */
export async function seedDemo(core: Core): Promise<DemoAccount[]> {
  const password = () => `demo-${randomBytes(6).toString('base64url')}`;
  const session = createClientSession();
  const call = async <N extends ProcedureName>(name: N, input: ProcedureInput<N>, s: ClientSession = session): Promise<ProcedureOutput<N>> => {
    const result = await core.call(name, input, s);
    if (!result.ok) throw new Error(`${name}: ${result.error.message} ${JSON.stringify(result.error.fields ?? {})}`);
    return result.value;
  };

  const adminPassword = password();
  await call('auth.setup', {
    organisationName: 'Servicedesk Woerden',
    name: 'Anneke de Vries',
    username: 'beheer',
    password: adminPassword,
    passwordRepeat: adminPassword,
  });
  await call('settings.updateOrganisation', {
    ...DEFAULT_ORGANISATION,
    name: 'Servicedesk Woerden',
    email: 'info@servicedesk-woerden.nl',
    website: 'www.servicedesk-woerden.nl',
    iban: 'NL91ABNA0417164300',
    bic: 'ABNANL2A',
    sepaCreditorId: 'NL98ZZZ999999999999',
    kvkNumber: '30123456',
    vatNumber: 'NL001234567B01',
  });

  const accounts: DemoAccount[] = [{ username: 'beheer', password: adminPassword, name: 'Anneke de Vries', roles: ['admin'] }];
  const people = [
    { username: 'pieter', name: 'Pieter van den Berg', roles: ['manager'] as const, jobTitle: 'Teammanager servicedesk' },
    { username: 'fatima', name: 'Fatima El Amrani', roles: ['manager'] as const, jobTitle: 'Teammanager dienstverlening' },
    { username: 'directeur', name: 'Jan-Willem Bakker', roles: ['director'] as const, jobTitle: 'Directeur' },
    { username: 'bestuur', name: 'Mr. Ingrid Hoekstra', roles: ['board'] as const, jobTitle: 'Voorzitter bestuur keurmerk' },
  ];
  const ids: Record<string, string> = {};
  const tempTeam = await call('teams.create', { name: 'Directie', description: 'Directie en staf', managerId: (await call('auth.status', {})).user!.id });
  for (const p of people) {
    const pw = password();
    const created = await call('staff.create', { ...p, roles: [...p.roles], email: `${p.username}@servicedesk-woerden.nl`, teamId: tempTeam.id, password: pw, passwordRepeat: pw });
    ids[p.username] = created.id;
    accounts.push({ username: p.username, password: pw, name: p.name, roles: [...p.roles] });
  }
  const servicedesk = await call('teams.create', { name: 'Servicedesk', description: 'Telefoon, post en e-mail', managerId: ids.pieter });
  const dienstverlening = await call('teams.create', { name: 'Dienstverlening', description: 'Dienstverleners en aanvragen', managerId: ids.fatima });
  await call('teams.update', { id: tempTeam.id, name: 'Directie', description: 'Directie en staf', managerId: ids.directeur });
  for (const [username, teamId] of [['pieter', servicedesk.id], ['fatima', dienstverlening.id]] as const) {
    const member = await call('staff.get', { id: ids[username]! });
    await call('staff.update', { id: member.id, name: member.name, email: member.email, jobTitle: member.jobTitle, roles: member.roles, teamId });
  }
  const employees = [
    ['sanne', 'Sanne Jansen', servicedesk.id],
    ['mohammed', 'Mohammed Yilmaz', servicedesk.id],
    ['lisa', 'Lisa de Groot', dienstverlening.id],
  ] as const;
  for (const [username, name, teamId] of employees) {
    const pw = password();
    await call('staff.create', { username, name, email: `${username}@servicedesk-woerden.nl`, jobTitle: 'Medewerker servicedesk', roles: ['servicedesk'], teamId, password: pw, passwordRepeat: pw });
    accounts.push({ username, password: pw, name, roles: ['servicedesk'] });
  }
  await seedDemoRelations((name, input) => call(name, input));
  await seedDemoComplaints((name, input) => call(name, input));
  const board = accounts.find((a) => a.username === 'bestuur')!;
  await seedDemoQuality((name, input) => call(name, input), await boardCaller(call, board), amsterdamDay(core.clock.now()));
  // The board's account is handed over like the others: a password to change at first sign-in.
  await call('staff.resetPassword', { id: ids.bestuur!, password: board.password, passwordRepeat: board.password });
  await call('auth.signOut', {});
  return accounts;
}

type SessionCall = <N extends ProcedureName>(name: N, input: ProcedureInput<N>, s?: ClientSession) => Promise<ProcedureOutput<N>>;

/** Calls as the board member (Q3-Q4 decisions are the board's), signed in on a session of its own. */
async function boardCaller(call: SessionCall, board: DemoAccount): Promise<DemoCall> {
  const session = createClientSession();
  await call('auth.signIn', { username: board.username, password: board.password }, session);
  const working = `demo-${randomBytes(6).toString('base64url')}`;
  await call('auth.changePassword', { currentPassword: board.password, newPassword: working, newPasswordRepeat: working }, session);
  return (name, input) => call(name, input, session);
}
