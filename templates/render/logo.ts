import { LOGO_MAX_MM } from './layout';

/** A logo from the organisation settings (a PNG or JPEG data URL), sized for the letterhead. */
export interface Logo {
  type: 'png' | 'jpg';
  bytes: Uint8Array;
  widthMm: number;
  heightMm: number;
}

/**
 * Reads the data URL and the image's own pixel size, so both renderers scale it alike and keep its
 * proportions. Returns null for anything that is not a readable PNG or JPEG: a broken logo must not
 * stop a letter. No Buffer here, so the HTML renderer stays usable in a browser.
 */
export function readLogo(dataUrl: string | null): Logo | null {
  const match = dataUrl ? /^data:image\/(png|jpeg);base64,([A-Za-z0-9+/=]+)$/.exec(dataUrl) : null;
  if (!match) return null;
  let bytes: Uint8Array;
  try {
    bytes = Uint8Array.from(atob(match[2]!), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
  const size = match[1] === 'png' ? pngSize(bytes) : jpegSize(bytes);
  if (!size || size.width <= 0 || size.height <= 0) return null;
  const scale = Math.min(LOGO_MAX_MM.width / size.width, LOGO_MAX_MM.height / size.height);
  return {
    type: match[1] === 'png' ? 'png' : 'jpg',
    bytes,
    widthMm: round1(size.width * scale),
    heightMm: round1(size.height * scale),
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

function pngSize(b: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (b.length < 24 || signature.some((v, i) => b[i] !== v)) return null;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Walks the JPEG markers to the first start-of-frame, which holds the size. */
function jpegSize(b: Uint8Array): { width: number; height: number } | null {
  if (b[0] !== 0xff || b[1] !== 0xd8) return null;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    const length = view.getUint16(i + 2);
    const isStartOfFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isStartOfFrame) return { height: view.getUint16(i + 5), width: view.getUint16(i + 7) };
    i += 2 + length;
  }
  return null;
}
