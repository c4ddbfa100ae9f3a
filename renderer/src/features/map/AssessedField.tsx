import type { ReactNode } from 'react';
import { ActionIcon, Badge, Group, Text, Tooltip } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** A field label that says when the value is this deal's own, with the way back to the account's. */
export function AssessedField({
  label,
  overridden,
  onReset,
  children,
}: {
  label: string;
  overridden: boolean;
  onReset(): void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div>
      <Group gap={6} mb={4}>
        <Text size="sm" fw={500}>
          {label}
        </Text>
        {overridden && (
          <>
            <Badge size="xs" variant="light" data-testid="overridden">
              {t('maps.overridden')}
            </Badge>
            <Tooltip label={t('maps.resetOverride')}>
              <ActionIcon size="xs" variant="subtle" onClick={onReset} aria-label={t('maps.resetOverride')}>
                <IconArrowBackUp size={12} />
              </ActionIcon>
            </Tooltip>
          </>
        )}
      </Group>
      {children}
    </div>
  );
}
