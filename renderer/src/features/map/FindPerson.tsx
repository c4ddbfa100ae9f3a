import { useRef } from 'react';
import { Select } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/api/entities';

/** Type a name, pick a person: the map flies to them and selects them. Ctrl/⌘+F focuses it. */
export function FindPerson({ people, onFound }: { people: Person[]; onFound(personId: string): void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  useHotkeys([['mod+F', () => input.current?.focus()]]);
  return (
    <Select
      ref={input}
      w={220}
      size="xs"
      searchable
      clearable
      value={null}
      leftSection={<IconSearch size={14} />}
      placeholder={t('find.placeholder')}
      nothingFoundMessage={t('find.nothingFound')}
      data={people.map((person) => ({
        value: person.id,
        label: person.title
          ? `${person.name || t('card.placeholder')} · ${person.title}`
          : person.name || t('card.placeholder'),
      }))}
      onChange={(personId) => {
        if (personId) onFound(personId);
        input.current?.blur();
      }}
      aria-label={t('find.placeholder')}
      data-testid="find-person"
    />
  );
}
