import { ActionIcon, Group, Paper, Tooltip } from '@mantine/core';
import {
  IconLayoutAlignBottom,
  IconLayoutAlignCenter,
  IconLayoutAlignLeft,
  IconLayoutAlignMiddle,
  IconLayoutAlignRight,
  IconLayoutAlignTop,
  IconLayoutDistributeHorizontal,
  IconLayoutDistributeVertical,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AlignMode, DistributeMode } from '../../../../shared/domain/align';

const ALIGN: { mode: AlignMode; label: string; icon: typeof IconLayoutAlignLeft }[] = [
  { mode: 'left', label: 'arrange.alignLeft', icon: IconLayoutAlignLeft },
  { mode: 'centerX', label: 'arrange.alignCenterX', icon: IconLayoutAlignCenter },
  { mode: 'right', label: 'arrange.alignRight', icon: IconLayoutAlignRight },
  { mode: 'top', label: 'arrange.alignTop', icon: IconLayoutAlignTop },
  { mode: 'centerY', label: 'arrange.alignCenterY', icon: IconLayoutAlignMiddle },
  { mode: 'bottom', label: 'arrange.alignBottom', icon: IconLayoutAlignBottom },
];
const DISTRIBUTE: { mode: DistributeMode; label: string; icon: typeof IconLayoutAlignLeft }[] = [
  { mode: 'horizontal', label: 'arrange.distributeH', icon: IconLayoutDistributeHorizontal },
  { mode: 'vertical', label: 'arrange.distributeV', icon: IconLayoutDistributeVertical },
];

/** Shown while several cards are selected: line them up or space them evenly, in one undo step. */
export function ArrangeBar({
  count,
  onAlign,
  onDistribute,
}: {
  count: number;
  onAlign(mode: AlignMode): void;
  onDistribute(mode: DistributeMode): void;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder shadow="sm" p={4} data-testid="arrange-bar">
      <Group gap={2}>
        {ALIGN.map(({ mode, label, icon: Icon }) => (
          <Tooltip key={mode} label={t(label)}>
            <ActionIcon variant="subtle" onClick={() => onAlign(mode)} aria-label={t(label)}>
              <Icon size={18} />
            </ActionIcon>
          </Tooltip>
        ))}
        {DISTRIBUTE.map(({ mode, label, icon: Icon }) => (
          <Tooltip key={mode} label={t(label)}>
            <ActionIcon variant="subtle" disabled={count < 3} onClick={() => onDistribute(mode)} aria-label={t(label)}>
              <Icon size={18} />
            </ActionIcon>
          </Tooltip>
        ))}
      </Group>
    </Paper>
  );
}
