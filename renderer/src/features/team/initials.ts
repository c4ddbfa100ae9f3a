/**
 * A member's initials for their avatar: the first letters of the first two words ("Li Wei" → LW),
 * or for a name without spaces (as Chinese names are written: 李伟) its first two characters.
 */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length >= 2)
    return words
      .slice(0, 2)
      .map((word) => [...word][0]?.toUpperCase() ?? '')
      .join('');
  return [...(words[0] ?? '')].slice(0, 2).join('').toUpperCase();
}
