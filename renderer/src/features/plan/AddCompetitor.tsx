import { useState } from 'react';
import { Button, Group, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Competitor } from '../../../../shared/api/entities';
import { TEXT_LIMITS } from '../../../../shared/api/text';
import type { PlanCommands } from './usePlanCommands';

/** A competitor's name is unique in its account, whatever the case. */
export function nameTaken(competitors: readonly Competitor[], name: string, exceptId?: string): boolean {
  return competitors.some((c) => c.id !== exceptId && c.name.toLowerCase() === name.toLowerCase());
}

interface Props {
  accountId: string;
  competitors: readonly Competitor[];
  commands: PlanCommands;
  autoFocus?: boolean;
  /** The button says just "Add", where the place already says what is added (a popover titled so). */
  shortLabel?: boolean;
  onAdded?(): void;
}

/** A name field and its Add button (Enter adds too); a name already listed is refused in place. */
export function AddCompetitor({ accountId, competitors, commands, autoFocus, shortLabel, onAdded }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const taken = nameTaken(competitors, name.trim());
  const add = async () => {
    const value = name.trim();
    if (!value || nameTaken(competitors, value)) return;
    if (await commands.createCompetitor(accountId, value)) {
      setName('');
      onAdded?.();
    }
  };
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start" data-no-print>
      <TextInput
        style={{ flex: 1 }}
        placeholder={t('plan.profile.competitorPlaceholder')}
        aria-label={t('plan.profile.addCompetitor')}
        value={name}
        maxLength={TEXT_LIMITS.name}
        autoFocus={autoFocus}
        error={taken ? t('plan.profile.duplicateName') : null}
        onChange={(event) => setName(event.currentTarget.value)}
        onKeyDown={(event) => event.key === 'Enter' && void add()}
        data-testid="competitor-name-new"
      />
      <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => void add()} disabled={!name.trim()}>
        {shortLabel ? t('plan.add') : t('plan.profile.addCompetitor')}
      </Button>
    </Group>
  );
}
