import { beforeAll, describe, expect, it } from 'vitest';
import type { i18n } from 'i18next';
import type { MapView } from '../../shared/api/entities';
import { LANGUAGES } from '../../shared/domain/enums';
import { renderMapSvg, type Translate } from '../../renderer/src/features/mapPicture/renderSvg';
import { appStrings } from '../helpers/appStrings';
import { callOk, startTempBackend } from '../helpers/tempDb';

let strings: i18n;
beforeAll(async () => {
  strings = await appStrings();
});
const translate =
  (language: string): Translate =>
  (key, options) =>
    strings.t(key, { ...options, lng: language });

/** Every `<text>` element's content, unescaped. */
const texts = (svg: string): string[] =>
  [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((match) =>
    (match[1] ?? '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&'),
  );

const rects = (svg: string, kind: string) =>
  [
    ...svg.matchAll(
      new RegExp(
        `<g data-kind="${kind}"><rect x="([-\\d.]+)" y="([-\\d.]+)" width="([\\d.]+)" height="([\\d.]+)"`,
        'g',
      ),
    ),
  ].map((match) => ({ x: Number(match[1]), y: Number(match[2]), width: Number(match[3]), height: Number(match[4]) }));

describe.each(LANGUAGES.map((language) => [language]))('the picture of the sample map in %s', (language) => {
  it('draws every person at full detail as real text, in vector shapes only, cropped to the cards', () => {
    const temp = startTempBackend();
    const d = temp.backend.dispatch;
    const account = callOk(d, 'accounts.createSample', { language });
    const [main] = callOk(d, 'maps.list', { accountId: account.id });
    const view = callOk(d, 'exports.mapView', { mapId: main?.id ?? '', includePrivate: false });
    const picture = renderMapSvg(view, { t: translate(language), title: account.name });
    const { svg } = picture;

    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).not.toMatch(/foreignObject|<img|<image|<div/i);
    const words = texts(svg);
    for (const person of view.people.filter((p) => p.name)) expect(words, person.name).toContain(person.name);
    // Role, title and stance of each card are there too, in the map's language.
    const cfo = view.people.find((p) => p.role === 'decision_maker');
    expect(cfo).toBeDefined();
    expect(words).toContain(strings.t('enums.role.decision_maker', { lng: language }));
    expect(words).toContain(strings.t(`enums.stanceShort.${cfo?.stance ?? 'neutral'}`, { lng: language }));
    for (const member of view.members) expect(words).toContain(member.name);

    // Tightly cropped: the view box is the content's bounds and a margin, not the whole canvas.
    const viewBox = /viewBox="([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+)"/.exec(svg);
    const [x, y, width, height] = (viewBox?.slice(1) ?? []).map(Number) as [number, number, number, number];
    const cards = view.items.filter((item) => item.personId || item.memberId);
    const minX = Math.min(...cards.map((item) => item.x));
    const minY = Math.min(...cards.map((item) => item.y));
    expect(x).toBeLessThanOrEqual(minX - 24);
    expect(x).toBeGreaterThan(minX - 400);
    expect(y).toBeGreaterThan(minY - 400);
    expect(width).toBe(picture.width);
    expect(height).toBe(picture.height);
    const maxX = Math.max(...cards.map((item) => item.x + 200));
    expect(x + width).toBeGreaterThanOrEqual(maxX + 24);
    expect(x + width).toBeLessThan(maxX + 600);

    // One path per line whose ends are both on the map.
    expect(svg.match(/<path d="M[^"]+" stroke=/g)?.length).toBe(view.relations.length);
    // Small: a few hundred bytes a card, not megabytes of inlined styles.
    expect(svg.length).toBeLessThan(2_000 * view.items.length);
  });
});

describe('the picture of a chosen part of a map', () => {
  function threeInAColumn() {
    const temp = startTempBackend();
    const d = temp.backend.dispatch;
    const account = callOk(d, 'accounts.create', { name: 'Northwind' });
    const [map] = callOk(d, 'maps.list', { accountId: account.id });
    const mapId = map?.id ?? '';
    const at = (name: string, title: string, y: number) =>
      callOk(d, 'people.create', { accountId: account.id, name, title, placeOn: { mapId, position: { x: 0, y } } });
    const top = at('Wang Jianguo', 'General manager', 0);
    const middle = at('李娜 <CFO>', 'Finance & control', 300);
    const bottom = at('Zhang Wei', 'Plant director', 600);
    callOk(d, 'relations.create', {
      accountId: account.id,
      kind: 'ally',
      fromPersonId: top.id,
      toPersonId: bottom.id,
      label: 'Old classmates',
    });
    const view: MapView = callOk(d, 'exports.mapView', { mapId, includePrivate: false });
    return { view, top, middle, bottom };
  }

  it('keeps a line label out from under the card that stands on the line', () => {
    const { view } = threeInAColumn();
    const { svg } = renderMapSvg(view, { t: translate('en') });
    const [label] = rects(svg, 'line-label');
    expect(label).toBeDefined();
    expect(texts(svg)).toContain('Old classmates');
    // Text that needs escaping stays text.
    expect(texts(svg)).toContain('李娜 <CFO>');
    for (const item of view.items) {
      const card = { x: item.x, y: item.y, width: 200, height: 120 };
      const l = label ?? card;
      const apart =
        l.x >= card.x + card.width ||
        card.x >= l.x + l.width ||
        l.y >= card.y + card.height ||
        card.y >= l.y + l.height;
      expect(apart, `label ${JSON.stringify(l)} clear of the card at ${item.y}`).toBe(true);
    }
    // Drawn above every card, so nothing could cover it anyway.
    expect(svg.indexOf('data-kind="line-label"')).toBeGreaterThan(svg.lastIndexOf('data-kind="person"'));
  });

  it('draws only the selection, cropped to it, with the lines between chosen people only', () => {
    const { view, top, middle } = threeInAColumn();
    const { svg, height } = renderMapSvg(view, { t: translate('en'), only: new Set([top.id, middle.id]) });
    const words = texts(svg);
    expect(words).toContain('Wang Jianguo');
    expect(words).not.toContain('Zhang Wei');
    expect(words).not.toContain('Old classmates');
    expect(svg).not.toMatch(/<path d="M[^"]+" stroke=/);
    expect(height).toBe(420 + 2 * 24);
  });
});
