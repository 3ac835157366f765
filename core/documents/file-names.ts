export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A name Windows and the archive accept: no \ / : * ? " < > |, no control characters, no leading or trailing dots or spaces. */
export function safeFileName(name: string, fallback = 'bestand'): string {
  return (
    name
      .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '-')
      .replace(/[. ]+$/, '')
      .replace(/^[. ]+/, '')
      .slice(0, 120) || fallback
  );
}
