import { useState } from 'react';
import { Button, Group, NumberInput, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContactStatus } from '../../../../shared/api/methods/interactions';
import type { Tier } from '../../../../shared/domain/enums';
import type { useInteractionCommands } from './useInteractionCommands';

interface Props {
  status: ContactStatus;
  tier: Tier;
  tierCadenceDays: number;
  commands: ReturnType<typeof useInteractionCommands>;
}

/** The cadence in effect, where it comes from, and the person's own override (people.cadence_days). */
export function CadenceControl({ status, tier, tierCadenceDays, commands }: Props) {
  const { t } = useTranslation();
  const own = status.cadenceIsOverride ? status.cadenceDays : null;
  const [draft, setDraft] = useState<string | number>(own ?? '');
  const [synced, setSynced] = useState(own);
  if (own !== synced) {
    setSynced(own);
    setDraft(own ?? '');
  }
  const commit = () => {
    const value = typeof draft === 'number' && draft >= 1 ? Math.round(draft) : null;
    if (value !== own) void commands.setCadence(status.personId, value, own);
  };
  return (
    <div>
      <Text size="sm" fw={600} data-testid="cadence-in-effect">
        {t('interactions.cadenceDays', { count: status.cadenceDays })}
      </Text>
      <Text size="xs" c="dimmed" mb={6}>
        {status.cadenceIsOverride
          ? t('interactions.cadenceOwn')
          : t('interactions.cadenceFromTier', { tier: t(`enums.tier.${tier}`) })}
      </Text>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <NumberInput
          size="xs"
          w={150}
          label={t('interactions.cadenceOverride')}
          placeholder={String(tierCadenceDays)}
          min={1}
          max={3650}
          allowDecimal={false}
          value={draft}
          onChange={setDraft}
          onBlur={commit}
          onKeyDown={(event) => event.key === 'Enter' && commit()}
          data-testid="cadence-override"
        />
        {status.cadenceIsOverride && (
          <Button
            size="compact-xs"
            variant="subtle"
            mb={4}
            onClick={() => void commands.setCadence(status.personId, null, own)}
            data-testid="cadence-reset"
          >
            {t('interactions.cadenceReset')}
          </Button>
        )}
      </Group>
    </div>
  );
}
