import { ApiError } from '../../api/client';

/**
 * Saving and printing differ per host. The desktop app asks its main process (`host.*`
 * procedures: "Opslaan als…" dialog, a locked-down print window, Chromium's printToPDF); a browser on
 * the loopback host downloads and prints from a hidden frame, where the print dialog's "Opslaan als
 * PDF" makes the PDF. The input shapes mirror electron/main/host-procedures.ts, which validates them.
 */
interface HostCalls {
  'host.saveFile': { input: { filename: string; base64: string }; output: { saved: boolean; path: string | null } };
  'host.print': { input: { html: string; title?: string }; output: { printed: boolean } };
  'host.printToPdf': { input: { html: string }; output: { base64: string } };
}

export function isDesktop(): boolean {
  return window.api !== undefined;
}

async function hostCall<N extends keyof HostCalls>(name: N, input: HostCalls[N]['input']): Promise<HostCalls[N]['output']> {
  const envelope = await window.api!.invoke(name, input);
  if (!envelope.ok) throw new ApiError(envelope.error);
  return envelope.value as HostCalls[N]['output'];
}

/** Saves a file; false when the person cancelled the dialog (desktop only: a download cannot be cancelled here). */
export async function saveFile(filename: string, base64: string, contentType: string): Promise<boolean> {
  if (isDesktop()) return (await hostCall('host.saveFile', { filename, base64 })).saved;
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: contentType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL; give the browser a moment before releasing it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return true;
}

/** Opens the print dialog for one letter or a combined batch. */
export async function printHtml(html: string, title: string): Promise<void> {
  if (isDesktop()) {
    await hostCall('host.print', { html, title });
    return;
  }
  await printInHiddenFrame(html);
}

/**
 * Makes a PDF. The desktop app writes it where the person chooses; in a browser the print dialog
 * opens, where "Opslaan als PDF" is the destination to pick. Returns what happened, for the message.
 */
export async function savePdf(html: string, filename: string): Promise<'saved' | 'cancelled' | 'print-dialog'> {
  if (!isDesktop()) {
    await printInHiddenFrame(html);
    return 'print-dialog';
  }
  const { base64 } = await hostCall('host.printToPdf', { html });
  const saved = await hostCall('host.saveFile', { filename, base64 });
  return saved.saved ? 'saved' : 'cancelled';
}

/** A PDF for an e-mail attachment when the host can make one without asking; otherwise the .docx goes. */
export async function pdfForAttachment(html: string): Promise<string | undefined> {
  if (!isDesktop()) return undefined;
  return (await hostCall('host.printToPdf', { html })).base64;
}

/**
 * Prints from an invisible frame, so the app itself is not what gets printed. The frame may not run
 * script (no allow-scripts); allow-same-origin lets this page call its print(), allow-modals lets
 * that open the dialog.
 */
function printInHiddenFrame(html: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    frame.title = 'Afdruk';
    frame.dataset.printFrame = 'true';
    Object.assign(frame.style, { position: 'fixed', right: '0', bottom: '0', width: '0', height: '0', border: '0' });
    const remove = () => frame.remove();
    frame.addEventListener('load', () => {
      const view = frame.contentWindow;
      if (!view) {
        remove();
        reject(new Error('Afdrukvenster niet beschikbaar'));
        return;
      }
      view.addEventListener('afterprint', () => setTimeout(remove, 0));
      // Browsers that return from print() before the dialog closes still get their minute.
      setTimeout(remove, 60_000);
      view.focus();
      view.print();
      resolve();
    }, { once: true });
    frame.srcdoc = html;
    document.body.append(frame);
  });
}
