import { describe, expect, it } from 'vitest';
import {
  dispatchHost,
  htmlDataUrl,
  isHostProcedure,
  MAX_URL_CHARS,
  preparePrintHtml,
  PRINT_CONTENT_POLICY,
  printSource,
  safeFilename,
  type HostServices,
} from './host-procedures';

function recordingServices(): HostServices & { calls: [string, unknown][] } {
  const calls: [string, unknown][] = [];
  return {
    calls,
    saveFile: async (input) => (calls.push(['saveFile', input]), { saved: true, path: `/home/a/Documents/${input.filename}` }),
    print: async (input) => (calls.push(['print', input]), { printed: true }),
    printToPdf: async (input) => (calls.push(['printToPdf', input]), { base64: 'JVBERi0=' }),
  };
}

describe('host procedures', () => {
  it('are the host.* names; everything else goes to the core', () => {
    expect(isHostProcedure('host.print')).toBe(true);
    expect(isHostProcedure('documents.preview')).toBe(false);
  });

  it('pass valid input to the service and wrap the answer in the core envelope', async () => {
    const services = recordingServices();
    const saved = await dispatchHost('host.saveFile', { filename: ' brief.docx ', base64: 'UEsDBA==' }, services);
    expect(saved).toEqual({ ok: true, value: { saved: true, path: '/home/a/Documents/brief.docx' } });
    expect(services.calls).toEqual([['saveFile', { filename: 'brief.docx', base64: 'UEsDBA==' }]]);
    expect(await dispatchHost('host.printToPdf', { html: '<p>Brief</p>' }, services)).toEqual({ ok: true, value: { base64: 'JVBERi0=' } });
  });

  it('refuse unknown names and invalid input without calling a service', async () => {
    const services = recordingServices();
    expect(await dispatchHost('host.shell', {}, services)).toMatchObject({ ok: false, error: { kind: 'internal', code: 'host.unknown' } });
    expect(await dispatchHost('host.saveFile', { filename: 'a.docx', base64: 'niet base64!' }, services)).toMatchObject({
      ok: false,
      error: { kind: 'internal', code: 'host.invalid_input' },
    });
    expect(await dispatchHost('host.print', { html: '' }, services)).toMatchObject({ ok: false });
    expect(await dispatchHost('host.print', null, services)).toMatchObject({ ok: false });
    // Inherited names are no procedures either.
    expect(await dispatchHost('toString', {}, services)).toMatchObject({ ok: false, error: { code: 'host.unknown' } });
    expect(services.calls).toEqual([]);
  });

  it('turn a failing printer into a Dutch message in the envelope, not a thrown error', async () => {
    const services = { ...recordingServices(), print: async () => Promise.reject(new Error('Printer offline')) };
    const result = await dispatchHost('host.print', { html: '<p>x</p>' }, services);
    expect(result).toMatchObject({ ok: false, error: { kind: 'internal', code: 'host.print_failed' } });
    expect(!result.ok && result.error.message).toContain('Printer offline');
  });
});

describe('file names for "Opslaan als…"', () => {
  it('keep Dutch names and drop folders and characters Windows refuses', () => {
    expect(safeFilename('Brief aan mevrouw Çelik-Jansen (v2).docx')).toBe('Brief aan mevrouw Çelik-Jansen (v2).docx');
    expect(safeFilename('../../etc/passwd')).toBe('-..-etc-passwd');
    expect(safeFilename('a:b*c?.pdf')).toBe('a-b-c-.pdf');
    expect(safeFilename('CON.docx')).toBe('document');
    expect(safeFilename('...')).toBe('document');
  });
});

describe('print window content', () => {
  it('puts the print policy and the title in the head', () => {
    const html = preparePrintHtml('<!doctype html><html><head><title>Oud</title></head><body>x</body></html>', 'Brief <Jansen> & co');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${PRINT_CONTENT_POLICY}">`);
    expect(html).toContain('<title>Brief &lt;Jansen> &amp; co</title>');
    expect(html).not.toContain('Oud');
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<body>'));
  });

  it('adds a head to a fragment', () => {
    expect(preparePrintHtml('<p>Alleen tekst</p>')).toMatch(/^<!doctype html><html><head><meta http-equiv="Content-Security-Policy"[^>]*><\/head><body><p>Alleen tekst<\/p><\/body><\/html>$/);
  });

  it('loads as a UTF-8 data: URL, Dutch characters intact', () => {
    const url = htmlDataUrl('<p>Geachte mevrouw Özdemir, café één</p>');
    expect(url.startsWith('data:text/html;charset=utf-8;base64,')).toBe(true);
    expect(Buffer.from(url.split(',')[1]!, 'base64').toString('utf8')).toBe('<p>Geachte mevrouw Özdemir, café één</p>');
  });

  it('falls back to a temporary file above the URL length Chromium accepts', () => {
    expect(printSource('<p>kort</p>').kind).toBe('url');
    expect(printSource(`<p>${'x'.repeat(MAX_URL_CHARS)}</p>`)).toEqual({ kind: 'file' });
  });
});
