import { Button, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Person, Relation } from '../../../../shared/api/entities';
import { TEXT_LIMITS } from '../../../../shared/api/text';
import { RELATION_KINDS } from '../../../../shared/domain/enums';
import { useFieldProblem } from '../../app/issueText';
import { notifyWithUndo } from '../../app/notify';
import { useUndo } from '../../undo/UndoContext';
import { CommitTextInput } from './CommitTextInput';
import type { MapCommands } from './useMapCommands';

interface Props {
  relation: Relation;
  people: Person[];
  commands: MapCommands;
  onDeleted(): void;
}

const SENTENCE: Record<Relation['kind'], string> = {
  reports_to: 'inspector.reportsToLine',
  dotted_line: 'lines.dottedLine',
  influences: 'lines.influencesLine',
  ally: 'lines.allyLine',
  rival: 'lines.rivalLine',
  covers: 'lines.influencesLine',
};

export function RelationInspector({ relation, people, commands, onDeleted }: Props) {
  const { t } = useTranslation();
  const fieldProblem = useFieldProblem();
  const undo = useUndo();
  const nameOf = (id: string | null) => people.find((person) => person.id === id)?.name ?? '?';
  return (
    <Stack gap="sm" data-testid="relation-inspector">
      <Text size="sm">
        {t(SENTENCE[relation.kind], { from: nameOf(relation.fromPersonId), to: nameOf(relation.toPersonId) })}
      </Text>
      <Select
        label={t('inspector.lineKind')}
        data={RELATION_KINDS.filter((kind) => kind !== 'covers').map((kind) => ({
          value: kind,
          label: t(`enums.relationKind.${kind}`),
        }))}
        value={relation.kind}
        allowDeselect={false}
        onChange={(kind) => {
          if (!kind || kind === relation.kind) return;
          const next = kind as Relation['kind'];
          // Influence carries a strength of 1-3; the other kinds keep the plain default.
          void commands.updateRelation(
            relation,
            next === 'influences' ? { kind: next, strength: 2 } : { kind: next, strength: 1 },
          );
        }}
      />
      {relation.kind === 'influences' && (
        <div>
          <Text size="sm" fw={500} mb={4}>
            {t('lines.strength')}
          </Text>
          <SegmentedControl
            fullWidth
            value={String(relation.strength)}
            data={['1', '2', '3'].map((value) => ({ value, label: t(`lines.strengthLevels.${value}`) }))}
            onChange={(value) => void commands.updateRelation(relation, { strength: Number(value) })}
            aria-label={t('lines.strength')}
          />
        </div>
      )}
      <CommitTextInput
        label={t('lines.label')}
        placeholder={t('lines.labelPlaceholder')}
        value={relation.label}
        maxLength={TEXT_LIMITS.label}
        validate={(label) => fieldProblem('relations.update', { id: relation.id, patch: { label } }, 'patch.label')}
        onCommit={(label) => void commands.updateRelation(relation, { label })}
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
