import { useState } from 'react';
import { ActionIcon, Button, Card, Group, Select, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconPlus, IconUserMinus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { TEAM_ROLES, type TeamRole } from '../../../../shared/domain/enums';
import { useApi } from '../../api/client';
import type { PlanCommands } from './usePlanCommands';
import { leaveField } from './format';

/** Our virtual account team (虚拟大客户团队): who works on this account, in which role. */
export function AccountTeamCard({ accountId, commands }: { accountId: string; commands: PlanCommands }) {
  const { t } = useTranslation();
  const entries = useApi('accountTeam.list', { accountId });
  const team = useApi('team.list', {});
  const [candidate, setCandidate] = useState<string | null>(null);
  const members = new Map((team.data ?? []).map((m) => [m.id, m]));
  const onTeam = new Set((entries.data ?? []).map((e) => e.memberId));
  const candidates = (team.data ?? []).filter(
    (m) => !onTeam.has(m.id) && (m.sampleAccountId === null || m.sampleAccountId === accountId),
  );
  const roles = TEAM_ROLES.map((role) => ({ value: role, label: t(`coverageView.teamRole.${role}`) }));
  return (
    <Card withBorder data-testid="account-team">
      <Title order={4} mb="sm">
        {t('plan.profile.team')}
      </Title>
      <Stack gap="xs">
        {(entries.data ?? []).length === 0 && (
          <Text size="sm" c="dimmed">
            {t('plan.profile.teamEmpty')}
          </Text>
        )}
        {(entries.data ?? []).map((entry) => {
          const member = members.get(entry.memberId);
          return (
            <Group key={entry.memberId} gap="xs" wrap="nowrap">
              <Text size="sm" style={{ flex: 1 }} truncate>
                {member?.name ?? '…'}
                {member?.title ? (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    · {member.title}
                  </Text>
                ) : null}
              </Text>
              <Select
                w={170}
                size="xs"
                data={roles}
                value={entry.role}
                allowDeselect={false}
                aria-label={`${t('plan.profile.teamRole')} ${member?.name ?? ''}`}
                onChange={(role) => {
                  if (role && role !== entry.role) void commands.setTeamRole(entry, role as TeamRole);
                  leaveField();
                }}
              />
              <Tooltip label={t('plan.profile.removeFromTeam')}>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('plan.profile.removeFromTeam')}
                  onClick={() => void commands.removeFromTeam(entry)}
                  data-no-print
                >
                  <IconUserMinus size={16} />
                </ActionIcon>
              </Tooltip>
            </Group>
          );
        })}
        {candidates.length > 0 && (
          <Group gap="xs" wrap="nowrap" data-no-print>
            <Select
              style={{ flex: 1 }}
              placeholder={t('coverageView.memberPlaceholder')}
              aria-label={t('coverageView.member')}
              data={candidates.map((m) => ({ value: m.id, label: m.name }))}
              value={candidate}
              onChange={setCandidate}
              searchable
            />
            <Button
              variant="light"
              leftSection={<IconPlus size={16} />}
              disabled={!candidate}
              onClick={async () => {
                const role: TeamRole = (entries.data ?? []).some((e) => e.role === 'account_manager')
                  ? 'other'
                  : 'account_manager';
                if (candidate && (await commands.addToTeam(accountId, candidate, role))) setCandidate(null);
              }}
            >
              {t('plan.add')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
