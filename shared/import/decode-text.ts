import { TallyError } from '../api/result';

/** Share of control characters above which a decodable file is still treated as binary data. */
const MAX_CONTROL_SHARE = 0.01;
const CONTROL_SAMPLE = 65_536;

/**
 * The text of an imported file, decoded as UTF-8 with a leading byte-order mark removed. Tally only accepts
 * UTF-8 so that offsets and diacritics mean the same thing everywhere; anything else is refused with NOT_TEXT
 * rather than guessed at, because a wrong guess would silently corrupt the frozen copy that citations point into.
 */
export function decodeArticleBytes(bytes: Uint8Array, fileName: string): string {
  const name = baseName(fileName);
  const refuse = (reason: string): never => {
    throw new TallyError('NOT_TEXT', `${name} is not a UTF-8 text file: ${reason}`, { file: fileName });
  };

  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    refuse('it is UTF-16 encoded; save it as UTF-8');
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) refuse(`it contains a NUL byte at offset ${nul} (binary data)`);

  let text: string;
  try {
    // The default ignoreBOM: false makes the decoder drop one leading U+FEFF.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const where = at >= 0 ? ` (byte 0x${bytes[at].toString(16).toUpperCase().padStart(2, '0')} at offset ${at})` : '';
    return refuse(`it is not valid UTF-8${where}; it may be Latin-1 or Windows-1258 — save it as UTF-8`);
  }

  const controls = countControls(text, CONTROL_SAMPLE);
  const sampled = Math.min(text.length, CONTROL_SAMPLE);
  if (controls > Math.max(2, sampled * MAX_CONTROL_SHARE)) {
    refuse(`${controls} control characters in the first ${sampled} characters (binary data)`);
  }
  return text;
}

/** Control characters other than tab, line feed, vertical tab, form feed and carriage return, plus DEL and C1. */
function countControls(text: string, limit: number): number {
  let n = 0;
  const end = Math.min(text.length, limit);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && (c < 0x09 || c > 0x0d)) || (c >= 0x7f && c <= 0x9f)) n++;
  }
  return n;
}

/** Offset of the first byte that breaks UTF-8, for a message that says where; -1 when none is found. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    if (i + need >= bytes.length) return i; // truncated sequence at the end
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

export function baseName(fileName: string): string {
  const parts = fileName.split(/[\\/]/);
  return parts[parts.length - 1] || fileName;
}
