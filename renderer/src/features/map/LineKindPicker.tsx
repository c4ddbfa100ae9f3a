import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RELATION_KINDS } from '../../../../shared/domain/enums';
import type { DrawableKind } from './useMapCommands';

const DRAWABLE = RELATION_KINDS.filter((kind): kind is DrawableKind => kind !== 'covers');

/** Which kind of line a drag between two cards draws. */
export function LineKindPicker({ value, onChange }: { value: DrawableKind; onChange(kind: DrawableKind): void }) {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      value={value}
      onChange={(kind) => onChange(kind as DrawableKind)}
      data={DRAWABLE.map((kind) => ({ value: kind, label: t(`enums.relationKind.${kind}`) }))}
      aria-label={t('lines.draw')}
      data-testid="line-kind"
    />
  );
}
