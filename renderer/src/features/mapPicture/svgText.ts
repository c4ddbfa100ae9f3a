/*
 * Text for an SVG drawn without a browser to measure it: widths are estimated from the kind of
 * each character (a Chinese character is one em wide, Latin letters about half), which is close
 * enough to cut a name with an ellipsis before it runs out of its card.
 */

/** Latin faces first so English keeps Latin widths; then the Chinese faces of each platform. */
export const FONT_STACK =
  "-apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";

const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
const NARROW = /[ il.,:;'|!()[\]{}ftjr\-·]/;

function charWidth(char: string): number {
  if (WIDE.test(char)) return 1;
  if (NARROW.test(char)) return 0.32;
  if (/[A-Z0-9MW@%&]/.test(char)) return 0.66;
  return 0.55;
}

/** The estimated width of `text` at `size` px (bold runs a little wider). */
export function textWidth(text: string, size: number, bold = false): number {
  let ems = 0;
  for (const char of text) ems += charWidth(char);
  return ems * size * (bold ? 1.12 : 1);
}

/** `text`, cut with an ellipsis where it would run wider than `max` px. */
export function fitText(text: string, max: number, size: number, bold = false): string {
  if (textWidth(text, size, bold) <= max) return text;
  const chars = [...text];
  while (chars.length > 0 && textWidth(`${chars.join('')}…`, size, bold) > max) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/**
 * `text` broken into lines no wider than `max` px: at spaces for Latin words, between any two
 * Chinese characters, and at the line breaks the writer made; at most `maxLines` (the last cut).
 */
export function wrapText(text: string, max: number, size: number, maxLines: number, bold = false): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    // Tokens: a Latin word with its trailing space, or one wide character.
    const tokens = paragraph.match(
      new RegExp(`${WIDE.source}|[^\\s\\u1100-\\u9fff\\uf900-\\uffe6]+\\s*|\\s+`, 'gu'),
    ) ?? [''];
    let line = '';
    for (const token of tokens) {
      if (line && textWidth((line + token).trimEnd(), size, bold) > max) {
        lines.push(line.trimEnd());
        line = token.trimStart();
      } else line += token;
    }
    lines.push(line.trimEnd());
  }
  if (lines.length <= maxLines) return lines.map((line) => fitText(line, max, size, bold));
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = fitText(`${kept[maxLines - 1] ?? ''}…`, max, size, bold);
  return kept.map((line) => fitText(line, max, size, bold));
}

/** Text safe inside an XML element or a double-quoted attribute; control characters dropped. */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- XML 1.0 cannot carry these at all
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}
