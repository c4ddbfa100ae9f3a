import { memo } from 'react';
import { ActionIcon, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import type { Node, NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '../../../../shared/api/entities';
import classes from './OrgUnitNode.module.css';
import { useReadOnly } from './readOnlyContext';
import { useNodeActions } from './nodeActionsContext';

export type OrgUnitNodeData = {
  unit: OrgUnit;
  itemId: string;
  collapsed: boolean;
  peopleCount: number;
};
export type OrgUnitFlowNode = Node<OrgUnitNodeData, 'orgUnit'>;

/** A department drawn as a box behind its people; collapsed, it shows only how many it holds. */
function OrgUnitNodeView({ data, selected, width, height }: NodeProps<OrgUnitFlowNode>) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const { onToggleUnit } = useNodeActions();
  return (
    <div
      className={classes.unit}
      data-selected={selected || undefined}
      data-collapsed={data.collapsed || undefined}
      style={{ width, height }}
      data-testid="org-unit"
    >
      <div className={classes.header}>
        <ActionIcon
          size="sm"
          variant="subtle"
          className="nodrag"
          // Not a Tab stop of its own: Space on the focused department folds it (useCanvasKeyboard).
          tabIndex={-1}
          disabled={readOnly}
          onClick={() => onToggleUnit(data.itemId, !data.collapsed)}
          aria-label={data.collapsed ? t('orgUnits.expand') : t('orgUnits.collapse')}
        >
          {data.collapsed ? <IconChevronRight size={14} /> : <IconChevronDown size={14} />}
        </ActionIcon>
        <Text size="sm" fw={600} truncate>
          {data.unit.name}
        </Text>
        <Text size="xs" c="dimmed">
          {t('home.people', { count: data.peopleCount })}
        </Text>
      </div>
    </div>
  );
}

export const OrgUnitNode = memo(OrgUnitNodeView);
