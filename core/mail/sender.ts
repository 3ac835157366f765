import { and, asc, eq, isNull, lte } from 'drizzle-orm';
import type Mail from 'nodemailer/lib/mailer';
import { mailOutbox } from '../../db/schema';
import type { Core } from '../app';
import type { Clock } from '../clock';
import type { Writer } from '../mutation/writer';
import type { OutboxRow } from './queue';
import { describeSmtpFailure, outcomeOfFailure, type SmtpFailure } from './rules';
import { findMailSettings, usableSmtpSettings, type SmtpSettings } from './settings';
import { compose, MissingAttachmentError, nodemailerTransport, readAttachments, type MailTransport } from './transport';

export type { MailTransport } from './transport';

/** What the sender needs of the core: reads, the one write path, the archive folder and its events. */
export type MailSenderCore = Pick<Core, 'db' | 'write' | 'documentsDir' | 'events' | 'clock'>;

export interface MailSenderOptions {
  core: MailSenderCore;
  /** Defaults to the core's clock, which also stamps the rows. */
  clock?: Clock;
  transportFactory?: (settings: SmtpSettings) => MailTransport;
  log?: (message: string, error?: unknown) => void;
  /** How often to look for due messages besides right after one is queued; every minute by default. */
  intervalMs?: number;
  /** Messages taken per query; a pass keeps taking batches until nothing is due. */
  batchSize?: number;
  /**
   * Runs after the mail server accepted a message and before that is recorded. Only for tests: it
   * stands in for a crash at the worst moment.
   */
  afterSmtpAccepted?: (message: OutboxRow) => void | Promise<void>;
}

export interface PassResult {
  sent: number;
  /** Failed attempts that will be tried again later. */
  retried: number;
  /** Messages given up on. */
  failed: number;
  /** Accepted by the server but not recorded as sent: now `uncertain`. */
  uncertain: number;
  /** Why nothing was tried: no complete, switched-on mail settings. */
  skipped: 'not_configured' | null;
}

type Outcome = 'sent' | 'retried' | 'failed' | 'uncertain' | 'skipped';

export const UNCERTAIN_MESSAGE =
  'Het verzenden werd onderbroken (het programma stopte of de administratie lukte niet). Het bericht is mogelijk wel aangekomen: controleer dat bij de ontvanger voordat u het opnieuw verzendt.';

const MAX_BATCHES_PER_PASS = 50;
const STOP_WAIT_MS = 15_000;

/**
 * Sends the outbox in the background. A message is marked `sending` (committed) before the SMTP
 * exchange and `sent` after it; one still `sending` at the next start may or may not have arrived,
 * so `reconcile` makes it `uncertain` for a person to decide, and it is never sent again by itself.
 */
export function createMailSender(options: MailSenderOptions) {
  const { core } = options;
  const clock = options.clock ?? core.clock;
  const makeTransport = options.transportFactory ?? nodemailerTransport;
  const log = options.log ?? ((message: string, error?: unknown) => (error === undefined ? console.warn(message) : console.error(message, error)));
  const batchSize = options.batchSize ?? 5;

  let current: Promise<PassResult> | null = null;
  let again = false;
  let stopping = false;
  let timer: ReturnType<typeof setInterval> | null = null;
  let writingOurselves = false;
  /** Messages this process is sending now: never `uncertain`, whatever reconcile finds. */
  const inFlight = new Set<string>();

  function write<T>(fn: (w: Writer) => T): T {
    writingOurselves = true;
    try {
      return core.write(null, fn);
    } finally {
      writingOurselves = false;
    }
  }

  function nowIso(): string {
    return clock.now().toISOString();
  }

  /** One pass at a time in this process; a call during a pass asks for one more pass after it. */
  function runOnce(): Promise<PassResult> {
    if (current) {
      again = true;
      return current;
    }
    current = (async () => {
      const total = emptyResult();
      do {
        again = false;
        addTo(total, await pass());
      } while (again && !stopping);
      return total;
    })().finally(() => {
      current = null;
    });
    return current;
  }

  async function pass(): Promise<PassResult> {
    const result = emptyResult();
    const settings = usableSmtpSettings(findMailSettings(core.db));
    // Switched off or incomplete: messages wait in the queue and no attempt is counted.
    if (!settings) return { ...result, skipped: 'not_configured' };
    let transport: MailTransport | null = null;
    try {
      for (let batch = 0; batch < MAX_BATCHES_PER_PASS && !stopping; batch++) {
        const due = dueMessages(nowIso(), batchSize);
        if (due.length === 0) break;
        for (const message of due) {
          if (stopping) break;
          transport ??= makeTransport(settings);
          const outcome = await deliver(message, settings, transport);
          if (outcome !== 'skipped') result[outcome]++;
        }
      }
    } finally {
      transport?.close?.();
    }
    return result;
  }

  function dueMessages(now: string, limit: number): OutboxRow[] {
    return core.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.status, 'queued'), lte(mailOutbox.nextAttemptAt, now), isNull(mailOutbox.deletedAt)))
      .orderBy(asc(mailOutbox.createdAt), asc(mailOutbox.id))
      .limit(limit)
      .all();
  }

  async function deliver(message: OutboxRow, settings: SmtpSettings, transport: MailTransport): Promise<Outcome> {
    let attachments: Mail.Attachment[];
    try {
      attachments = await readAttachments(core.documentsDir, message.attachments);
    } catch (error) {
      return failWithoutSending(message.id, error instanceof MissingAttachmentError ? error.message : describeSmtpFailure(asFailure(error)));
    }

    const attempt = markSending(message.id);
    if (!attempt) return 'skipped'; // taken or changed since it was read
    inFlight.add(attempt.id);
    try {
      try {
        await transport.sendMail(compose(attempt, settings, attachments));
      } catch (error) {
        return recordFailure(attempt, error);
      }
      try {
        await options.afterSmtpAccepted?.(attempt);
        write((w) => w.update(mailOutbox, attempt.id, { status: 'sent', sentAt: w.at, nextAttemptAt: null, lastError: null }));
        return 'sent';
      } catch (error) {
        // The server has the message; only our record of it failed. Sending again could deliver it twice.
        log(`E-mail ${attempt.messageId} is verzonden maar kon niet als verzonden worden vastgelegd`, error);
        markUncertain([attempt.id]);
        return 'uncertain';
      }
    } finally {
      inFlight.delete(attempt.id);
    }
  }

  /** Committed before the SMTP exchange; the status check makes a second sender skip the message. */
  function markSending(id: string): OutboxRow | null {
    return write((w) => {
      const row = core.db.select().from(mailOutbox).where(eq(mailOutbox.id, id)).get();
      if (!row || row.deletedAt || row.status !== 'queued' || (row.nextAttemptAt ?? '') > w.at) return null;
      return w.update(mailOutbox, id, { status: 'sending', attempts: row.attempts + 1 });
    });
  }

  function recordFailure(attempt: OutboxRow, error: unknown): 'retried' | 'failed' {
    const failure = asFailure(error);
    const outcome = outcomeOfFailure(attempt.attempts, failure, clock.now());
    write((w) => w.update(mailOutbox, attempt.id, { ...outcome, lastError: describeSmtpFailure(failure) }));
    return outcome.status === 'queued' ? 'retried' : 'failed';
  }

  /** A message that cannot even be put together (an attachment is gone) counts as a failed attempt. */
  function failWithoutSending(id: string, reason: string): 'retried' | 'failed' | 'skipped' {
    return write((w) => {
      const row = core.db.select().from(mailOutbox).where(eq(mailOutbox.id, id)).get();
      if (!row || row.status !== 'queued') return 'skipped';
      const attempts = row.attempts + 1;
      const outcome = outcomeOfFailure(attempts, {}, clock.now());
      w.update(mailOutbox, id, { attempts, ...outcome, lastError: reason });
      return outcome.status === 'queued' ? 'retried' : 'failed';
    });
  }

  function markUncertain(ids: readonly string[]): void {
    try {
      write((w) => {
        for (const id of ids) w.update(mailOutbox, id, { status: 'uncertain', nextAttemptAt: null, lastError: UNCERTAIN_MESSAGE });
      });
    } catch (error) {
      // Left `sending`: the next start's reconcile makes it uncertain.
      log('E-mail kon niet als onzeker worden gemarkeerd', error);
    }
  }

  /** At start: messages left `sending` by a crash may have arrived; a person decides, the sender never resends them. */
  function reconcile(): number {
    const stuck = core.db
      .select({ id: mailOutbox.id })
      .from(mailOutbox)
      .where(and(eq(mailOutbox.status, 'sending'), isNull(mailOutbox.deletedAt)))
      .all()
      .map((r) => r.id)
      .filter((id) => !inFlight.has(id));
    if (stuck.length > 0) {
      write((w) => {
        for (const id of stuck) w.update(mailOutbox, id, { status: 'uncertain', nextAttemptAt: null, lastError: UNCERTAIN_MESSAGE });
      });
    }
    return stuck.length;
  }

  function runInBackground(): void {
    if (stopping) return;
    runOnce().catch((error: unknown) => log('Verzenden van de uitgaande e-mail mislukt', error));
  }

  function onChanged(tables: string[]): void {
    // Our own status changes would only wake us up again for nothing.
    if (writingOurselves) return;
    if (tables.includes('mail_outbox') || tables.includes('mail_settings')) setImmediate(runInBackground);
  }

  return {
    runOnce,
    reconcile,
    /** Reconciles, sends what is due, then every `intervalMs` and right after a message is queued. */
    start(): void {
      if (timer) return;
      stopping = false;
      try {
        const uncertain = reconcile();
        if (uncertain > 0) log(`${uncertain} e-mail(s) waren nog bezig met verzenden bij het afsluiten; ze staan nu op onzeker`);
      } catch (error) {
        log('Controle van de uitgaande e-mail bij het starten mislukt', error);
      }
      core.events.on('changed', onChanged);
      timer = setInterval(runInBackground, options.intervalMs ?? 60_000);
      timer.unref?.();
      runInBackground();
    },
    /** Stops taking messages and waits (a while) for the one being sent, so the database can close. */
    async stop(waitMs = STOP_WAIT_MS): Promise<void> {
      stopping = true;
      if (timer) clearInterval(timer);
      timer = null;
      core.events.off('changed', onChanged);
      const running = current;
      if (!running) return;
      let timeout: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([running.then(noop, noop), new Promise<void>((resolve) => (timeout = setTimeout(resolve, waitMs)))]);
      clearTimeout(timeout);
    },
  };
}

export type MailSender = ReturnType<typeof createMailSender>;

function asFailure(error: unknown): SmtpFailure {
  if (error && typeof error === 'object') return error as SmtpFailure;
  return { message: String(error) };
}

function emptyResult(): PassResult {
  return { sent: 0, retried: 0, failed: 0, uncertain: 0, skipped: null };
}

function addTo(total: PassResult, pass: PassResult): void {
  total.sent += pass.sent;
  total.retried += pass.retried;
  total.failed += pass.failed;
  total.uncertain += pass.uncertain;
  total.skipped = pass.skipped ?? total.skipped;
}

function noop(): void {}
