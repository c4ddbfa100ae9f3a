const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]/;

/**
 * A person's name from given and family name as their language writes it: Chinese, Japanese and
 * Korean family name first with no space (王 + 小明 → 王小明), others given name first.
 */
export function joinName(given: string, family: string): string {
  const g = given.trim();
  const f = family.trim();
  if (!g || !f) return g || f;
  return CJK.test(g) || CJK.test(f) ? `${f}${g}` : `${g} ${f}`;
}

/** A name compared across files and the account: case, spaces and width do not count. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}
