import { Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MapItem, OrgUnit } from '../../../../shared/api/entities';
import { TEXT_LIMITS } from '../../../../shared/api/text';
import { useFieldProblem } from '../../app/issueText';
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
  const fieldProblem = useFieldProblem();
  return (
    <Stack gap="sm" data-testid="org-unit-inspector">
      <CommitTextInput
        label={t('inspector.unitName')}
        value={unit.name}
        validate={(name) => fieldProblem('orgUnits.update', { id: unit.id, patch: { name } }, 'patch.name')}
        onCommit={(name) => void commands.renameOrgUnit(unit, name)}
        maxLength={TEXT_LIMITS.name}
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
