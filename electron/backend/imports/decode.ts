import iconv from 'iconv-lite';

/** How the bytes of a text file were read, as the preview reports it. */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a text export the way the program that wrote it meant it: a byte-order mark says UTF-8 or
 * UTF-16; otherwise UTF-8 when the bytes are valid UTF-8, and else GB18030 (a superset of GBK and
 * GB2312), which is what Excel and most CRMs on Chinese Windows write as "ANSI".
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  try {
    return { text: fatalUtf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return {
      text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030'),
      encoding: 'gb18030',
    };
  }
}

/** Whether decoded text looks like text at all (a binary file read as text is full of controls). */
export function looksLikeText(text: string): boolean {
  const sample = text.slice(0, 4096);
  if (sample.length === 0) return false;
  let controls = 0;
  for (const char of sample) {
    const code = char.charCodeAt(0);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd) controls++;
  }
  return controls / sample.length < 0.02;
}
