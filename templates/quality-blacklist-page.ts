import { toCsv, type CsvColumn } from '../core/contracts/csv';
import { formatLongDate } from '../core/contracts/format';
import type { PublicBlacklistEntry } from '../core/contracts/quality-letters';
import type { Organisation } from '../core/contracts/settings';
import { escapeHtml } from './render/html';
import { COLOURS, CSS_FONT_STACK } from './render/layout';

/**
 * Q6: the public blacklist for the website, as one self-contained HTML page and as CSV. Both take
 * PublicBlacklistEntry only, so the reason of termination (Q5 g) has no way in.
 */
export const BLACKLIST_TITLE = 'Zwarte lijst Keurmerk Kwaliteitsvakman';

export const BLACKLIST_INTRO =
  'Op deze lijst staan oud-deelnemers van Keurmerk Kwaliteitsvakman die het keurmerk na de beëindiging van hun deelnemerschap toch zijn blijven gebruiken. Zij zijn geen deelnemer meer en mogen het keurmerk niet voeren.';

const COLUMNS = ['Naam', 'Plaats', 'Datum beëindiging', 'Overtreding', 'Gepubliceerd op'] as const;

/** Newest publication first; within a day by name, as a Dutch reader sorts. */
function ordered(entries: readonly PublicBlacklistEntry[]): PublicBlacklistEntry[] {
  return [...entries].sort((a, b) => b.publishedOn.localeCompare(a.publishedOn) || a.name.localeCompare(b.name, 'nl'));
}

const text = (value: string) => escapeHtml(value.trim()).replace(/\r?\n/g, '<br>');

export function blacklistHtml(entries: PublicBlacklistEntry[], organisation: Organisation, generatedOn: string): string {
  const rows = ordered(entries)
    .map((e) => {
      const cells = [text(e.name), e.place?.trim() ? text(e.place) : '–', formatLongDate(e.terminationDate), text(e.violation), formatLongDate(e.publishedOn)];
      return `<tr>${cells.map((c, i) => `<td class="c${i}">${c}</td>`).join('')}</tr>`;
    })
    .join('\n');
  const list =
    entries.length === 0
      ? '<p class="empty">Er staan op dit moment geen oud-deelnemers op de zwarte lijst.</p>'
      : `<table>
<thead><tr>${COLUMNS.map((c, i) => `<th class="c${i}" scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
  const contact = [organisation.phone, organisation.email, organisation.website].filter((v): v is string => !!v?.trim()).map(escapeHtml);
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(BLACKLIST_TITLE)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>${escapeHtml(BLACKLIST_TITLE)}</h1>
<p class="intro">${escapeHtml(BLACKLIST_INTRO)}</p>
${list}
<p class="made">Deze lijst is opgesteld op ${formatLongDate(generatedOn)} door ${escapeHtml(organisation.name)}${contact.length ? ` (${contact.join(' · ')})` : ''}.</p>
</main>
</body>
</html>
`;
}

const CSV_COLUMNS: CsvColumn<PublicBlacklistEntry>[] = [
  { header: 'Naam', value: (e) => e.name },
  { header: 'Plaats', value: (e) => e.place },
  { header: 'Datum beëindiging', value: (e) => e.terminationDate, type: 'date' },
  { header: 'Overtreding', value: (e) => e.violation },
  { header: 'Gepubliceerd op', value: (e) => e.publishedOn, type: 'date' },
];

/** The same list as CSV for Dutch Excel (`;`, BOM, dd-mm-jjjj), in the page's order. */
export function blacklistCsv(entries: PublicBlacklistEntry[]): string {
  return toCsv(ordered(entries), CSV_COLUMNS);
}

const CSS = `
html { background: #fff; color: #1a1a1a; }
body { margin: 0; font: 15px/1.5 ${CSS_FONT_STACK}; }
main { max-width: 1040px; margin: 0 auto; padding: 32px 24px 48px; }
h1 { margin: 0 0 12px; font-size: 26px; line-height: 1.25; color: #${COLOURS.accent}; }
.intro { margin: 0 0 24px; max-width: 760px; }
table { width: 100%; border-collapse: collapse; }
th, td { text-align: left; vertical-align: top; padding: 8px 10px; }
th { border-bottom: 2px solid #${COLOURS.accent}; font-weight: bold; white-space: nowrap; }
td { border-bottom: 1px solid #${COLOURS.ruleLight}; overflow-wrap: anywhere; }
tbody tr:nth-child(even) td { background: #f6f8fa; }
.c0 { width: 22%; font-weight: bold; }
.c1 { width: 16%; }
.c2, .c4 { width: 13%; white-space: nowrap; }
.empty { font-style: italic; }
.made { margin-top: 24px; color: #${COLOURS.muted}; font-size: 13px; }
@media print { main { padding: 0; } tbody tr { break-inside: avoid; } tbody tr:nth-child(even) td { background: none; } }
`;
