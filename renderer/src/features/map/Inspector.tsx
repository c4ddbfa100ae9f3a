import { Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MapView } from '../../../../shared/api/entities';
import { PersonInspector } from './PersonInspector';
import { RelationInspector } from './RelationInspector';
import type { Selection } from './selection';
import type { MapCommands } from './useMapCommands';

interface Props {
  view: MapView;
  selection: Selection;
  commands: MapCommands;
  focusNameOf: string | null;
  onFocused(): void;
  onDeleted(): void;
}

export function Inspector({ view, selection, commands, focusNameOf, onFocused, onDeleted }: Props) {
  const { t } = useTranslation();
  const person = selection?.kind === 'person' ? view.people.find((p) => p.id === selection.id) : undefined;
  const relation = selection?.kind === 'relation' ? view.relations.find((r) => r.id === selection.id) : undefined;
  return (
    <div data-testid="inspector">
      <Title order={5} mb="sm">
        {t('inspector.title')}
      </Title>
      {person ? (
        <PersonInspector
          key={person.id}
          person={person}
          commands={commands}
          focusName={focusNameOf === person.id}
          onFocused={onFocused}
          onDeleted={onDeleted}
        />
      ) : relation ? (
        <RelationInspector
          key={relation.id}
          relation={relation}
          people={view.people}
          commands={commands}
          onDeleted={onDeleted}
        />
      ) : (
        <Text size="sm" c="dimmed">
          {t('inspector.nothingSelected')}
        </Text>
      )}
    </div>
  );
}
