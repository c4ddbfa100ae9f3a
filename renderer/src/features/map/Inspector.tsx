import { Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MapView } from '../../../../shared/api/entities';
import { PersonInspector } from './PersonInspector';
import { RelationInspector } from './RelationInspector';
import { MemberInspector } from './MemberInspector';
import { NoteInspector } from './NoteInspector';
import { OrgUnitInspector } from './OrgUnitInspector';
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
  const member = selection?.kind === 'member' ? view.members.find((m) => m.id === selection.id) : undefined;
  const unit = selection?.kind === 'orgUnit' ? view.orgUnits.find((u) => u.id === selection.id) : undefined;
  const note = selection?.kind === 'note' ? view.notes.find((n) => n.id === selection.id) : undefined;
  const itemOf = (id: string) => view.items.find((item) => (item.memberId ?? item.orgUnitId) === id);
  return (
    <div data-testid="inspector">
      <Title order={5} mb="sm">
        {t('inspector.title')}
      </Title>
      {person ? (
        <PersonInspector
          key={person.id}
          person={person}
          view={view}
          commands={commands}
          focusName={focusNameOf === person.id}
          onFocused={onFocused}
          onDeleted={onDeleted}
        />
      ) : member ? (
        <MemberInspector
          key={member.id}
          member={member}
          item={itemOf(member.id)}
          commands={commands}
          onGone={onDeleted}
        />
      ) : unit ? (
        <OrgUnitInspector key={unit.id} unit={unit} item={itemOf(unit.id)} commands={commands} onGone={onDeleted} />
      ) : note ? (
        <NoteInspector key={note.id} note={note} commands={commands} onGone={onDeleted} />
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
