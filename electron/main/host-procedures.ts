import { z } from 'zod';
import type { Envelope } from '../../core/contracts/envelope';

/**
 * Procedures the desktop host answers itself, in the main process: saving a file where the user
 * chooses and printing. They need Electron (dialogs, a print window), which the core never imports,
 * so `host.*` names never reach core.dispatch. Kept free of an `electron` import so tests run
 * without the binary; printing.ts supplies the Electron side.
 */

/** A batch of forty letters with the logo inline stays far below this. */
const MAX_HTML_CHARS = 50_000_000;
const MAX_BASE64_CHARS = 70_000_000;

export const hostInputs = {
  'host.saveFile': z.object({
    filename: z.string().trim().min(1).max(200),
    base64: z.string().max(MAX_BASE64_CHARS).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64'),
  }),
  'host.print': z.object({ html: z.string().min(1).max(MAX_HTML_CHARS), title: z.string().trim().max(200).optional() }),
  'host.printToPdf': z.object({ html: z.string().min(1).max(MAX_HTML_CHARS) }),
} as const;

export type HostProcedureName = keyof typeof hostInputs;
export type HostInput<N extends HostProcedureName> = z.output<(typeof hostInputs)[N]>;

export interface HostServices {
  /** Asks where to save ("Opslaan als…"); `saved: false` when the person cancels. */
  saveFile(input: HostInput<'host.saveFile'>): Promise<{ saved: boolean; path: string | null }>;
  /** Shows the system print dialog; `printed: false` when the person cancels. */
  print(input: HostInput<'host.print'>): Promise<{ printed: boolean }>;
  printToPdf(input: HostInput<'host.printToPdf'>): Promise<{ base64: string }>;
}

export function isHostProcedure(name: string): boolean {
  return name.startsWith('host.');
}

function failure(code: string, message: string): Envelope<never> {
  return { ok: false, error: { kind: 'internal', code, message } };
}

/** Same envelope as core.dispatch, so the renderer handles both alike. */
export async function dispatchHost(name: string, input: unknown, services: HostServices): Promise<Envelope<unknown>> {
  if (!Object.hasOwn(hostInputs, name)) return failure('host.unknown', 'Deze functie bestaat niet in het bureaubladprogramma.');
  const procedure = name as HostProcedureName;
  const parsed = hostInputs[procedure].safeParse(input);
  if (!parsed.success) return failure('host.invalid_input', 'Het bestand of de afdruk kon niet worden gemaakt: ongeldige gegevens.');
  try {
    switch (procedure) {
      case 'host.saveFile':
        return { ok: true, value: await services.saveFile(parsed.data as HostInput<'host.saveFile'>) };
      case 'host.print':
        return { ok: true, value: await services.print(parsed.data as HostInput<'host.print'>) };
      case 'host.printToPdf':
        return { ok: true, value: await services.printToPdf(parsed.data as HostInput<'host.printToPdf'>) };
    }
  } catch (error) {
    console.error(`${name} mislukt`, error);
    const detail = error instanceof Error ? error.message : String(error);
    const message =
      procedure === 'host.saveFile'
        ? `Het bestand kon niet worden opgeslagen (${detail}).`
        : `Afdrukken is mislukt (${detail}). Controleer de printer en probeer het opnieuw.`;
    return failure(`${name}_failed`, message);
  }
}

/** A file name Windows, macOS and Linux all accept, without any folder in it. */
export function safeFilename(name: string): string {
  const cleaned = name
    // eslint-disable-next-line no-control-regex
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const reserved = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(cleaned);
  return cleaned && !reserved ? cleaned.slice(0, 180) : 'document';
}

/**
 * What the print window may do: show the letter's own styles and inline images, nothing else. The
 * window also runs without JavaScript; the policy makes the HTML inert even if that ever changed.
 */
export const PRINT_CONTENT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

/** The letter HTML with the print policy (and the window title, which names the print job) in its head. */
export function preparePrintHtml(html: string, title?: string): string {
  const escapedTitle = title ? title.replace(/&/g, '&amp;').replace(/</g, '&lt;') : null;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${PRINT_CONTENT_POLICY}">`;
  let result = html;
  if (escapedTitle) {
    result = /<title>[\s\S]*?<\/title>/i.test(result)
      ? result.replace(/<title>[\s\S]*?<\/title>/i, `<title>${escapedTitle}</title>`)
      : insertInHead(result, `<title>${escapedTitle}</title>`);
  }
  return insertInHead(result, meta);
}

function insertInHead(html: string, tag: string): string {
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) return `${html.slice(0, head.index + head[0].length)}${tag}${html.slice(head.index + head[0].length)}`;
  const htmlTag = /<html(\s[^>]*)?>/i.exec(html);
  if (htmlTag) return `${html.slice(0, htmlTag.index + htmlTag[0].length)}<head>${tag}</head>${html.slice(htmlTag.index + htmlTag[0].length)}`;
  return `<!doctype html><html><head>${tag}</head><body>${html}</body></html>`;
}

export function htmlDataUrl(html: string): string {
  return `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`;
}

/** Chromium refuses URLs over 2 MiB; below that a data: URL, above it (big batches) a temporary file. */
export const MAX_URL_CHARS = 2 * 1024 * 1024;

export type PrintSource = { kind: 'url'; url: string } | { kind: 'file' };

export function printSource(html: string): PrintSource {
  const url = htmlDataUrl(html);
  return url.length < MAX_URL_CHARS ? { kind: 'url', url } : { kind: 'file' };
}
