import { useState } from 'react';
import { Button, Drawer, Group, Tabs } from '@mantine/core';
import { IconAddressBook } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/client';
import { PersonDetails } from './PersonDetails';
import { PersonGoal } from '../plan/PersonGoal';
import { PersonTimeline } from '../interactions/PersonTimeline';
import { useOpenPersonBeacon } from '../interactions/quickAddStore';
import { PersonHistory } from '../history/PersonHistory';
import { VcardExportModal } from '../workspace/VcardExportModal';

export const PERSON_PAGE_TABS = ['details', 'goal', 'timeline', 'history'] as const;
export type PersonPageTab = (typeof PERSON_PAGE_TABS)[number];

interface Props {
  accountId: string;
  personId: string | null;
  tab: PersonPageTab;
  onTabChange(tab: PersonPageTab): void;
  onClose(): void;
}

/** Everything known about one person, over the account screen; each tab loads its own data. */
export function PersonPage({ accountId, personId, tab, onTabChange, onClose }: Props) {
  const { t } = useTranslation();
  useOpenPersonBeacon(personId);
  const people = useApi('people.list', { accountId });
  const person = people.data?.find((p) => p.id === personId);
  const title = person ? person.name || person.title || t('people.unnamed') : '';
  const [vcard, setVcard] = useState(false);
  return (
    <Drawer
      opened={personId !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={title}
      data-testid="person-page"
    >
      {personId && (
        <Group justify="flex-end" mt={-8} mb={4}>
          <Button
            size="compact-sm"
            variant="subtle"
            leftSection={<IconAddressBook size={14} />}
            onClick={() => setVcard(true)}
            data-testid="person-export-vcard"
          >
            {t('workspace.vcard.one')}
          </Button>
        </Group>
      )}
      {personId && (
        <VcardExportModal
          opened={vcard}
          accountId={accountId}
          personIds={[personId]}
          fileBase={title}
          onClose={() => setVcard(false)}
        />
      )}
      {personId && (
        <Tabs value={tab} onChange={(value) => value && onTabChange(value as PersonPageTab)} keepMounted={false}>
          <Tabs.List mb="md">
            {PERSON_PAGE_TABS.map((key) => (
              <Tabs.Tab key={key} value={key} data-testid={`person-tab-${key}`}>
                {t(`people.tabs.${key}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="details">
            <PersonDetails personId={personId} />
          </Tabs.Panel>
          <Tabs.Panel value="goal">
            <PersonGoal personId={personId} />
          </Tabs.Panel>
          <Tabs.Panel value="timeline">
            <PersonTimeline personId={personId} />
          </Tabs.Panel>
          <Tabs.Panel value="history">
            <PersonHistory personId={personId} />
          </Tabs.Panel>
        </Tabs>
      )}
    </Drawer>
  );
}
