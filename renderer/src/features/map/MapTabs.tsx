import { useState } from 'react';
import { ActionIcon, Badge, Button, Group, Menu, Modal, Text, Tooltip } from '@mantine/core';
import { IconDots, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { MapInfo } from '../../../../shared/api/entities';
import { NameModal } from '../../app/NameModal';
import { useMapListCommands } from './useMapListCommands';
import { useReadOnly } from './readOnlyContext';

interface Props {
  accountId: string;
  maps: MapInfo[];
  currentId: string;
  onOpen(mapId: string): void;
}

type Dialog =
  { kind: 'new' } | { kind: 'deal' } | { kind: 'rename'; map: MapInfo } | { kind: 'delete'; map: MapInfo } | null;

/** The maps of one account ("Org chart", "Deal: ERP renewal 2027"); the same people on each. */
export function MapTabs({ accountId, maps, currentId, onOpen }: Props) {
  const { t } = useTranslation();
  const commands = useMapListCommands(accountId);
  const readOnly = useReadOnly();
  const [dialog, setDialog] = useState<Dialog>(null);
  const current = maps.find((map) => map.id === currentId);
  return (
    <Group gap={4} px="sm" h={38} wrap="nowrap" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
      <div style={{ flex: 1, overflowX: 'auto', scrollbarWidth: 'none' }}>
        <Group gap={4} wrap="nowrap" role="tablist" aria-label={t('maps.tabs')}>
          {maps.map((map) => (
            <Button
              key={map.id}
              size="compact-sm"
              variant={map.id === currentId ? 'light' : 'subtle'}
              color={map.id === currentId ? 'indigo' : 'gray'}
              role="tab"
              aria-selected={map.id === currentId}
              onClick={() => onOpen(map.id)}
              rightSection={
                map.opportunityId ? (
                  <Badge size="xs" variant="outline">
                    {t('maps.deal')}
                  </Badge>
                ) : undefined
              }
              data-testid="map-tab"
            >
              {map.name}
            </Button>
          ))}
        </Group>
      </div>
      {!readOnly && (
        <Menu position="bottom-end">
          <Menu.Target>
            <ActionIcon variant="subtle" aria-label={t('maps.newMap')} data-testid="new-map-menu">
              <IconPlus size={16} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={() => setDialog({ kind: 'new' })}>{t('maps.newMap')}</Menu.Item>
            <Tooltip label={t('maps.dealMapHint')} multiline w={280} position="left">
              <Menu.Item onClick={() => setDialog({ kind: 'deal' })}>{t('maps.newDealMap')}</Menu.Item>
            </Tooltip>
          </Menu.Dropdown>
        </Menu>
      )}
      {current && !readOnly && (
        <Menu position="bottom-end">
          <Menu.Target>
            <ActionIcon variant="subtle" aria-label={t('maps.rename')} data-testid="map-menu">
              <IconDots size={16} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={() => setDialog({ kind: 'rename', map: current })}>{t('maps.rename')}</Menu.Item>
            <Menu.Item
              color="red"
              disabled={maps.length < 2}
              onClick={() => setDialog({ kind: 'delete', map: current })}
            >
              {maps.length < 2 ? t('maps.lastMap') : t('maps.delete')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      )}
      <NameModal
        opened={dialog?.kind === 'new' || dialog?.kind === 'deal' || dialog?.kind === 'rename'}
        title={
          dialog?.kind === 'deal'
            ? t('maps.newDealMap')
            : dialog?.kind === 'rename'
              ? t('maps.rename')
              : t('maps.newMap')
        }
        method={
          dialog?.kind === 'deal' ? 'opportunities.create' : dialog?.kind === 'rename' ? 'maps.rename' : 'maps.create'
        }
        label={dialog?.kind === 'deal' ? t('maps.dealName') : t('maps.mapName')}
        placeholder={dialog?.kind === 'deal' ? t('maps.dealNamePlaceholder') : undefined}
        submitLabel={dialog?.kind === 'rename' ? t('common.rename') : t('common.create')}
        initialName={dialog?.kind === 'rename' ? dialog.map.name : ''}
        onClose={() => setDialog(null)}
        onSubmit={async (name) => {
          if (dialog?.kind === 'rename') {
            if (await commands.rename(dialog.map, name)) setDialog(null);
            return;
          }
          const { mapId, done } =
            dialog?.kind === 'deal' ? commands.createDeal(name, currentId) : commands.create(name);
          if (await done) {
            setDialog(null);
            onOpen(mapId);
          }
        }}
      />
      <Modal
        opened={dialog?.kind === 'delete'}
        onClose={() => setDialog(null)}
        title={dialog?.kind === 'delete' ? t('maps.deleteTitle', { name: dialog.map.name }) : ''}
        centered
      >
        <Text size="sm">{t('maps.deleteBody')}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={() => setDialog(null)} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            onClick={async () => {
              if (dialog?.kind === 'delete' && (await commands.remove(dialog.map))) setDialog(null);
            }}
          >
            {t('maps.delete')}
          </Button>
        </Group>
      </Modal>
    </Group>
  );
}
