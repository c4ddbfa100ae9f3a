import { useState } from 'react';
import { Button, Menu, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { MapView } from '../../../../shared/api/entities';
import { ROLES } from '../../../../shared/domain/enums';
import { useApi } from '../../api/client';
import { NameModal } from '../../app/NameModal';
import type { MapCommands } from './useMapCommands';

interface Props {
  view: MapView;
  commands: MapCommands;
  /** A free spot where the user is looking. */
  spot(): { x: number; y: number };
  onAddPerson(): void;
}

const PLACEHOLDER_ROLES = ROLES.filter((role) => role !== 'unknown');
const MENU_LIMIT = 40;

/** The palette: everything that can be put on a map, from one place. */
export function AddMenu({ view, commands, spot, onAddPerson }: Props) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<'member' | 'unit' | null>(null);
  const [opened, setOpened] = useState(false);
  const accountId = view.account.id;
  // Loaded when the menu opens: on a map of thousands, opening the map must not wait for it.
  const people = useApi('people.list', { accountId }, opened);
  const team = useApi('team.list', {}, opened);
  const onMap = new Set(view.items.map((item) => item.personId ?? item.memberId));
  const offMapPeople = (people.data ?? []).filter((person) => !onMap.has(person.id));
  const offMapTeam = (team.data ?? []).filter(
    (member) => !onMap.has(member.id) && (member.sampleAccountId === null || member.sampleAccountId === accountId),
  );

  return (
    <>
      <Menu position="bottom-end" width={280} withinPortal opened={opened} onChange={setOpened}>
        <Menu.Target>
          <Button variant="default" leftSection={<IconPlus size={16} />} data-testid="add-menu">
            {t('palette.add')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={onAddPerson} rightSection={<Text size="xs">N</Text>}>
            {t('palette.person')}
          </Menu.Item>
          <Menu.Sub>
            <Menu.Sub.Target>
              <Menu.Sub.Item>{t('palette.placeholder')}</Menu.Sub.Item>
            </Menu.Sub.Target>
            <Menu.Sub.Dropdown>
              <Menu.Label>{t('palette.placeholderHint')}</Menu.Label>
              {PLACEHOLDER_ROLES.map((role) => (
                <Menu.Item key={role} onClick={() => void commands.addPlaceholder(role, spot())}>
                  {t(`enums.role.${role}`)}
                </Menu.Item>
              ))}
            </Menu.Sub.Dropdown>
          </Menu.Sub>
          <Menu.Sub>
            <Menu.Sub.Target>
              <Menu.Sub.Item>{t('palette.existing')}</Menu.Sub.Item>
            </Menu.Sub.Target>
            <Menu.Sub.Dropdown mah={360} style={{ overflowY: 'auto' }}>
              {offMapPeople.length === 0 && <Menu.Label>{t('palette.noneLeft')}</Menu.Label>}
              {offMapPeople.slice(0, MENU_LIMIT).map((person) => (
                <Menu.Item
                  key={person.id}
                  onClick={() => void commands.placeOnMap([{ personId: person.id, ...spot() }])}
                >
                  {person.name || t('card.placeholder')}
                  {person.title ? ` · ${person.title}` : ''}
                </Menu.Item>
              ))}
            </Menu.Sub.Dropdown>
          </Menu.Sub>
          <Menu.Divider />
          <Menu.Sub>
            <Menu.Sub.Target>
              <Menu.Sub.Item data-testid="add-team-member">{t('palette.teamMember')}</Menu.Sub.Item>
            </Menu.Sub.Target>
            <Menu.Sub.Dropdown>
              {offMapTeam.map((member) => (
                <Menu.Item
                  key={member.id}
                  onClick={() => void commands.placeOnMap([{ memberId: member.id, ...spot() }])}
                >
                  {member.name}
                  {member.title ? ` · ${member.title}` : ''}
                </Menu.Item>
              ))}
              <Menu.Item onClick={() => setAsking('member')}>{t('palette.newTeamMember')}</Menu.Item>
            </Menu.Sub.Dropdown>
          </Menu.Sub>
          <Menu.Item onClick={() => setAsking('unit')}>{t('palette.orgUnit')}</Menu.Item>
          <Menu.Divider />
          <Menu.Item onClick={() => void commands.createNote('sticky', spot())}>{t('palette.sticky')}</Menu.Item>
          <Menu.Item onClick={() => void commands.createNote('text', spot())}>{t('palette.text')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <NameModal
        opened={asking !== null}
        title={asking === 'unit' ? t('palette.orgUnit') : t('palette.newTeamMember')}
        method={asking === 'unit' ? 'orgUnits.create' : 'team.create'}
        label={asking === 'unit' ? t('palette.orgUnitName') : t('palette.teamMemberName')}
        submitLabel={t('common.create')}
        initialName=""
        onClose={() => setAsking(null)}
        onSubmit={async (name) => {
          if (asking === 'unit') {
            if (await commands.createOrgUnit(name, spot())) setAsking(null);
            return;
          }
          if (await commands.addTeamMember(name, spot())) setAsking(null);
        }}
      />
    </>
  );
}
