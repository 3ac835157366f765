import { describe, expect, it } from 'vitest';
import { describeReportReason } from './report-reason';

describe('sync report reasons in Dutch', () => {
  it('a number the server gave to another desktop names the number, the field and what to do', () => {
    expect(describeReportReason('members', 'unique:members.membership_number:L000123')).toBe(
      '"L000123" (lidmaatschapsnummer) is al in gebruik op een andere computer. Dit gegeven staat alleen op deze computer: geef het een andere waarde of verwijder het.',
    );
  });

  it("SQLite's own refusal of a pulled row becomes a sentence about the field", () => {
    expect(describeReportReason('staff', 'UNIQUE constraint failed: staff.username')).toBe(
      'Niet opgeslagen: gebruikersnaam bestaat op deze computer al bij een ander gegeven.',
    );
  });

  it('known codes are explained; unknown text is shown as it is', () => {
    expect(describeReportReason('persons', 'row_deleted')).toContain('verwijderd');
    expect(describeReportReason('persons', 'iets anders')).toBe('iets anders');
    expect(describeReportReason('persons', null)).toBeNull();
  });
});
