import { Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MapItem, OrgUnit } from '../../../../shared/api/entities';
import { CommitTextInput } from './CommitTextInput';
import type { MapCommands } from './useMapCommands';

export function OrgUnitInspector({
  unit,
  item,
  commands,
  onGone,
}: {
  unit: OrgUnit;
  item: MapItem | undefined;
  commands: MapCommands;
  onGone(): void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" data-testid="org-unit-inspector">
      <CommitTextInput
        label={t('inspector.unitName')}
        value={unit.name}
        validate={(value) => (value.length === 0 ? t('inspector.nameRequired') : null)}
        onCommit={(name) => void commands.renameOrgUnit(unit, name)}
        maxLength={200}
      />
      {item && (
        <Button variant="default" mt="md" onClick={async () => (await commands.removeFromMap([item])) && onGone()}>
          {t('inspector.removeFromMap')}
        </Button>
      )}
      <Button color="red" variant="light" onClick={async () => (await commands.deleteOrgUnit(unit.id)) && onGone()}>
        {t('inspector.deleteUnit')}
      </Button>
    </Stack>
  );
}
