import { memo } from 'react';
import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { IconGridDots } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OrgUnit, Person, Tag } from '../../../../shared/api/entities';
import { FilterMenu } from './FilterMenu';
import { FindPerson } from './FindPerson';
import { LineKindPicker } from './LineKindPicker';
import type { MapFilter } from './mapFilter';
import type { DrawableKind } from './useMapCommands';

interface Props {
  people: Person[];
  orgUnits: OrgUnit[];
  tags: Tag[];
  filter: MapFilter;
  onFilterChange(filter: MapFilter): void;
  lineKind: DrawableKind;
  onLineKindChange(kind: DrawableKind): void;
  snap: boolean;
  onSnapChange(snap: boolean): void;
  onFound(personId: string): void;
  /** Nothing can be drawn or moved: the line to draw and snapping have no use. */
  readOnly: boolean;
}

/**
 * Find, filters, the line to draw and snapping (the last two only where the map can be edited).
 * Memoised with stable props: the canvas re-renders on every drag tick, and this must not.
 */
function CanvasToolbarView(props: Props) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      <FindPerson people={props.people} onFound={props.onFound} />
      <FilterMenu filter={props.filter} orgUnits={props.orgUnits} tags={props.tags} onChange={props.onFilterChange} />
      {!props.readOnly && (
        <>
          <LineKindPicker value={props.lineKind} onChange={props.onLineKindChange} />
          <Tooltip label={t('arrange.snap')}>
            <ActionIcon
              variant={props.snap ? 'filled' : 'default'}
              size="md"
              onClick={() => props.onSnapChange(!props.snap)}
              aria-label={t('arrange.snap')}
              aria-pressed={props.snap}
            >
              <IconGridDots size={16} />
            </ActionIcon>
          </Tooltip>
        </>
      )}
    </Group>
  );
}

export const CanvasToolbar = memo(CanvasToolbarView);
