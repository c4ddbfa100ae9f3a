import type { MapView, Person } from '../../../../shared/api/entities';
import { ACCESS_MAX, INFLUENCE_MAX, PROGRESS_STEPS, type NoteColor } from '../../../../shared/domain/enums';
import type { Box } from '../map/floatingEnds';
import { EDGE_STYLE, lineStroke, NOTE_BACKGROUND } from '../map/drawing';
import { STANCE_COLOR } from '../map/stanceStyle';
import {
  layOutPicture,
  overlaps,
  pathData,
  pointAlong,
  type PlacedCard,
  type PlacedLine,
  type PlacedUnit,
} from './layout';
import { escapeXml, fitText, FONT_STACK, textWidth, wrapText } from './svgText';

/** Translates a key of the app's resources (i18next's `t`, or a test's). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface PictureOptions {
  t: Translate;
  /** The ids of the cards, departments and notes to draw (the selection); every one when absent. */
  only?: ReadonlySet<string>;
  /** The picture's name, for screen readers and the files' title. */
  title?: string;
}

export interface MapPicture {
  svg: string;
  /** Size in CSS pixels at 1×. */
  width: number;
  height: number;
  /** How many cards, departments and notes it shows. */
  count: number;
}

/** Space kept round the content. */
const MARGIN = 24;
const LABEL = { size: 11, padX: 4, height: 16 };
/** Where along a line its label may sit, best first: the middle, then ever nearer the ends. */
const LABEL_SPOTS = [0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.15, 0.85];
const INK = '#212529';
const DIMMED = '#868e96';
const INDIGO = { 0: '#edf2ff', 5: '#5c7cfa', 7: '#4263eb', 8: '#3b5bdb' };
const GRAY = { 1: '#f1f3f5', 3: '#dee2e6', 4: '#ced4da', 5: '#adb5bd', 7: '#495057' };
const TEAL = { 6: '#12b886', 7: '#0ca678' };

const n = (value: number): string => String(Math.round(value * 10) / 10);

/** A `<text>` element; `attributes` are already safe. */
function text(x: number, y: number, content: string, attributes: string): string {
  return `<text x="${n(x)}" y="${n(y)}" ${attributes}>${escapeXml(content)}</text>`;
}

/**
 * The map as an SVG document of real shapes and text: every card at full detail whatever the
 * screen's zoom, departments, notes and lines, with each line's label where no card covers it,
 * cropped to the content (or to the chosen things). No selection, handles or minimap: it is
 * drawn from the map's data, not from the screen. Text stays text, so the file opens editable
 * in Inkscape, Illustrator or PowerPoint.
 */
export function renderMapSvg(view: MapView, { t, only, title }: PictureOptions): MapPicture {
  const layout = layOutPicture(view, only);
  const cardBoxes = layout.cards.map((card) => card.box);
  const labels: { box: Box; text: string }[] = [];
  for (const line of layout.lines) {
    const label = line.relation.label.trim();
    if (!label) continue;
    const shown = fitText(label, 220, LABEL.size);
    const width = textWidth(shown, LABEL.size) + 2 * LABEL.padX;
    const boxAt = (t: number): Box => {
      const point = pointAlong(line.shape, t);
      return { x: point.x - width / 2, y: point.y - LABEL.height / 2, width, height: LABEL.height };
    };
    const taken = [...cardBoxes, ...labels.map((placed) => placed.box)];
    const free = LABEL_SPOTS.map(boxAt).find((box) => !taken.some((other) => overlaps(box, other)));
    labels.push({ box: free ?? boxAt(0.5), text: shown });
  }

  const boxes = [...layout.units.map((unit) => unit.box), ...cardBoxes, ...labels.map((label) => label.box)];
  const left = boxes.length ? Math.min(...boxes.map((box) => box.x)) - MARGIN : 0;
  const top = boxes.length ? Math.min(...boxes.map((box) => box.y)) - MARGIN : 0;
  const right = boxes.length ? Math.max(...boxes.map((box) => box.x + box.width)) + MARGIN : 2 * MARGIN;
  const bottom = boxes.length ? Math.max(...boxes.map((box) => box.y + box.height)) + MARGIN : 2 * MARGIN;
  // Rounded first, so a float's last bit does not add a pixel.
  const width = Math.ceil(Math.round((right - left) * 100) / 100);
  const height = Math.ceil(Math.round((bottom - top) * 100) / 100);

  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${n(left)} ${n(top)} ${width} ${height}" font-family="${FONT_STACK}" role="img">`,
    title ? `<title>${escapeXml(title)}</title>` : '',
    `<defs><marker id="pm-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="10" markerHeight="10" markerUnits="userSpaceOnUse" orient="auto"><path d="M0 0L10 5L0 10z" fill="${EDGE_STYLE.influences.style?.stroke ?? INK}"/></marker></defs>`,
    `<rect x="${n(left)}" y="${n(top)}" width="${width}" height="${height}" fill="#ffffff"/>`,
    '<g data-layer="units">',
    ...layout.units.map((unit) => drawUnit(unit, t)),
    '</g><g data-layer="lines" fill="none">',
    ...layout.lines.map(drawLine),
    '</g><g data-layer="cards">',
    ...layout.cards.map((card) => drawCard(card, t)),
    '</g><g data-layer="labels">',
    ...labels.map(drawLabel),
    '</g></svg>',
  ];
  return { svg: parts.join(''), width, height, count: layout.cards.length + layout.units.length };
}

function drawUnit({ box, unit, peopleCount }: PlacedUnit, t: Translate): string {
  const name = fitText(unit.name, box.width - 100, 14, true);
  const count = t('home.people', { count: peopleCount });
  return (
    `<g data-kind="org-unit"><rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" rx="12" fill="${GRAY[1]}" fill-opacity="0.55" stroke="${GRAY[5]}" stroke-width="1.5" stroke-dasharray="5 3"/>` +
    text(box.x + 14, box.y + 27, name, `font-size="14" font-weight="600" fill="${INK}"`) +
    text(box.x + 14 + textWidth(name, 14, true) + 10, box.y + 27, count, `font-size="12" fill="${DIMMED}"`) +
    '</g>'
  );
}

function drawLine({ relation, shape }: PlacedLine): string {
  const stroke = lineStroke(relation);
  const dash =
    (stroke.strokeDasharray ? ` stroke-dasharray="${stroke.strokeDasharray}"` : '') +
    (stroke.strokeLinecap ? ` stroke-linecap="${stroke.strokeLinecap}"` : '');
  const arrow = EDGE_STYLE[relation.kind].markerEnd ? ' marker-end="url(#pm-arrow)"' : '';
  return `<path d="${pathData(shape)}" stroke="${stroke.stroke}" stroke-width="${stroke.strokeWidth}"${dash}${arrow} data-kind="${relation.kind}"/>`;
}

function drawLabel({ box, text: label }: { box: Box; text: string }): string {
  return (
    `<g data-kind="line-label"><rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${box.height}" rx="3" fill="#ffffff" stroke="${GRAY[3]}" stroke-width="0.75"/>` +
    text(box.x + box.width / 2, box.y + 12, label, `font-size="${LABEL.size}" text-anchor="middle" fill="${INK}"`) +
    '</g>'
  );
}

function drawCard(card: PlacedCard, t: Translate): string {
  if (card.kind === 'person') return drawPerson(card.box, card.person, t);
  const { box } = card;
  if (card.kind === 'member') {
    const middle = box.x + box.width / 2;
    const wide = box.width - 24;
    return (
      `<g data-kind="member"><rect x="${n(box.x)}" y="${n(box.y)}" width="${box.width}" height="${box.height}" rx="${box.height / 2}" fill="${INDIGO[7]}"/>` +
      text(
        middle,
        box.y + 22,
        t('team.ourSide').toUpperCase(),
        `font-size="10" letter-spacing="0.5" text-anchor="middle" fill="#ffffff" fill-opacity="0.8"`,
      ) +
      text(
        middle,
        box.y + 45,
        fitText(card.member.name, wide, 15, true),
        `font-size="15" font-weight="600" text-anchor="middle" fill="#ffffff"`,
      ) +
      text(
        middle,
        box.y + 63,
        fitText(card.member.title, wide, 11),
        `font-size="11" text-anchor="middle" fill="#ffffff" fill-opacity="0.85"`,
      ) +
      '</g>'
    );
  }
  const sticky = card.note.kind === 'sticky';
  const size = sticky ? 14 : 18;
  const lineHeight = size * 1.4;
  const lines = wrapText(
    card.note.text,
    box.width - 24,
    size,
    Math.max(1, Math.floor((box.height - 20) / lineHeight)),
    !sticky,
  );
  const paper = sticky
    ? `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" rx="4" fill="${NOTE_BACKGROUND[card.note.color as NoteColor] ?? NOTE_BACKGROUND.yellow}" stroke="#000000" stroke-opacity="0.08"/>`
    : '';
  const body = lines
    .map((line, i) =>
      text(
        box.x + 12,
        box.y + 10 + size + i * lineHeight,
        line,
        `font-size="${size}"${sticky ? '' : ' font-weight="600"'} fill="${INK}"`,
      ),
    )
    .join('');
  return `<g data-kind="note">${paper}${body}</g>`;
}

/** Glyphs for the card's markers, 13 px square like the icons on the canvas. */
const GLYPH = {
  coach: `<path d="M2.5 12V1.5h8l-2 3 2 3h-8" fill="none" stroke="${GRAY[7]}" stroke-width="1.3" stroke-linejoin="round"/>`,
  competitor: `<path d="M2 2l9 9M11 2l-9 9M1.5 8.5l3 3M11.5 8.5l-3 3" fill="none" stroke="#f76707" stroke-width="1.4" stroke-linecap="round"/>`,
  privateNotes: `<rect x="2.5" y="6" width="8" height="6" rx="1" fill="none" stroke="${GRAY[7]}" stroke-width="1.3"/><path d="M4.5 6V4.2a2 2 0 0 1 4 0V6" fill="none" stroke="${GRAY[7]}" stroke-width="1.3"/>`,
};

function drawPerson(box: Box, person: Person, t: Translate): string {
  const { x, y, width: w, height: h } = box;
  const color = STANCE_COLOR[person.stance];
  const inner = { left: x + 16, right: x + w - 10 };
  const placeholder = person.isPlaceholder;
  const parts: string[] = [
    `<g data-kind="person">`,
    // The stance colour as the card's thick left edge, then the paper, then the thin border.
    `<rect x="${n(x)}" y="${n(y)}" width="${w}" height="${h}" rx="8" fill="${color}"/>`,
    `<path d="M${n(x + 6)} ${n(y + 1)}H${n(x + w - 8)}A7 7 0 0 1 ${n(x + w - 1)} ${n(y + 8)}V${n(y + h - 8)}A7 7 0 0 1 ${n(x + w - 8)} ${n(y + h - 1)}H${n(x + 6)}Z" fill="${placeholder ? '#f8f9fa' : '#ffffff'}"/>`,
    `<rect x="${n(x + 0.5)}" y="${n(y + 0.5)}" width="${w - 1}" height="${h - 1}" rx="7.5" fill="none" stroke="${GRAY[4]}"${placeholder ? ' stroke-dasharray="4 3"' : ''}/>`,
  ];

  // Top row: the decision role on the left; markers and influence pips on the right.
  let cursor = inner.right;
  const pips: string[] = [];
  for (let i = INFLUENCE_MAX - 1; i >= 0; i--) {
    pips.push(
      `<circle cx="${n(cursor - 3)}" cy="${n(y + 16)}" r="3" fill="${i < person.influence ? '#373a40' : GRAY[3]}"/>`,
    );
    cursor -= 8;
  }
  parts.push(
    `<g data-kind="influence"><title>${escapeXml(`${t('inspector.influence')} ${person.influence}/${INFLUENCE_MAX}`)}</title>${pips.join('')}</g>`,
  );
  cursor -= 3;
  const markers: (keyof typeof GLYPH)[] = [];
  if (person.privateNotes.trim()) markers.push('privateNotes');
  if (person.competitorId) markers.push('competitor');
  if (person.role === 'coach') markers.push('coach');
  for (const marker of markers) {
    cursor -= 13;
    parts.push(
      `<g transform="translate(${n(cursor)} ${n(y + 9.5)})" data-marker="${marker}"><title>${escapeXml(t(`card.${marker}`))}</title>${GLYPH[marker]}</g>`,
    );
    cursor -= 3;
  }
  const role = fitText(t(`enums.role.${person.role}`), cursor - inner.left - 4, 12, true);
  parts.push(text(inner.left, y + 20, role, `font-size="12" font-weight="600" fill="${INDIGO[7]}"`));

  // Name and title in the middle.
  const middle = (inner.left + inner.right) / 2;
  const name = placeholder && !person.name ? t('card.placeholder') : person.name;
  parts.push(
    text(
      middle,
      y + 55,
      fitText(name, inner.right - inner.left, 15, true),
      `font-size="15" text-anchor="middle" ${placeholder ? `font-weight="500" font-style="italic" fill="${DIMMED}"` : `font-weight="600" fill="${INK}"`}`,
    ),
  );
  if (person.title) {
    parts.push(
      text(
        middle,
        y + 75,
        fitText(person.title, inner.right - inner.left, 12),
        `font-size="12" text-anchor="middle" fill="${DIMMED}"`,
      ),
    );
  }

  // Bottom row: layer, access, 知连信用 progress; the stance on the right.
  const base = y + h - 8;
  let at = inner.left;
  const layer = t(`enums.layerShort.${person.layer}`);
  const layerWidth = textWidth(layer, 10) + 6;
  parts.push(
    `<rect x="${n(at)}" y="${n(base - 13)}" width="${n(layerWidth)}" height="14" rx="3" fill="${INDIGO[0]}"/>`,
    text(at + 3, base - 2.5, layer, `font-size="10" fill="${INDIGO[8]}"`),
  );
  at += layerWidth + 6;
  for (let i = 0; i < ACCESS_MAX; i++) {
    const barHeight = 4 + 2 * i;
    parts.push(
      `<rect x="${n(at)}" y="${n(base - 1 - barHeight)}" width="3" height="${barHeight}" fill="${i < person.access ? TEAL[6] : GRAY[3]}"/>`,
    );
    at += 4;
  }
  at += 5;
  const progressIndex = PROGRESS_STEPS.indexOf(person.progress);
  PROGRESS_STEPS.slice(1).forEach((step, i) => {
    const on = i < progressIndex;
    parts.push(
      `<rect x="${n(at)}" y="${n(base - 13)}" width="12" height="12" rx="2" fill="${on ? TEAL[7] : GRAY[1]}"/>`,
      text(
        at + 6,
        base - 4,
        [...t(`enums.progress.${step}`)][0] ?? '',
        `font-size="9" text-anchor="middle" fill="${on ? '#ffffff' : GRAY[5]}"`,
      ),
    );
    at += 13;
  });
  const stance = t(`enums.stanceShort.${person.stance}`);
  const stanceWidth = textWidth(stance, 11) + 12;
  parts.push(
    `<rect x="${n(inner.right - stanceWidth)}" y="${n(base - 15)}" width="${n(stanceWidth)}" height="16" rx="4" fill="${color}"/>`,
    text(inner.right - stanceWidth / 2, base - 3, stance, `font-size="11" text-anchor="middle" fill="#ffffff"`),
    '</g>',
  );
  return parts.join('');
}
