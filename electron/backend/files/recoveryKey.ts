/**
 * The recovery key is the data key written for people: Crockford's base32 (no I, L, O or U, so
 * nothing reads two ways), in groups of four. Reading it back forgives case, spaces and dashes,
 * and the letters people mistake for digits.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUP = 4;

export function formatRecoveryKey(dataKey: string): string {
  const bytes = Buffer.from(dataKey, 'hex');
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out.match(new RegExp(`.{1,${GROUP}}`, 'g'))!.join('-');
}

/** The data key a typed recovery key stands for, or null when it cannot be one. */
export function parseRecoveryKey(typed: string): string | null {
  const cleaned = typed.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  // 256 bits in 5-bit letters.
  if (cleaned.length !== 52) return null;
  let bits = 0;
  let value = 0;
  const bytes: number[] = [];
  for (const letter of cleaned) {
    const digit = ALPHABET.indexOf(letter);
    if (digit < 0) return null;
    value = ((value << 5) | digit) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return bytes.length === 32 ? Buffer.from(bytes).toString('hex') : null;
}
