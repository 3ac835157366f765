import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mailOutbox } from '../../db/schema';
import { createCore } from '../app';
import { scryptHasher } from '../auth/passwords';
import { createTestCore, withAdmin, type TestCore } from '../testing/harness';
import { MAX_ATTEMPTS, retryDelayMs } from './rules';
import { createMailSender, type MailSenderOptions } from './sender';
import { archiveFile, configureMail, outboxRow, queue, SMTP_USER } from './testing/fixtures';
import { startTestSmtpServer, type TestSmtpServer } from './testing/smtp-server';

let t: TestCore;
let smtp: TestSmtpServer;
let logs: string[];

beforeEach(async () => {
  t = createTestCore();
  smtp = await startTestSmtpServer({ users: { [SMTP_USER.username]: SMTP_USER.password } });
  logs = [];
});
afterEach(async () => {
  await smtp.close();
  t.close();
});

function sender(options: Partial<MailSenderOptions> = {}) {
  return createMailSender({ core: t.core, log: (message) => logs.push(message), ...options });
}

async function office() {
  const { admin, adminUser } = await withAdmin(t);
  await configureMail(t, admin, smtp);
  return { admin, adminUser };
}

function auditOf(rowId: string) {
  return t.core.sqlite.prepare(`SELECT user_id AS userId, field, old_value AS oldValue, new_value AS newValue FROM audit_log WHERE row_id = ? ORDER BY seq`).all(rowId) as {
    userId: string | null;
    field: string;
    oldValue: string | null;
    newValue: string | null;
  }[];
}

const DOCX = Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.from('brief van de servicedesk')]);

describe('e-mail outbox: the background sender against a real SMTP server', () => {
  it('a queued message with a .docx attachment arrives with its subject, Dutch body (ë é ü €), attachment and our Message-ID', async () => {
    const { adminUser } = await office();
    archiveFile(t, 'staff/2026/brief-1.docx', DOCX);
    const message = queue(t, adminUser.id, {
      attachments: [{ documentId: '0190a000-0000-7000-8000-0000000000d1', filename: 'Brief aan mevrouw De Vries.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', filePath: 'staff/2026/brief-1.docx' }],
    });

    expect(await sender().runOnce()).toMatchObject({ sent: 1, retried: 0, failed: 0 });

    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.authenticatedAs).toBe(SMTP_USER.username);
    expect(mail.envelopeTo).toEqual(['j.devries@example.nl']);
    expect(mail.subject).toBe('Uw klacht over de overeenkomst: beëindigd');
    expect(mail.text).toContain('de beëindiging. De reünie in het café kost € 12,50.');
    expect(mail.text).toContain('Sérvicedesk Woerden');
    expect(mail.header('message-id')).toBe(message.messageId);
    expect(mail.header('from')).toContain('post@servicedesk-woerden.nl');
    expect(mail.attachments).toEqual([expect.objectContaining({ filename: 'Brief aan mevrouw De Vries.docx', content: DOCX })]);
    expect(outboxRow(t, message.id)).toMatchObject({ status: 'sent', attempts: 1, sentAt: t.clock.now().toISOString(), lastError: null });
  });

  it('status changes by the sender are in the audit trail, authored by no one (the system), after the creator queued it', async () => {
    const { adminUser } = await office();
    const message = queue(t, adminUser.id);
    await sender().runOnce();
    const statusLines = auditOf(message.id).filter((a) => a.field === 'status');
    expect(statusLines).toEqual([
      { userId: adminUser.id, field: 'status', oldValue: null, newValue: '"queued"' },
      { userId: null, field: 'status', oldValue: '"queued"', newValue: '"sending"' },
      { userId: null, field: 'status', oldValue: '"sending"', newValue: '"sent"' },
    ]);
  });

  it('offline: a refused connection keeps the message queued with back-off and a Dutch last error; it goes out when the server is back', async () => {
    const { adminUser } = await office();
    const port = smtp.port;
    await smtp.close();
    const message = queue(t, adminUser.id);
    const outbox = sender();

    expect(await outbox.runOnce()).toMatchObject({ sent: 0, retried: 1 });
    const waiting = outboxRow(t, message.id);
    expect(waiting).toMatchObject({ status: 'queued', attempts: 1, nextAttemptAt: new Date(t.clock.now().getTime() + 60_000).toISOString() });
    expect(waiting.lastError).toMatch(/^De mailserver is niet bereikbaar\. .*ECONNREFUSED/);

    // Not due yet: no new attempt.
    await outbox.runOnce();
    expect(outboxRow(t, message.id).attempts).toBe(1);

    smtp = await startTestSmtpServer({ port, users: { [SMTP_USER.username]: SMTP_USER.password } });
    t.clock.advance(60_000);
    expect(await outbox.runOnce()).toMatchObject({ sent: 1 });
    expect(smtp.received.map((m) => m.header('message-id'))).toEqual([message.messageId]);
    expect(outboxRow(t, message.id)).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
  });

  it(`back-off 1, 2, 5, 15, 30, 60, 60 minutes; after ${MAX_ATTEMPTS} attempts the message is failed, with the server's answer`, async () => {
    const { adminUser } = await office();
    smtp.refuseWith({ responseCode: 451, message: 'Tijdelijk niet beschikbaar' });
    const message = queue(t, adminUser.id);
    const outbox = sender();
    const waits: number[] = [];

    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      await outbox.runOnce();
      const row = outboxRow(t, message.id);
      expect(row.attempts).toBe(attempt);
      if (row.status === 'failed') break;
      const wait = new Date(row.nextAttemptAt!).getTime() - t.clock.now().getTime();
      waits.push(wait / 60_000);
      t.clock.advance(wait);
    }

    expect(waits).toEqual([1, 2, 5, 15, 30, 60, 60]);
    const failed = outboxRow(t, message.id);
    expect(failed).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS, nextAttemptAt: null });
    expect(failed.lastError).toContain('451 Tijdelijk niet beschikbaar');
    t.clock.advance(retryDelayMs(99));
    expect(await outbox.runOnce()).toMatchObject({ sent: 0, retried: 0, failed: 0 });
    expect(smtp.received).toHaveLength(0);
  });

  it('a recipient the server refuses for good (550) fails at once: trying again would not change it', async () => {
    const { adminUser } = await office();
    smtp.refuseWith({ responseCode: 550, message: 'Mailbox bestaat niet' }, 'recipient');
    const message = queue(t, adminUser.id);
    expect(await sender().runOnce()).toMatchObject({ failed: 1 });
    expect(outboxRow(t, message.id)).toMatchObject({ status: 'failed', attempts: 1 });
    expect(outboxRow(t, message.id).lastError).toMatch(/^De mailserver weigert de afzender of de ontvanger\. .*550 Mailbox bestaat niet/);
  });

  it('resend: failed → queued → sent, with the same Message-ID; the audit trail shows who resent it', async () => {
    const { admin, adminUser } = await office();
    smtp.refuseWith({ responseCode: 550, message: 'Mailbox vol' }, 'recipient');
    const message = queue(t, adminUser.id);
    const outbox = sender();
    await outbox.runOnce();
    expect(outboxRow(t, message.id).status).toBe('failed');

    smtp.refuseWith(null);
    t.clock.advance(3_600_000);
    const resent = await t.ok('mail.resend', { id: message.id }, admin);
    expect(resent).toMatchObject({ status: 'queued', attempts: 0, nextAttemptAt: t.clock.now().toISOString(), lastError: null });
    expect(auditOf(message.id)).toContainEqual({ userId: adminUser.id, field: 'status', oldValue: '"failed"', newValue: '"queued"' });

    expect(await outbox.runOnce()).toMatchObject({ sent: 1 });
    expect(smtp.received.map((m) => m.header('message-id'))).toEqual([message.messageId]);
    expect(outboxRow(t, message.id)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('exactly once: a crash after the SMTP exchange and before recording it leaves the message uncertain at the next start; it is not sent again', async () => {
    const { admin, adminUser } = await office();
    const message = queue(t, adminUser.id);

    // The first process dies right after the server accepted the message: its pass never finishes.
    void sender({ afterSmtpAccepted: () => new Promise<never>(() => {}) }).runOnce();
    await vi.waitFor(() => expect(smtp.received).toHaveLength(1));
    expect(outboxRow(t, message.id).status).toBe('sending');

    // The next start: a new core and sender on the same database file.
    const restarted = createCore({ dbPath: t.dbPath, clock: t.clock, passwords: scryptHasher(12), log: () => {} });
    try {
      const next = createMailSender({ core: restarted, log: (m) => logs.push(m) });
      expect(next.reconcile()).toBe(1);
      expect(outboxRow(t, message.id)).toMatchObject({ status: 'uncertain', nextAttemptAt: null });
      expect(outboxRow(t, message.id).lastError).toContain('mogelijk wel aangekomen');

      t.clock.advance(24 * 3_600_000);
      expect(await next.runOnce()).toMatchObject({ sent: 0 });
      expect(smtp.received).toHaveLength(1);

      // A person checked with the recipient and decides to send it again.
      await t.ok('mail.resend', { id: message.id }, admin);
      expect(await next.runOnce()).toMatchObject({ sent: 1 });
      expect(smtp.received.map((m) => m.header('message-id'))).toEqual([message.messageId, message.messageId]);
    } finally {
      restarted.close();
    }
  });

  it('exactly once: when recording "sent" fails after the server accepted, the message becomes uncertain at once and is not retried', async () => {
    const { adminUser } = await office();
    const message = queue(t, adminUser.id);
    const outbox = sender({
      afterSmtpAccepted: () => {
        throw new Error('schijf vol');
      },
    });
    expect(await outbox.runOnce()).toMatchObject({ sent: 0, uncertain: 1, retried: 0 });
    expect(outboxRow(t, message.id).status).toBe('uncertain');
    expect(logs).toEqual([expect.stringContaining('kon niet als verzonden worden vastgelegd')]);
    t.clock.advance(3_600_000);
    await outbox.runOnce();
    expect(smtp.received).toHaveLength(1);
  });

  it('concurrent runOnce calls send each message once', async () => {
    const { adminUser } = await office();
    const messages = [queue(t, adminUser.id), queue(t, adminUser.id, { toAddress: 'p.jansen@example.nl' })];
    const outbox = sender();
    const first = outbox.runOnce();
    // One pass at a time in a process: a call during a pass joins it (and asks for one more pass after it).
    expect(outbox.runOnce()).toBe(first);
    await Promise.all([first, outbox.runOnce()]);
    expect(smtp.received.map((m) => m.header('message-id')).sort()).toEqual(messages.map((m) => m.messageId).sort());
  });

  it('two senders on one database (the status check in the marking transaction) send each message once', async () => {
    const { adminUser } = await office();
    const messages = Array.from({ length: 6 }, (_, i) => queue(t, adminUser.id, { toAddress: `klant${i}@example.nl` }));
    const [a, b] = [sender({ batchSize: 2 }), sender({ batchSize: 2 })];
    const results = await Promise.all([a.runOnce(), b.runOnce()]);
    expect(results[0]!.sent + results[1]!.sent).toBe(6);
    expect(smtp.received.map((m) => m.header('message-id')).sort()).toEqual(messages.map((m) => m.messageId).sort());
  });

  it('settings switched off or missing: messages stay queued and no attempt is counted', async () => {
    const { admin, adminUser } = await withAdmin(t);
    const message = queue(t, adminUser.id);
    const outbox = sender();
    expect(await outbox.runOnce()).toMatchObject({ skipped: 'not_configured' });

    await t.ok('mail.updateSettings', { enabled: false, host: '127.0.0.1', port: smtp.port, security: 'none', ...SMTP_USER, fromAddress: 'post@servicedesk-woerden.nl' }, admin);
    expect(await outbox.runOnce()).toMatchObject({ skipped: 'not_configured' });
    expect(outboxRow(t, message.id)).toMatchObject({ status: 'queued', attempts: 0 });

    await configureMail(t, admin, smtp);
    expect(await outbox.runOnce()).toMatchObject({ sent: 1, skipped: null });
  });

  it('a wrong SMTP password is a failure with back-off and a Dutch hint to check the settings', async () => {
    const { admin, adminUser } = await office();
    await t.ok('mail.updateSettings', { enabled: true, host: '127.0.0.1', port: smtp.port, security: 'none', username: SMTP_USER.username, password: 'verkeerd', fromAddress: 'post@servicedesk-woerden.nl' }, admin);
    const message = queue(t, adminUser.id);
    expect(await sender().runOnce()).toMatchObject({ retried: 1 });
    expect(outboxRow(t, message.id).lastError).toMatch(/^De mailserver weigert de gebruikersnaam of het wachtwoord\./);
  });

  it('a missing attachment is not sent without it: a failed attempt with a Dutch explanation', async () => {
    const { adminUser } = await office();
    const message = queue(t, adminUser.id, { attachments: [{ filename: 'Brief.docx', contentType: 'application/octet-stream', filePath: 'staff/weg.docx' }] });
    expect(await sender().runOnce()).toMatchObject({ retried: 1 });
    expect(outboxRow(t, message.id)).toMatchObject({ status: 'queued', attempts: 1 });
    expect(outboxRow(t, message.id).lastError).toContain('De bijlage "Brief.docx" ontbreekt in de documentenmap');
    expect(smtp.received).toHaveLength(0);
  });

  it('started, the sender reconciles, then sends a message right after it is queued (not only every minute) and stops cleanly', async () => {
    const { adminUser } = await office();
    const stuck = queue(t, adminUser.id);
    t.core.write(null, (w) => w.update(mailOutbox, stuck.id, { status: 'sending' }));
    const outbox = sender({ intervalMs: 3_600_000 });
    outbox.start();
    expect(outboxRow(t, stuck.id).status).toBe('uncertain');

    const message = queue(t, adminUser.id, { subject: 'Meteen verzonden' });
    await vi.waitFor(() => expect(outboxRow(t, message.id).status).toBe('sent'));
    await outbox.stop();
    expect(smtp.received.map((m) => m.subject)).toEqual(['Meteen verzonden']);

    queue(t, adminUser.id, { subject: 'Na het stoppen' });
    await new Promise((resolve) => setImmediate(resolve));
    expect(smtp.received).toHaveLength(1);
  });
});
