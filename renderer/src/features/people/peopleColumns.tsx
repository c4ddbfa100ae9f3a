import type { ReactNode } from 'react';
import { Badge, Group, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import type { PersonPatch } from '../../../../shared/api/contract';
import type { Person } from '../../../../shared/api/entities';
import { TEXT_LIMITS } from '../../../../shared/api/text';
import {
  ACCESS_MAX,
  ACCESS_MIN,
  INFLUENCE_MAX,
  INFLUENCE_MIN,
  PERSON_LAYERS,
  PROGRESS_STEPS,
  ROLES,
  STANCES,
  stanceValue,
} from '../../../../shared/domain/enums';
import { lastAssessedAt, weakestConfidence } from '../../../../shared/domain/peopleTable';
import { StanceBadge } from './StanceBadge';
import { formatCalendarDate, localDay } from '../../app/localDate';
import type { PeopleCommands } from './usePeopleCommands';
import { managerName, type PeopleLookups } from './usePeopleData';

export interface CellContext {
  lookups: PeopleLookups;
  commands: PeopleCommands;
  t: TFunction;
  language: string;
}

interface Option {
  value: string;
  label: string;
}

/** How a cell is edited in place: pick from options or type a line of text. */
export type EditSpec =
  | {
      kind: 'select';
      options(ctx: CellContext, person: Person): Option[];
      get(person: Person, ctx: CellContext): string;
    }
  | {
      kind: 'text';
      /** The person's field it edits: the contract's rule for it checks the text. */
      field: 'title';
      maxLength: number;
      get(person: Person): string;
    };

export interface ColumnSpec {
  id: string;
  width: number;
  /** What the column sorts by (numbers in the domain's order, text by the user's collation). */
  sortValue(person: Person, ctx: CellContext): string | number;
  render(person: Person, ctx: CellContext): ReactNode;
  edit?: EditSpec;
  commit?(value: string, person: Person, ctx: CellContext): void;
  hiddenByDefault?: boolean;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
const enumOptions = (t: TFunction, group: string, codes: readonly string[]): Option[] =>
  codes.map((code) => ({ value: code, label: t(`enums.${group}.${code}`) }));
const update = (ctx: CellContext, person: Person, patch: PersonPatch) => void ctx.commands.updatePerson(person, patch);
const dimmed = (text: string) => (
  <Text size="sm" c="dimmed">
    {text}
  </Text>
);

export const displayName = (person: Person, t: TFunction) => person.name || person.title || t('people.unnamed');

/** A calendar date as it is, or the user's day of an instant. */
export function formatDate(iso: string | null, language: string): string {
  if (!iso) return '';
  if (iso.length === 10) return formatCalendarDate(iso, language);
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatCalendarDate(localDay(date), language);
}

/** Every field of a person on the power map as a column, in the order a manager reads a person. */
export const PEOPLE_COLUMNS: ColumnSpec[] = [
  // The name opens the person page (renaming happens there), so it has no inline editor.
  {
    id: 'name',
    width: 200,
    sortValue: (p) => p.name || p.title,
    render: (p, { t }) => (
      <Group gap={4} wrap="nowrap">
        <Text size="sm" fw={500} truncate fs={p.isPlaceholder ? 'italic' : undefined}>
          {displayName(p, t)}
        </Text>
        {p.privateNotes && <IconLock size={12} color="var(--mantine-color-dimmed)" aria-hidden />}
      </Group>
    ),
  },
  {
    id: 'title',
    width: 180,
    sortValue: (p) => p.title,
    render: (p) => (
      <Text size="sm" truncate>
        {p.title}
      </Text>
    ),
    edit: { kind: 'text', field: 'title', maxLength: TEXT_LIMITS.jobTitle, get: (p) => p.title },
    commit: (title, p, ctx) => update(ctx, p, { title }),
  },
  {
    id: 'orgUnit',
    width: 160,
    sortValue: (p, { lookups }) => (p.orgUnitId ? (lookups.unitById.get(p.orgUnitId)?.name ?? '') : ''),
    render: (p, { lookups }) => (
      <Text size="sm" truncate>
        {p.orgUnitId ? lookups.unitById.get(p.orgUnitId)?.name : ''}
      </Text>
    ),
    edit: {
      kind: 'select',
      get: (p) => p.orgUnitId ?? '',
      options: ({ lookups, t }) => [
        { value: '', label: t('people.table.noUnit') },
        ...lookups.orgUnits.map((unit) => ({ value: unit.id, label: unit.name })),
      ],
    },
    commit: (unit, p, ctx) => update(ctx, p, { orgUnitId: unit || null }),
  },
  {
    id: 'reportsTo',
    width: 160,
    sortValue: (p, { lookups, t }) => managerName(lookups, p.id, t('people.unnamed')),
    render: (p, { lookups, t }) => (
      <Text size="sm" truncate>
        {managerName(lookups, p.id, t('people.unnamed'))}
      </Text>
    ),
    edit: {
      kind: 'select',
      get: (p, { lookups }) => lookups.reportsToLines.get(p.id)?.[0]?.toPersonId ?? '',
      options: ({ lookups, t }, person) => [
        { value: '', label: t('people.details.noOne') },
        ...lookups.people
          .filter((other) => other.id !== person.id)
          .map((other) => ({ value: other.id, label: displayName(other, t) })),
      ],
    },
    commit: (managerId, p, ctx) =>
      void ctx.commands.setReportsTo(p.id, ctx.lookups.reportsToLines.get(p.id) ?? [], managerId || null),
  },
  {
    id: 'role',
    width: 130,
    sortValue: (p) => ROLES.indexOf(p.role),
    render: (p, { t }) => <Text size="sm">{t(`enums.role.${p.role}`)}</Text>,
    edit: { kind: 'select', get: (p) => p.role, options: ({ t }) => enumOptions(t, 'role', ROLES) },
    commit: (role, p, ctx) => update(ctx, p, { role: role as Person['role'] }),
  },
  {
    id: 'influence',
    width: 90,
    sortValue: (p) => p.influence,
    render: (p) => <Text size="sm">{'●'.repeat(p.influence) + '○'.repeat(INFLUENCE_MAX - p.influence)}</Text>,
    edit: {
      kind: 'select',
      get: (p) => String(p.influence),
      options: () => range(INFLUENCE_MIN, INFLUENCE_MAX).map((value) => ({ value, label: value })),
    },
    commit: (value, p, ctx) => update(ctx, p, { influence: Number(value) }),
  },
  {
    id: 'stance',
    width: 130,
    sortValue: (p) => stanceValue(p.stance),
    render: (p) => <StanceBadge stance={p.stance} />,
    edit: { kind: 'select', get: (p) => p.stance, options: ({ t }) => enumOptions(t, 'stance', STANCES) },
    commit: (stance, p, ctx) => update(ctx, p, { stance: stance as Person['stance'] }),
  },
  {
    id: 'access',
    width: 140,
    sortValue: (p) => p.access,
    render: (p, { t }) => (
      <Text size="sm" truncate>
        {p.access} · {t(`enums.access.${p.access}`)}
      </Text>
    ),
    edit: {
      kind: 'select',
      get: (p) => String(p.access),
      options: ({ t }) =>
        range(ACCESS_MIN, ACCESS_MAX).map((value) => ({ value, label: `${value} · ${t(`enums.access.${value}`)}` })),
    },
    commit: (value, p, ctx) => update(ctx, p, { access: Number(value) }),
  },
  {
    id: 'progress',
    width: 110,
    sortValue: (p) => PROGRESS_STEPS.indexOf(p.progress),
    render: (p, { t }) => <Text size="sm">{t(`enums.progress.${p.progress}`)}</Text>,
    edit: { kind: 'select', get: (p) => p.progress, options: ({ t }) => enumOptions(t, 'progress', PROGRESS_STEPS) },
    commit: (progress, p, ctx) => update(ctx, p, { progress: progress as Person['progress'] }),
  },
  {
    id: 'layer',
    width: 100,
    sortValue: (p) => PERSON_LAYERS.indexOf(p.layer),
    render: (p, { t }) => <Text size="sm">{t(`enums.layerShort.${p.layer}`)}</Text>,
    edit: { kind: 'select', get: (p) => p.layer, options: ({ t }) => enumOptions(t, 'layerShort', PERSON_LAYERS) },
    commit: (layer, p, ctx) => update(ctx, p, { layer: layer as Person['layer'] }),
  },
  {
    id: 'competitor',
    width: 150,
    sortValue: (p, { lookups }) =>
      `${p.role === 'coach' ? 0 : 1}${p.competitorId ? (lookups.competitorById.get(p.competitorId)?.name ?? '') : ''}`,
    render: (p, { lookups, t }) => (
      <Group gap={4} wrap="nowrap">
        {p.role === 'coach' && (
          <Badge size="sm" variant="outline" color="teal" styles={{ root: { textTransform: 'none' } }}>
            {t('people.table.coach')}
          </Badge>
        )}
        {p.competitorId && (
          <Text size="sm" c="red.8" truncate>
            {lookups.competitorById.get(p.competitorId)?.name}
          </Text>
        )}
      </Group>
    ),
    edit: {
      kind: 'select',
      get: (p) => p.competitorId ?? '',
      options: ({ lookups, t }) => [
        { value: '', label: t('people.details.noCompetitor') },
        ...lookups.competitors.map((competitor) => ({ value: competitor.id, label: competitor.name })),
      ],
    },
    commit: (competitorId, p, ctx) => update(ctx, p, { competitorId: competitorId || null }),
  },
  {
    id: 'tags',
    width: 170,
    sortValue: (p, { lookups }) => (lookups.tagsOf.get(p.id) ?? []).join(', '),
    render: (p, { lookups }) => (
      <Group gap={2} wrap="nowrap" style={{ overflow: 'hidden' }}>
        {(lookups.tagsOf.get(p.id) ?? []).map((tag) => (
          <Badge key={tag} size="xs" variant="default" styles={{ root: { textTransform: 'none', flexShrink: 0 } }}>
            {tag}
          </Badge>
        ))}
      </Group>
    ),
  },
  {
    id: 'confidence',
    width: 110,
    sortValue: (p) => ['confirmed', 'believed', 'guess'].indexOf(weakestConfidence(p)),
    render: (p, { t }) => <Text size="sm">{t(`people.confidence.${weakestConfidence(p)}`)}</Text>,
  },
  {
    id: 'lastAssessed',
    width: 120,
    sortValue: (p) => lastAssessedAt(p) ?? '',
    render: (p, { t, language }) => {
      const at = lastAssessedAt(p);
      return at ? <Text size="sm">{formatDate(at, language)}</Text> : dimmed(t('people.table.notAssessed'));
    },
  },
  {
    id: 'lastContact',
    width: 120,
    sortValue: (p, { lookups }) => lookups.contactOf.get(p.id)?.lastContactDate ?? '',
    render: (p, { t, language, lookups }) => {
      const date = lookups.contactOf.get(p.id)?.lastContactDate;
      return date ? <Text size="sm">{formatDate(date, language)}</Text> : dimmed(t('people.table.neverContacted'));
    },
  },
  {
    id: 'nextContact',
    width: 130,
    sortValue: (p, { lookups }) => lookups.contactOf.get(p.id)?.nextDueDate ?? '9999',
    render: (p, { language, lookups }) => {
      const status = lookups.contactOf.get(p.id);
      if (!status) return null;
      return (
        <Text size="sm" c={status.overdue ? 'red' : undefined} fw={status.overdue ? 600 : undefined}>
          {formatDate(status.nextDueDate, language)}
        </Text>
      );
    },
  },
  {
    id: 'placeholder',
    width: 100,
    sortValue: (p) => (p.isPlaceholder ? 0 : 1),
    render: (p, { t }) => (p.isPlaceholder ? <Text size="sm">{t('people.table.yes')}</Text> : null),
    hiddenByDefault: true,
  },
];
