import { useState } from 'react';
import { Button, Group, Modal, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TeamMember } from '../../../../shared/api/entities';
import { TEAM_ROLES, type TeamRole } from '../../../../shared/domain/enums';
import type { NewTeamMember } from './useViewCommands';
import { TEXT_LIMITS } from '../../../../shared/api/text';

interface Props {
  /** Members of our team who may join this account's team. */
  candidates: readonly TeamMember[];
  /** The role offered first: account manager while the account has none. */
  defaultRole: TeamRole;
  onAdd(member: NewTeamMember): Promise<boolean>;
}

/** Puts one of our team on this account: someone we already have, or someone new. */
export function AddTeamMember({ candidates, defaultRole, onAdd }: Props) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button
        variant="light"
        leftSection={<IconUserPlus size={16} />}
        onClick={() => setOpened(true)}
        data-testid="add-team-member"
      >
        {t('coverageView.addMember')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('coverageView.addTitle')}>
        {opened && (
          <AddTeamMemberForm
            candidates={candidates}
            defaultRole={defaultRole}
            onAdd={onAdd}
            onDone={() => setOpened(false)}
          />
        )}
      </Modal>
    </>
  );
}

function AddTeamMemberForm({ candidates, defaultRole, onAdd, onDone }: Props & { onDone(): void }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'existing' | 'new'>(candidates.length > 0 ? 'existing' : 'new');
  const [memberId, setMemberId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const [role, setRole] = useState<TeamRole>(defaultRole);
  const [busy, setBusy] = useState(false);
  const ready = mode === 'existing' ? memberId !== null : name.trim().length > 0;

  const submit = async () => {
    if (!ready || busy) return;
    setBusy(true);
    const ok = await onAdd(
      mode === 'existing' && memberId ? { memberId, role } : { name: name.trim(), title: title.trim(), role },
    );
    setBusy(false);
    if (ok) onDone();
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="sm">
        <SegmentedControl
          value={mode}
          onChange={(value) => setMode(value as 'existing' | 'new')}
          data={[
            { value: 'existing', label: t('coverageView.existing') },
            { value: 'new', label: t('coverageView.newMember') },
          ]}
        />
        {mode === 'existing' ? (
          candidates.length > 0 ? (
            <Select
              label={t('coverageView.member')}
              placeholder={t('coverageView.memberPlaceholder')}
              data={candidates.map((member) => ({
                value: member.id,
                label: member.title ? `${member.name} · ${member.title}` : member.name,
              }))}
              value={memberId}
              onChange={setMemberId}
              searchable
              data-autofocus
            />
          ) : (
            <Text size="sm" c="dimmed">
              {t('coverageView.nobodyLeft')}
            </Text>
          )
        ) : (
          <>
            <TextInput
              label={t('coverageView.name')}
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              maxLength={TEXT_LIMITS.name}
              required
              data-autofocus
            />
            <TextInput
              label={t('coverageView.title')}
              value={title}
              onChange={(event) => setTitle(event.currentTarget.value)}
              maxLength={TEXT_LIMITS.jobTitle}
            />
          </>
        )}
        <Select
          label={t('coverageView.role')}
          data={TEAM_ROLES.map((code) => ({ value: code, label: t(`coverageView.teamRole.${code}`) }))}
          value={role}
          onChange={(value) => value && setRole(value as TeamRole)}
          allowDeselect={false}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" disabled={!ready} loading={busy}>
            {t('coverageView.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
