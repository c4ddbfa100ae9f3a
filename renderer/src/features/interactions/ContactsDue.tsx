import { useMemo, useState } from 'react';
import { Badge, Button, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContactStatus } from '../../../../shared/api/methods/interactions';
import { useOpenPerson } from '../people/personPageContext';
import { formatDate } from './format';
import type { useNames } from './useNames';

/** "4 days overdue" / "Due today" / "due in 3 days" / "Never contacted". */
export function DueBadge({ status }: { status: ContactStatus }) {
  const { t } = useTranslation();
  if (status.lastContactAt === null) {
    return (
      <Badge color="orange" variant="light" size="sm">
        {t('interactions.neverContacted')}
      </Badge>
    );
  }
  if (status.overdue) {
    return (
      <Badge color="red" variant="light" size="sm" data-testid="due-overdue">
        {t('interactions.overdueDays', { count: status.daysOverdue })}
      </Badge>
    );
  }
  if (status.due) {
    return (
      <Badge color="yellow" variant="light" size="sm">
        {t('interactions.dueToday')}
      </Badge>
    );
  }
  return (
    <Badge color="gray" variant="light" size="sm">
      {t('interactions.dueInDays', { count: -status.daysOverdue })}
    </Badge>
  );
}

const SHORT_LIST = 8;

/** Who should be contacted now under their care cadence, most overdue first. */
export function ContactsDue({ people, names }: { people: ContactStatus[]; names: ReturnType<typeof useNames> }) {
  const { t, i18n } = useTranslation();
  const openPerson = useOpenPerson();
  const [all, setAll] = useState(false);
  const due = useMemo(() => {
    const influence = new Map(names.people.map((p) => [p.id, p.influence]));
    // Overdue first (longest first), then due today, then the never contacted, most influential first.
    const rank = (s: ContactStatus) => (s.lastContactAt === null ? 2 : s.overdue ? 0 : 1);
    return people
      .filter((p) => p.due)
      .sort(
        (a, b) =>
          rank(a) - rank(b) ||
          b.daysOverdue - a.daysOverdue ||
          (influence.get(b.personId) ?? 0) - (influence.get(a.personId) ?? 0) ||
          names.person(a.personId).localeCompare(names.person(b.personId)),
      );
  }, [people, names]);
  const shown = all ? due : due.slice(0, SHORT_LIST);
  if (due.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t(people.length === 0 ? 'interactions.nobodyYet' : 'interactions.nobodyDue')}
      </Text>
    );
  }
  return (
    <Stack gap={6} data-testid="contacts-due">
      {shown.map((status) => (
        <UnstyledButton key={status.personId} onClick={() => openPerson(status.personId)} data-testid="contact-due">
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <div style={{ minWidth: 0 }}>
              <Text size="sm" fw={500} truncate>
                {names.person(status.personId)}
              </Text>
              {status.lastContactDate && (
                <Text size="xs" c="dimmed">
                  {t('interactions.lastContacted')}
                  {t('common.colon')}
                  {formatDate(status.lastContactDate, i18n.language)}
                </Text>
              )}
            </div>
            <DueBadge status={status} />
          </Group>
        </UnstyledButton>
      ))}
      {due.length > shown.length && (
        <Button variant="subtle" size="compact-xs" style={{ alignSelf: 'flex-start' }} onClick={() => setAll(true)}>
          {t('interactions.showAll', { count: due.length })}
        </Button>
      )}
    </Stack>
  );
}

/** Each contacted person's emotional bank balance (情感账户), lowest first: who needs a deposit. */
export function BankBalances({ people, names }: { people: ContactStatus[]; names: ReturnType<typeof useNames> }) {
  const { t } = useTranslation();
  const contacted = people.filter((p) => p.interactionCount > 0).sort((a, b) => a.bankBalance - b.bankBalance);
  if (contacted.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('interactions.noBalances')}
      </Text>
    );
  }
  return (
    <Stack gap={4} data-testid="bank-balances">
      {contacted.map((p) => (
        <Group key={p.personId} justify="space-between" wrap="nowrap" data-testid="bank-balance">
          <Text size="sm" truncate>
            {names.person(p.personId)}
          </Text>
          <Group gap={6} wrap="nowrap">
            <Text size="xs" c="dimmed">
              {t('interactions.contactsCount', { count: p.interactionCount })}
            </Text>
            <Text
              size="sm"
              fw={600}
              c={p.bankBalance > 0 ? 'teal' : p.bankBalance < 0 ? 'red' : 'dimmed'}
              w={32}
              ta="right"
            >
              {p.bankBalance > 0 ? `+${p.bankBalance}` : p.bankBalance}
            </Text>
          </Group>
        </Group>
      ))}
    </Stack>
  );
}
