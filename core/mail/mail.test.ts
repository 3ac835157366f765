import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { organisation } from '../../db/schema';
import { createTestCore, withAdmin, type TestCore } from '../testing/harness';
import { queueMail } from './queue';
import { createMailSender } from './sender';
import { configureMail, LETTER, outboxRow, queue, SETTINGS } from './testing/fixtures';
import { startTestSmtpServer, type TestSmtpServer } from './testing/smtp-server';

let t: TestCore;
let smtp: TestSmtpServer;
beforeEach(async () => {
  t = createTestCore();
  smtp = await startTestSmtpServer();
});
afterEach(async () => {
  await smtp.close();
  t.close();
});

function count(sql: string, ...params: unknown[]): number {
  return (t.core.sqlite.prepare(sql).get(...params) as { n: number }).n;
}

describe('e-mail outbox: queueing in the transaction of the change that causes it', () => {
  it('the outbox row and the causing change are one transaction: a later throw leaves no message and no audit line', async () => {
    const { adminUser } = await withAdmin(t);
    const org = t.core.db.select().from(organisation).get()!;
    expect(() =>
      t.core.write(adminUser.id, (w) => {
        w.update(organisation, org.id, { phone: '0348 123 456' });
        queueMail(w, t.core, LETTER);
        throw new Error('de brief kon niet worden gearchiveerd');
      }),
    ).toThrow('de brief kon niet worden gearchiveerd');
    expect(count('SELECT count(*) AS n FROM mail_outbox')).toBe(0);
    expect(count(`SELECT count(*) AS n FROM audit_log WHERE table_name = 'mail_outbox'`)).toBe(0);
    expect(t.core.db.select().from(organisation).get()!.phone).toBe(org.phone);
  });

  it('committed together, the message and the change share one transaction id in the audit trail', async () => {
    const { adminUser } = await withAdmin(t);
    const org = t.core.db.select().from(organisation).get()!;
    const message = t.core.write(adminUser.id, (w) => {
      w.update(organisation, org.id, { phone: '0348 123 456' });
      return queueMail(w, t.core, LETTER);
    });
    const txOf = (rowId: string, field: string) => t.core.sqlite.prepare(`SELECT tx_id AS tx FROM audit_log WHERE row_id = ? AND field = ? ORDER BY seq DESC`).get(rowId, field);
    expect(txOf(message.id, 'status')).toEqual(txOf(org.id, 'phone'));
    expect(outboxRow(t, message.id)).toMatchObject({ status: 'queued', attempts: 0, nextAttemptAt: message.createdAt, createdBy: adminUser.id });
    expect(message.messageId).toMatch(/^<[0-9a-f-]{36}@servicedesk\.local>$/);
  });

  it('mail_outbox rows never appear in the change log (local-only: each desktop sends its own mail), but are audited', async () => {
    const { admin, adminUser } = await withAdmin(t);
    await configureMail(t, admin, smtp);
    queue(t, adminUser.id);
    await createMailSender({ core: t.core, log: () => {} }).runOnce();
    expect(smtp.received).toHaveLength(1);
    expect(count(`SELECT count(*) AS n FROM change_log WHERE table_name = 'mail_outbox'`)).toBe(0);
    expect(count(`SELECT count(*) AS n FROM audit_log WHERE table_name = 'mail_outbox'`)).toBeGreaterThan(0);
  });

  it('attachments must lie inside the documents folder', async () => {
    const { adminUser } = await withAdmin(t);
    for (const filePath of ['../servicedesk.sqlite', '/etc/passwd', 'staff/../../geheim.docx']) {
      expect(() => queue(t, adminUser.id, { attachments: [{ filename: 'x.docx', contentType: 'application/octet-stream', filePath }] })).toThrow(/relative to the documents folder/);
    }
  });
});

describe('e-mail outbox: mail.list and mail.resend', () => {
  it('lists messages newest first with the creator’s name and attachments without their path in the archive', async () => {
    const { admin, adminUser } = await withAdmin(t);
    const first = queue(t, adminUser.id, { attachments: [{ documentId: '0190a000-0000-7000-8000-0000000000d1', filename: 'Brief.docx', contentType: 'application/octet-stream', filePath: 'staff/brief.docx' }] });
    t.clock.advance(60_000);
    const second = queue(t, null, { dossierKind: 'staff', dossierId: '0190a000-0000-7000-8000-0000000000bb', subject: 'Ander dossier' });

    const all = await t.ok('mail.list', { limit: 200 }, admin);
    expect(all.map((m) => m.id)).toEqual([second.id, first.id]);
    expect(all[1]).toMatchObject({ createdByName: 'Anna de Beheerder', status: 'queued', attachments: [{ filename: 'Brief.docx', contentType: 'application/octet-stream', documentId: '0190a000-0000-7000-8000-0000000000d1' }] });
    expect(all[1]!.attachments[0]).not.toHaveProperty('filePath');
    expect(all[0]!.createdByName).toBeNull();

    const dossier = await t.ok('mail.list', { dossierKind: 'staff', dossierId: LETTER.dossierId!, limit: 200 }, admin);
    expect(dossier.map((m) => m.id)).toEqual([first.id]);
  });

  it('only a failed or uncertain message can be sent again', async () => {
    const { admin, adminUser } = await withAdmin(t);
    const queued = queue(t, adminUser.id);
    expect(await t.core.call('mail.resend', { id: queued.id }, admin)).toMatchObject({
      ok: false,
      error: { code: 'mail.not_resendable', message: 'Alleen een mislukt of onzeker bericht kan opnieuw worden verzonden.' },
    });
    expect(await t.core.call('mail.resend', { id: '0190a000-0000-7000-8000-000000000fff' }, admin)).toMatchObject({ ok: false, error: { code: 'record.not_found' } });
  });
});

describe('e-mail outbox: mail server settings', () => {
  it('before the first save: switched off, no password; the row is created on the first update', async () => {
    const { admin } = await withAdmin(t);
    expect(await t.ok('mail.getSettings', {}, admin)).toEqual({
      enabled: false,
      host: null,
      port: null,
      security: 'starttls',
      username: null,
      hasPassword: false,
      fromAddress: null,
      fromName: null,
      version: 0,
    });
    expect(await configureMail(t, admin, smtp)).toMatchObject({ enabled: true, host: '127.0.0.1', port: smtp.port, hasPassword: true, version: 1 });
    expect(count('SELECT count(*) AS n FROM mail_settings')).toBe(1);
  });

  it('the password is never returned and is redacted in the audit trail; left out it is kept, empty it is removed', async () => {
    const { admin } = await withAdmin(t);
    const saved = await configureMail(t, admin, smtp);
    expect(saved).not.toHaveProperty('password');
    expect(JSON.stringify(await t.ok('mail.getSettings', {}, admin))).not.toContain(SETTINGS.password);
    expect(count(`SELECT count(*) AS n FROM audit_log WHERE old_value LIKE ? OR new_value LIKE ?`, `%${SETTINGS.password}%`, `%${SETTINGS.password}%`)).toBe(0);
    expect(t.core.sqlite.prepare(`SELECT new_value AS v FROM audit_log WHERE table_name = 'mail_settings' AND field = 'password'`).get()).toEqual({ v: '"[verborgen]"' });

    const { password: _kept, ...withoutPassword } = SETTINGS;
    const kept = await t.ok('mail.updateSettings', { ...withoutPassword, port: smtp.port, fromName: 'Servicedesk' }, admin);
    expect(kept).toMatchObject({ hasPassword: true, fromName: 'Servicedesk' });

    const removed = await t.ok('mail.updateSettings', { ...SETTINGS, port: smtp.port, password: '' }, admin);
    expect(removed.hasPassword).toBe(false);
    expect(t.core.sqlite.prepare(`SELECT password FROM mail_settings`).get()).toEqual({ password: null });
  });

  it('switched on, the server, port and sender address are required (Dutch messages at the fields)', async () => {
    const { admin } = await withAdmin(t);
    const result = await t.core.call('mail.updateSettings', { enabled: true, host: '', port: null, security: 'starttls', fromAddress: '' }, admin);
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'invalid_input', fields: { host: 'Vul de mailserver in', port: 'Vul een poortnummer in', fromAddress: 'Vul het afzenderadres in' } },
    });
  });

  it('only an administrator may read or change the mail settings', async () => {
    const { admin, adminUser } = await withAdmin(t);
    const team = await t.ok('teams.create', { name: 'Servicedesk', managerId: adminUser.id }, admin);
    await t.ok('staff.create', { username: 'sanne', name: 'Sanne', roles: ['servicedesk'], teamId: team.id, password: 'tijdelijk-123', passwordRepeat: 'tijdelijk-123' }, admin);
    const desk = t.session();
    await t.ok('auth.signIn', { username: 'sanne', password: 'tijdelijk-123' }, desk);
    await t.ok('auth.changePassword', { currentPassword: 'tijdelijk-123', newPassword: 'sannes-geheim', newPasswordRepeat: 'sannes-geheim' }, desk);
    expect(await t.core.call('mail.getSettings', {}, desk)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(await t.core.call('mail.updateSettings', { ...SETTINGS, port: 25 }, desk)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect((await t.core.call('mail.list', { limit: 10 }, desk)).ok).toBe(true);
  });

  it('"Testbericht sturen" queues a Dutch test message that arrives; without working settings it is refused', async () => {
    const { admin } = await withAdmin(t);
    expect(await t.core.call('mail.sendTest', { to: 'beheer@example.nl' }, admin)).toMatchObject({ ok: false, error: { code: 'mail.not_configured' } });

    await configureMail(t, admin, smtp);
    const test = await t.ok('mail.sendTest', { to: 'beheer@example.nl' }, admin);
    expect(test).toMatchObject({ status: 'queued', toAddress: 'beheer@example.nl', subject: 'Testbericht van de Servicedesk', dossierKind: null, createdByName: 'Anna de Beheerder' });

    await createMailSender({ core: t.core, log: () => {} }).runOnce();
    expect(smtp.received[0]!.text).toContain('Dit is een testbericht van de Servicedesk, verstuurd door Anna de Beheerder op 21-11-2026 10:00.');
    expect(smtp.received[0]!.text).toContain('ë, é, ü en €');
  });
});
