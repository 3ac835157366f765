import { describe, expect, it } from 'vitest';
import { CSV_BOM } from '../core/contracts/csv';
import { publicBlacklistEntry, type PublicBlacklistEntry } from '../core/contracts/quality-letters';
import { demoOrganisation } from './demo-data';
import { BLACKLIST_INTRO, blacklistCsv, blacklistHtml } from './quality-blacklist-page';
import { htmlLines } from './render/testing';

const jansen: PublicBlacklistEntry = {
  name: 'Klusbedrijf Jansen B.V.',
  place: 'Woerden',
  terminationDate: '2026-11-21',
  violation: 'Bedrijfsbus met keurmerkstickers gezien; logo op de website.',
  publishedOn: '2026-12-15',
};
const hostile: PublicBlacklistEntry = {
  name: 'Bouw & Zn. <script>alert("x")</script>',
  place: null,
  terminationDate: '2025-12-31',
  violation: 'Folders met het logo\nuitgedeeld op de beurs; "keurmerk" op offerte',
  publishedOn: '2026-02-03',
};

describe('Q6: the public blacklist page', () => {
  it('Q6: a standalone Dutch HTML5 page: lang nl, UTF-8, inline CSS only, no scripts and no remote content', () => {
    const html = blacklistHtml([jansen, hostile], demoOrganisation, '2026-12-15');
    expect(html.startsWith('<!doctype html>\n<html lang="nl">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>Zwarte lijst Keurmerk Kwaliteitsvakman</title>');
    expect(html).toContain("content=\"default-src 'none'; style-src 'unsafe-inline'\"");
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|href=|url\(|@import/i);
    const lines = htmlLines(html);
    expect(lines.slice(0, 2)).toEqual(['Zwarte lijst Keurmerk Kwaliteitsvakman', BLACKLIST_INTRO]);
    expect(BLACKLIST_INTRO).toContain('oud-deelnemers van Keurmerk Kwaliteitsvakman die het keurmerk na de beëindiging van hun deelnemerschap toch zijn blijven gebruiken');
    expect(lines.at(-1)).toBe(
      'Deze lijst is opgesteld op 15 december 2026 door Servicedesk Woerden (0900 - 20 20 505 · info@servicedesk-woerden.nl · www.servicedesk-woerden.nl).',
    );
  });

  it('Q6: one row per entry with name, place, termination date, violation and publication date, newest first', () => {
    const lines = htmlLines(blacklistHtml([hostile, jansen], demoOrganisation, '2026-12-15'));
    const header = lines.indexOf('Naam');
    expect(lines.slice(header, header + 5)).toEqual(['Naam', 'Plaats', 'Datum beëindiging', 'Overtreding', 'Gepubliceerd op']);
    expect(lines.slice(header + 5, header + 10)).toEqual(['Klusbedrijf Jansen B.V.', 'Woerden', '21 november 2026', 'Bedrijfsbus met keurmerkstickers gezien; logo op de website.', '15 december 2026']);
    expect(lines.slice(header + 10, header + 16)).toEqual([
      'Bouw & Zn. <script>alert("x")</script>',
      '–',
      '31 december 2025',
      'Folders met het logo',
      'uitgedeeld op de beurs; "keurmerk" op offerte',
      '3 februari 2026',
    ]);
  });

  it('Q6: names and texts are escaped: markup in a name shows as text and never runs', () => {
    const html = blacklistHtml([hostile], demoOrganisation, '2026-12-15');
    expect(html).toContain('Bouw &amp; Zn. &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('Folders met het logo<br>uitgedeeld op de beurs; &quot;keurmerk&quot; op offerte');
    const org = { ...demoOrganisation, name: 'Servicedesk <b>&</b>', phone: null, email: null, website: null };
    expect(blacklistHtml([], org, '2026-12-15')).toContain('door Servicedesk &lt;b&gt;&amp;&lt;/b&gt;.</p>');
  });

  it('Q6: an empty list says nobody is on it, without an empty table', () => {
    const html = blacklistHtml([], demoOrganisation, '2026-12-15');
    expect(html).not.toContain('<table');
    expect(htmlLines(html)).toContain('Er staan op dit moment geen oud-deelnemers op de zwarte lijst.');
  });

  it('Q6: the CSV has a BOM, a ;-separated Dutch header and one row per entry with dd-mm-jjjj dates', () => {
    const csv = blacklistCsv([hostile, jansen]);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Naam;Plaats;Datum beëindiging;Overtreding;Gepubliceerd op',
      'Klusbedrijf Jansen B.V.;Woerden;21-11-2026;"Bedrijfsbus met keurmerkstickers gezien; logo op de website.";15-12-2026',
      '"Bouw & Zn. <script>alert(""x"")</script>";;31-12-2025;"Folders met het logo\nuitgedeeld op de beurs; ""keurmerk"" op offerte";03-02-2026',
      '',
    ]);
    expect(blacklistCsv([])).toBe(`${CSV_BOM}Naam;Plaats;Datum beëindiging;Overtreding;Gepubliceerd op\r\n`);
  });

  it('Q6: never the termination reason: the public entry has no field for it, so a reason in the data does not reach page or CSV', () => {
    expect(Object.keys(publicBlacklistEntry.shape).sort()).toEqual(['name', 'place', 'publishedOn', 'terminationDate', 'violation']);
    const reason = 'Twee negatieve bindende adviezen in 2026';
    // As a caller might pass a participant row: parsing the public entry drops everything else.
    const entry = publicBlacklistEntry.parse({ ...jansen, terminationReason: reason, reason });
    expect(entry).toEqual(jansen);
    // Handed a wider row unparsed, the export still reads only the entry's own fields.
    const participantRow = { ...jansen, terminationReason: reason };
    const outputs = [blacklistHtml([entry], demoOrganisation, '2026-12-15'), blacklistCsv([entry]), blacklistHtml([participantRow], demoOrganisation, '2026-12-15'), blacklistCsv([participantRow])];
    for (const out of outputs) {
      expect(out).toContain('Klusbedrijf Jansen B.V.');
      expect(out).not.toContain(reason);
      expect(out).not.toMatch(/reden|bindende/i);
    }
  });
});
