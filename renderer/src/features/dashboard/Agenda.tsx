import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../../shared/api/methods/dashboard';
import { formatCalendarDate } from '../../app/localDate';

interface Props {
  dashboard: Dashboard;
  onOpen(accountId: string): void;
  onOpenPerson(accountId: string, personId: string): void;
}

/** The agenda stays a glance: the longest overdue contacts, with a count of the rest. */
const CONTACTS_SHOWN = 8;

function Section({
  title,
  count,
  empty,
  children,
}: {
  title: string;
  count: number;
  empty: string;
  children: ReactNode;
}) {
  return (
    <Stack gap={6}>
      <Group gap="xs">
        <Text fw={600} size="sm">
          {title}
        </Text>
        {count > 0 && (
          <Badge size="sm" variant="light" color="red">
            {count}
          </Badge>
        )}
      </Group>
      {count === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        children
      )}
    </Stack>
  );
}

/** What needs doing across all accounts: the overdue first, each line one click from its account. */
export function Agenda({ dashboard, onOpen, onOpenPerson }: Props) {
  const { t, i18n } = useTranslation();
  const date = (iso: string) => formatCalendarDate(iso, i18n.language);
  const falling = dashboard.portfolio.filter((entry) => entry.falling);
  return (
    <Paper withBorder p="md" radius="md" data-testid="agenda">
      <Title order={4} mb="sm">
        {t('dashboard.agenda')}
      </Title>
      <Stack gap="md">
        <Section title={t('dashboard.falling')} count={falling.length} empty={t('dashboard.noneFalling')}>
          {falling.map((entry) => (
            <div key={entry.accountId} data-testid="agenda-falling">
              <Anchor component="button" size="sm" onClick={() => onOpen(entry.accountId)}>
                {entry.name}
              </Anchor>
              <Text size="xs" c="dimmed">
                {t('dashboard.fallingBy', {
                  before: Math.round(entry.strengthBefore * 100),
                  now: Math.round(entry.strength * 100),
                })}
              </Text>
            </div>
          ))}
        </Section>
        <Section
          title={t('dashboard.overdueActions')}
          count={dashboard.overdueActions.length}
          empty={t('dashboard.noOverdueActions')}
        >
          {dashboard.overdueActions.map((action) => (
            <div key={action.id} data-testid="agenda-action">
              <Anchor component="button" size="sm" onClick={() => onOpen(action.accountId)}>
                {action.title}
              </Anchor>
              <Text size="xs" c="dimmed">
                {action.accountName} ·{' '}
                <span style={{ color: 'var(--mantine-color-red-text)' }}>
                  {t('dashboard.overdue', { date: date(action.dueDate) })}
                </span>
                {action.ownerName && ` · ${t('dashboard.owner', { name: action.ownerName })}`}
              </Text>
            </div>
          ))}
        </Section>
        <Section
          title={t('dashboard.contactsDue')}
          count={dashboard.contactsDue.length}
          empty={t('dashboard.noContactsDue')}
        >
          {dashboard.contactsDue.slice(0, CONTACTS_SHOWN).map((contact) => (
            <div key={contact.personId} data-testid="agenda-contact">
              <Anchor component="button" size="sm" onClick={() => onOpenPerson(contact.accountId, contact.personId)}>
                {contact.personName}
              </Anchor>
              <Text size="xs" c="dimmed">
                {contact.accountName} ·{' '}
                <span style={{ color: 'var(--mantine-color-red-text)' }}>
                  {t('dashboard.contactOverdue', { count: contact.daysOverdue, date: date(contact.nextDueDate) })}
                </span>
              </Text>
            </div>
          ))}
          {dashboard.contactsDue.length > CONTACTS_SHOWN && (
            <Text size="xs" c="dimmed">
              {t('dashboard.more', { count: dashboard.contactsDue.length - CONTACTS_SHOWN })}
            </Text>
          )}
        </Section>
        <Section
          title={t('dashboard.openCommitments')}
          count={dashboard.openCommitments.length}
          empty={t('dashboard.noOpenCommitments')}
        >
          {dashboard.openCommitments.map((commitment) => (
            <div key={commitment.id} data-testid="agenda-commitment">
              <Anchor component="button" size="sm" onClick={() => onOpen(commitment.accountId)}>
                {commitment.description}
              </Anchor>
              <Text size="xs" c="dimmed">
                {commitment.accountName} ·{' '}
                {t('dashboard.promised', { by: commitment.byName, to: commitment.toName ?? '—' })} ·{' '}
                <span style={commitment.overdue ? { color: 'var(--mantine-color-red-text)' } : undefined}>
                  {commitment.dueDate === null
                    ? t('dashboard.noDueDate')
                    : t(commitment.overdue ? 'dashboard.overdue' : 'dashboard.due', { date: date(commitment.dueDate) })}
                </span>
              </Text>
            </div>
          ))}
        </Section>
      </Stack>
    </Paper>
  );
}
