import { describe, expect, it } from 'vitest';
import { describeSmtpFailure, isPermanentFailure, MAX_ATTEMPTS, outcomeOfFailure, retryDelayMs } from './rules';

const NOW = new Date('2026-11-21T09:00:00Z');

describe('e-mail outbox rules: back-off and giving up', () => {
  it('waits 1, 2, 5, 15, 30 and 60 minutes after successive failures, then keeps to an hour', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 12].map((n) => retryDelayMs(n) / 60_000)).toEqual([1, 2, 5, 15, 30, 60, 60, 60]);
  });

  it(`tries again until attempt ${MAX_ATTEMPTS}, then the message is failed`, () => {
    expect(outcomeOfFailure(1, { code: 'ESOCKET' }, NOW)).toEqual({ status: 'queued', nextAttemptAt: '2026-11-21T09:01:00.000Z' });
    expect(outcomeOfFailure(MAX_ATTEMPTS - 1, { code: 'ESOCKET' }, NOW)).toEqual({ status: 'queued', nextAttemptAt: '2026-11-21T10:00:00.000Z' });
    expect(outcomeOfFailure(MAX_ATTEMPTS, { code: 'ESOCKET' }, NOW)).toEqual({ status: 'failed', nextAttemptAt: null });
  });

  it('a permanent refusal of the recipient or the message fails at once; a refused password does not', () => {
    expect(isPermanentFailure({ code: 'EENVELOPE', responseCode: 550 })).toBe(true);
    expect(isPermanentFailure({ code: 'EMESSAGE', responseCode: 552 })).toBe(true);
    expect(isPermanentFailure({ code: 'EENVELOPE', responseCode: 451 })).toBe(false);
    expect(isPermanentFailure({ code: 'EAUTH', responseCode: 535 })).toBe(false);
    expect(outcomeOfFailure(1, { code: 'EENVELOPE', responseCode: 550 }, NOW).status).toBe('failed');
  });
});

describe('e-mail outbox rules: what staff read as the last error', () => {
  it('says in Dutch what went wrong and keeps the server’s own answer behind it', () => {
    expect(describeSmtpFailure({ code: 'ESOCKET', message: 'connect ECONNREFUSED 127.0.0.1:25' })).toBe(
      'De mailserver is niet bereikbaar. Mogelijk is er geen netwerkverbinding; het bericht wordt later opnieuw verstuurd. (connect ECONNREFUSED 127.0.0.1:25)',
    );
    expect(describeSmtpFailure({ code: 'EDNS', message: 'getaddrinfo ENOTFOUND smtp.voorbeeld.nl' })).toMatch(/^De mailserver is niet gevonden\./);
    expect(describeSmtpFailure({ code: 'EAUTH', responseCode: 535, response: '535 5.7.8 Authentication failed' })).toBe(
      'De mailserver weigert de gebruikersnaam of het wachtwoord. Controleer de instellingen van de mailserver. (mailserver: 535 5.7.8 Authentication failed)',
    );
    expect(describeSmtpFailure({ code: 'ETIMEDOUT', message: 'Greeting never received' })).toMatch(/^De mailserver reageert niet op tijd\./);
    expect(describeSmtpFailure({ message: 'iets onverwachts' })).toBe('Verzenden is mislukt. (iets onverwachts)');
  });
});
