import zlib from 'node:zlib';

/**
 * Reads the text of a PDF as Chromium (Skia) writes it: content streams show glyph ids in hex
 * (`<0038005A…> Tj`) and each font has a ToUnicode CMap from glyph id to character. Enough to check
 * that a letter's words are in the PDF, without a PDF library or poppler on the machine.
 *
 * Fonts are not matched to their CMaps (that needs the object graph); instead every CMap decodes
 * the whole text, and a phrase set in one font is found in the decoding with that font's CMap.
 */
export function pdfTextCandidates(pdf: Buffer): string[] {
  const streams = inflatedStreams(pdf);
  const cmaps = streams.filter((s) => s.includes('begincmap')).map(parseCMap);
  const shown = streams
    .filter((s) => !s.includes('begincmap'))
    .flatMap((s) => [...s.matchAll(/<([0-9A-Fa-f\s]+)>\s*Tj|\[((?:[^\]])*)\]\s*TJ/g)])
    .map((m) => m[1] ?? [...(m[2] ?? '').matchAll(/<([0-9A-Fa-f\s]+)>/g)].map((h) => h[1]).join(''));
  return cmaps.map((cmap) =>
    shown
      .map((hex) => {
        const codes = hex.replace(/\s/g, '').match(/.{4}/g) ?? [];
        return codes.map((code) => cmap.get(parseInt(code, 16)) ?? '\uFFFD').join('');
      })
      .join(''),
  );
}

export function pdfContainsText(pdf: Buffer, text: string): boolean {
  return pdfTextCandidates(pdf).some((candidate) => candidate.includes(text));
}

function inflatedStreams(pdf: Buffer): string[] {
  const source = pdf.toString('latin1');
  const result: string[] = [];
  const start = /(?<!end)stream\r?\n/g;
  let match: RegExpExecArray | null;
  while ((match = start.exec(source))) {
    const begin = match.index + match[0].length;
    const end = source.indexOf('endstream', begin);
    if (end < 0) break;
    try {
      result.push(zlib.inflateSync(pdf.subarray(begin, end)).toString('latin1'));
    } catch {
      // Not deflated (or a font program that is not text): nothing to read.
    }
    start.lastIndex = end;
  }
  return result;
}

function parseCMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const unicode = (hex: string) => String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  for (const section of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const pair of section[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(parseInt(pair[1]!, 16), unicode(pair[2]!));
  }
  for (const section of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const range of section[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const [from, to, first] = [parseInt(range[1]!, 16), parseInt(range[2]!, 16), parseInt(range[3]!, 16)];
      for (let code = from; code <= to; code++) map.set(code, String.fromCodePoint(first + code - from));
    }
  }
  return map;
}
