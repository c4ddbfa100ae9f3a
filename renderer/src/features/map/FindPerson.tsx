import { memo, useMemo, useRef } from 'react';
import { Select } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/api/entities';
import { useAction } from '../../actions/useAction';

/** How many matches the list shows; typing narrows it. Rendering thousands of options is slow. */
const SHOWN_MATCHES = 20;

/** Type a name, pick a person: the map flies to them and selects them. Ctrl/⌘+F focuses it. */
function FindPersonView({ people, onFound }: { people: Person[]; onFound(personId: string): void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const options = useMemo(
    () =>
      people.map((person) => {
        const name = person.name || t('card.placeholder');
        return { value: person.id, label: person.title ? `${name} · ${person.title}` : name };
      }),
    [people, t],
  );
  useAction('map.find', () => input.current?.focus());
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
      data={options}
      limit={SHOWN_MATCHES}
      onChange={(personId) => {
        if (personId) onFound(personId);
        input.current?.blur();
      }}
      aria-label={t('find.placeholder')}
      data-testid="find-person"
    />
  );
}

export const FindPerson = memo(FindPersonView);
