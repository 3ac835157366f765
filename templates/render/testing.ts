import JSZip from 'jszip';

/**
 * Test helpers that read the rendered letters back as a person's software would: the .docx as the
 * zip of XML parts Word opens, the HTML as the text a browser shows. Kept apart from the renderers
 * so the tests do not check the renderers with their own code.
 */
export interface DocxParts {
  documentXml: string;
  stylesXml: string;
  footerXml: string[];
  media: string[];
}

export async function readDocx(buffer: Buffer): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(buffer);
  const text = async (path: string) => {
    const file = zip.file(path);
    if (!file) throw new Error(`${path} ontbreekt in de .docx`);
    return file.async('string');
  };
  const footers = Object.keys(zip.files).filter((p) => /^word\/footer\d*\.xml$/.test(p));
  return {
    documentXml: await text('word/document.xml'),
    stylesXml: await text('word/styles.xml'),
    footerXml: await Promise.all(footers.map(text)),
    media: Object.keys(zip.files).filter((p) => p.startsWith('word/media/')),
  };
}

/** The text of a WordprocessingML part: one line per paragraph and per line break. */
export function docxLines(xml: string): string[] {
  const lines: string[] = [];
  for (const [, paragraph] of xml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)) {
    let line = '';
    for (const [token, , text] of paragraph!.matchAll(/<w:t(\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:tab\/>/g)) {
      if (token.startsWith('<w:br')) line += '\n';
      else if (token.startsWith('<w:tab')) line += '\t';
      else line += decodeEntities(text ?? '');
    }
    lines.push(...line.split('\n'));
  }
  return clean(lines);
}

/** The text a browser shows in the body: one line per paragraph, cell, list item or <br>. */
export function htmlLines(html: string): string[] {
  const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? html;
  const text = body
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<\/(p|td|th|li|h\d|div|tr)>/g, '\n')
    .replace(/<[^>]+>/g, '');
  return clean(decodeEntities(text).split('\n'));
}

const clean = (lines: string[]) => lines.map((l) => l.trim()).filter((l) => l !== '');

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#39|#x[0-9a-f]+|#\d+);/gi, (entity, name: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (named[name.toLowerCase()]) return named[name.toLowerCase()]!;
    const code = name.startsWith('#x') || name.startsWith('#X') ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : entity;
  });
}
