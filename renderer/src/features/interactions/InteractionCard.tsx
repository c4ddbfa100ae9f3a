import { useState } from 'react';
import { ActionIcon, Badge, Group, Menu, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconDots, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatList, listParts } from '../../app/listFormat';
import type { Interaction } from '../../../../shared/api/methods/interactions';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { CommitmentItem } from './CommitmentItem';
import { formatTime } from './format';
import { openQuickAdd } from './quickAddStore';
import type { useInteractionCommands } from './useInteractionCommands';
import type { useNames } from './useNames';

interface Props {
  interaction: Interaction;
  names: ReturnType<typeof useNames>;
  commands: ReturnType<typeof useInteractionCommands>;
  onOpenPerson?(personId: string): void;
}

export function BankBadge({ value }: { value: number }) {
  const { t } = useTranslation();
  if (value === 0) return null;
  return (
    <Tooltip label={t(`interactions.bank.${value}`)}>
      <Badge color={value > 0 ? 'teal' : 'red'} variant="light" size="sm" data-testid="bank-effect">
        {value > 0 ? `+${value}` : value}
      </Badge>
    </Tooltip>
  );
}

/** One contact in a timeline: when, how, who, what was said and promised. */
export function InteractionCard({ interaction: i, names, commands, onOpenPerson }: Props) {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  // Undo brings a contact back; its commitments are worth a second look before they go too.
  const remove = () => (i.commitments.length === 0 ? void commands.remove(i) : setConfirming(true));
  return (
    <Paper withBorder p="sm" radius="md" data-testid="interaction" data-id={i.id}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
          <Group gap="xs">
            <Text size="sm" fw={600}>
              {formatTime(i.occurredAt, i18n.language)}
            </Text>
            <Badge variant="light" size="sm">
              {t(`interactions.scenario.${i.scenario}`)}
            </Badge>
            <Badge variant="outline" color="gray" size="sm">
              {t(`interactions.channel.${i.channel}`)}
            </Badge>
            <BankBadge value={i.bankEffect} />
            {i.isPrivate && (
              <Tooltip label={t('interactions.private')}>
                <IconLock size={14} aria-label={t('interactions.private')} />
              </Tooltip>
            )}
          </Group>
          <Text size="sm" data-testid="interaction-participants">
            {listParts(i.personIds, i18n.language).map((part, index) =>
              part.type === 'literal' ? (
                <span key={index}>{part.value}</span>
              ) : (
                <Text
                  key={index}
                  span
                  size="sm"
                  fw={500}
                  style={onOpenPerson ? { cursor: 'pointer' } : undefined}
                  onClick={onOpenPerson ? () => onOpenPerson(part.value) : undefined}
                >
                  {names.person(part.value)}
                </Text>
              ),
            )}
            {i.memberIds.length > 0 && (
              <Text span size="sm" c="dimmed">
                {' '}
                ·{' '}
                {formatList(
                  i.memberIds.map((id) => names.member(id)),
                  i18n.language,
                )}
              </Text>
            )}
          </Text>
          {i.summary && (
            <Text size="sm" data-testid="interaction-summary-text">
              {i.summary}
            </Text>
          )}
          {i.notes && (
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
              {i.notes}
            </Text>
          )}
          {i.commitments.length > 0 && (
            <Stack gap={4} mt={4} pl="sm" style={{ borderLeft: '2px solid var(--mantine-color-gray-3)' }}>
              {i.commitments.map((c) => (
                <CommitmentItem key={c.id} commitment={c} names={names} commands={commands} />
              ))}
            </Stack>
          )}
        </Stack>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={t('interactions.edit')}
              data-testid="interaction-menu"
            >
              <IconDots size={16} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={() => openQuickAdd({ editing: i })}>{t('interactions.edit')}</Menu.Item>
            <Menu.Item color="red" onClick={remove}>
              {t('interactions.delete')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
      <ConfirmDialog
        opened={confirming}
        title={t('interactions.deleteTitle')}
        message={t('interactions.deleteBody', { count: i.commitments.length })}
        confirmLabel={t('interactions.delete')}
        testId="confirm-delete-interaction"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void commands.remove(i);
        }}
      />
    </Paper>
  );
}
