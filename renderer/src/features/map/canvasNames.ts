import type { MapNote, OrgUnit, Person, Relation, TeamMember } from '../../../../shared/api/entities';
import { INFLUENCE_MAX } from '../../../../shared/domain/enums';

/** i18next's t as the namers need it; passed in so that naming stays a plain function of the data. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * A Translate that asks i18next once per key (and count) and fills in the values itself. Naming
 * every card and line of a 2,000-person map asks i18next some 15,000 times on each change of the
 * account, which took over a second; the same names from remembered templates take milliseconds.
 * Make one per language: what it remembers is in the language of its first answers.
 */
export function rememberingTranslate(t: Translate): Translate {
  const templates = new Map<string, string>();
  return (key, options) => {
    if (!options) {
      let text = templates.get(key);
      if (text === undefined) templates.set(key, (text = t(key)));
      return text;
    }
    const names = Object.keys(options).filter((name) => name !== 'count');
    const memo = `${key}|${String(options.count)}|${names.join(',')}`;
    let template = templates.get(memo);
    if (template === undefined) {
      // Each value stands in as its own placeholder; the count stays, as it picks the plural form.
      const standIns: Record<string, unknown> = Object.fromEntries(names.map((name) => [name, `{{${name}}}`]));
      if ('count' in options) standIns.count = options.count;
      templates.set(memo, (template = t(key, standIns)));
    }
    return template.replace(/\{\{(\w+)\}\}/g, (standIn, name: string) =>
      name in options ? String(options[name]) : standIn,
    );
  };
}

const joined = (t: Translate, parts: (string | false | null | undefined)[]): string =>
  parts.filter((part): part is string => Boolean(part)).join(t('canvasA11y.separator'));

/** A person's card as a sighted user reads it: name, title, role, influence, stance, then its marks. */
export function personName(t: Translate, person: Person, marks: { stale?: boolean; dimmed?: boolean } = {}): string {
  const name = !person.isPlaceholder
    ? person.name || t('canvasA11y.unnamed')
    : person.name
      ? t('canvasA11y.placeholderNamed', { name: person.name })
      : t('canvasA11y.placeholder');
  return joined(t, [
    name,
    person.title.trim(),
    t(`enums.role.${person.role}`),
    t('canvasA11y.influence', { level: person.influence, max: INFLUENCE_MAX }),
    t(`enums.stanceShort.${person.stance}`),
    person.competitorId !== null && t('card.competitor'),
    person.privateNotes.trim() !== '' && t('card.privateNotes'),
    marks.stale && t('card.stale'),
    marks.dimmed && t('canvasA11y.filteredOut'),
  ]);
}

export const memberName = (t: Translate, member: TeamMember): string =>
  joined(t, [t('canvasA11y.member', { name: member.name }), member.title.trim()]);

export const orgUnitName = (t: Translate, unit: OrgUnit, peopleCount: number, collapsed: boolean): string =>
  joined(t, [t('canvasA11y.orgUnit', { name: unit.name, count: peopleCount }), collapsed && t('canvasA11y.collapsed')]);

export const noteName = (t: Translate, note: MapNote): string =>
  t(note.kind === 'sticky' ? 'canvasA11y.stickyNote' : 'canvasA11y.freeText', {
    text: note.text.trim() || t('canvasA11y.emptyNote'),
  });

/** A line as the legend and the inspector say it: "Li Na reports to Wang Jianguo", with its label. */
export function lineName(t: Translate, relation: Relation, nameOf: (id: string | null) => string | undefined): string {
  const from = nameOf(relation.fromPersonId ?? relation.fromMemberId) || t('canvasA11y.unnamed');
  const to = nameOf(relation.toPersonId ?? relation.toMemberId) || t('canvasA11y.unnamed');
  return joined(t, [
    t(`canvasA11y.line.${relation.kind}`, { from, to }),
    relation.kind === 'influences' &&
      t('canvasA11y.lineStrength', { level: t(`lines.strengthLevels.${relation.strength}`) }),
    relation.label.trim() && t('canvasA11y.lineLabel', { label: relation.label.trim() }),
  ]);
}
