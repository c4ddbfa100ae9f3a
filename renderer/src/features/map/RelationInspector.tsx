import { Button, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Person, Relation } from '../../../../shared/api/entities';
import { RELATION_KINDS } from '../../../../shared/domain/enums';
import { notifyWithUndo } from '../../app/notify';
import { useUndo } from '../../undo/UndoContext';
import type { MapCommands } from './useMapCommands';

interface Props {
  relation: Relation;
  people: Person[];
  commands: MapCommands;
  onDeleted(): void;
}

export function RelationInspector({ relation, people, commands, onDeleted }: Props) {
  const { t } = useTranslation();
  const undo = useUndo();
  const nameOf = (id: string | null) => people.find((person) => person.id === id)?.name ?? '?';
  return (
    <Stack gap="sm" data-testid="relation-inspector">
      <Text size="sm">
        {relation.kind === 'reports_to'
          ? t('inspector.reportsToLine', { from: nameOf(relation.fromPersonId), to: nameOf(relation.toPersonId) })
          : `${nameOf(relation.fromPersonId)} — ${nameOf(relation.toPersonId)}`}
      </Text>
      <Select
        label={t('inspector.lineKind')}
        data={RELATION_KINDS.filter((kind) => kind !== 'covers').map((kind) => ({
          value: kind,
          label: t(`enums.relationKind.${kind}`),
        }))}
        value={relation.kind}
        allowDeselect={false}
        onChange={(kind) => kind && void commands.updateRelation(relation, { kind: kind as Relation['kind'] })}
      />
      <Button
        color="red"
        variant="light"
        mt="md"
        onClick={async () => {
          if (await commands.deleteRelations([relation])) {
            onDeleted();
            notifyWithUndo(t('map.lineDeleted'), () => void undo.undo());
          }
        }}
      >
        {t('inspector.deleteLine')}
      </Button>
    </Stack>
  );
}
