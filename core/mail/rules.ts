/** Rules of the outbox: when to try again, when to give up, and how to tell staff what went wrong. */

const MINUTE_MS = 60_000;

/** Waits after the 1st, 2nd, … failed attempt; the last one repeats. */
export const RETRY_DELAYS_MINUTES = [1, 2, 5, 15, 30, 60] as const;

/** After this many attempts a message is `failed`: about three hours of trying (1+2+5+15+30+60+60 minutes). */
export const MAX_ATTEMPTS = 8;

export function retryDelayMs(attempts: number): number {
  const index = Math.min(Math.max(attempts, 1), RETRY_DELAYS_MINUTES.length) - 1;
  return RETRY_DELAYS_MINUTES[index]! * MINUTE_MS;
}

/** What an SMTP failure looks like as nodemailer reports it. */
export interface SmtpFailure {
  code?: string;
  responseCode?: number;
  response?: string;
  message?: string;
}

/**
 * A 5xx answer to the recipient or the message itself will be the same next time (unknown
 * mailbox, message too large); trying again only delays telling staff. Other 5xx answers, such as
 * a refused password, are the office's settings, which an administrator can still fix in time.
 */
export function isPermanentFailure(error: SmtpFailure): boolean {
  return (error.code === 'EENVELOPE' || error.code === 'EMESSAGE') && (error.responseCode ?? 0) >= 500;
}

export type AttemptOutcome = { status: 'queued'; nextAttemptAt: string } | { status: 'failed'; nextAttemptAt: null };

/** After failed attempt number `attempts`: wait and try again, or give up. */
export function outcomeOfFailure(attempts: number, error: SmtpFailure, now: Date): AttemptOutcome {
  if (attempts >= MAX_ATTEMPTS || isPermanentFailure(error)) return { status: 'failed', nextAttemptAt: null };
  return { status: 'queued', nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)).toISOString() };
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE']);
const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EDNS']);

/** A Dutch sentence for staff, with the mail server's own answer behind it for whoever investigates. */
export function describeSmtpFailure(error: SmtpFailure & { errno?: unknown; cause?: unknown }): string {
  const detail = smtpDetail(error);
  const sentence = dutchSentence(error);
  return detail ? `${sentence} (${detail})` : sentence;
}

function dutchSentence(error: SmtpFailure): string {
  const code = error.code ?? '';
  const text = `${error.message ?? ''}`;
  if (NETWORK_CODES.has(code) || /ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ENETUNREACH/.test(text)) {
    return 'De mailserver is niet bereikbaar. Mogelijk is er geen netwerkverbinding; het bericht wordt later opnieuw verstuurd.';
  }
  if (DNS_CODES.has(code) || /ENOTFOUND|EAI_AGAIN/.test(text)) {
    return 'De mailserver is niet gevonden. Controleer de netwerkverbinding en de naam van de mailserver.';
  }
  if (code === 'ETIMEDOUT' || /timeout|timed out/i.test(text)) return 'De mailserver reageert niet op tijd.';
  if (code === 'EAUTH') return 'De mailserver weigert de gebruikersnaam of het wachtwoord. Controleer de instellingen van de mailserver.';
  if (code === 'ETLS' || /certificate|self[- ]signed|TLS|SSL/i.test(text)) {
    return 'Er kon geen beveiligde verbinding met de mailserver worden gemaakt. Controleer de beveiliging en de poort.';
  }
  if (code === 'EENVELOPE') return 'De mailserver weigert de afzender of de ontvanger.';
  if (code === 'EMESSAGE') return 'De mailserver weigert het bericht.';
  if (code === 'ECONNECTION' || code === 'ESOCKET') return 'De verbinding met de mailserver is mislukt.';
  return 'Verzenden is mislukt.';
}

function smtpDetail(error: SmtpFailure): string {
  const answer = (error.response ?? '').trim();
  if (answer) return `mailserver: ${answer.slice(0, 300)}`;
  const message = (error.message ?? '').trim();
  return message ? message.slice(0, 300) : '';
}
