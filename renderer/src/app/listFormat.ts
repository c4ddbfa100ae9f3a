/** Items as the language lists them, by Intl: "Li, Wang, and Zhao" / "李、王和赵". */
export function formatList(items: readonly string[], language: string): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items);
}

/**
 * The same list in parts, for a list whose items are elements (a clickable name each): the items
 * come back as given, between the language's own separators.
 */
export function listParts(
  items: readonly string[],
  language: string,
): { type: 'element' | 'literal'; value: string }[] {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).formatToParts(items);
}
