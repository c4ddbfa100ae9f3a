import { useCallback, useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import { Badge, Button, Drawer, SegmentedControl, Tabs, Tooltip } from '@mantine/core';
import { IconBulb } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/api/entities';
import { useApi } from '../../api/client';
import { InsightsPanel } from './InsightsPanel';
import type { ActionPrefill } from './insightText';
import { PathToPowerPanel } from './PathToPowerPanel';
import { STATUS_COLOR } from './StatusBadge';
import { ThresholdsSettings } from './ThresholdsSettings';

interface Props {
  accountId: string;
  mapId?: string;
  /** The people of the map in view, for the path-to-power targets. */
  people: Person[];
  onMakeAction(prefill: ActionPrefill): void;
}

/**
 * The header button: the status light and the number of open insights; it opens a drawer with the
 * insights, the path to power and the thresholds.
 */
export function InsightsDrawer({ accountId, mapId, people, onMakeAction }: Props) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  // The map in view by default (a deal map judges by the deal's values); or the whole account.
  const [wholeAccount, setWholeAccount] = useState(false);
  const scopeMapId = wholeAccount ? undefined : mapId;
  const list = useApi('insights.list', mapId ? { accountId, mapId } : { accountId });
  const active = list.data?.insights.filter((insight) => insight.state === null).length ?? 0;
  const status = list.data?.status;
  const accountPeople = useApi('people.list', { accountId }, wholeAccount);
  const flow = useReactFlow();
  // Selecting the chain's cards and the lines between neighbours is how the canvas highlights them.
  const showOnMap = useCallback(
    (personIds: string[]) => {
      setOpened(false);
      const ids = new Set(personIds);
      const links = new Set(personIds.slice(1).flatMap((id, i) => [`${personIds[i]}>${id}`, `${id}>${personIds[i]}`]));
      flow.setNodes((nodes) => nodes.map((node) => ({ ...node, selected: ids.has(node.id) })));
      flow.setEdges((edges) =>
        edges.map((edge) => ({ ...edge, selected: links.has(`${edge.source}>${edge.target}`) })),
      );
      void flow.fitView({ nodes: personIds.map((id) => ({ id })), duration: 400, padding: 0.4, maxZoom: 1.2 });
    },
    [flow],
  );
  return (
    <>
      <Tooltip
        label={
          status
            ? t(`insights.status.reason.${status.reasons[0]?.code ?? 'no_key_players'}`, {
                count: status.reasons[0]?.count ?? 0,
              })
            : t('insights.title')
        }
        multiline
        w={260}
      >
        <Button
          variant="default"
          leftSection={<IconBulb size={16} />}
          rightSection={
            status && (
              <Badge size="sm" circle={active < 10} color={STATUS_COLOR[status.status]} data-status={status.status}>
                {active}
              </Badge>
            )
          }
          onClick={() => setOpened(true)}
          data-testid="insights-button"
        >
          {t('insights.open')}
        </Button>
      </Tooltip>
      <Drawer
        opened={opened}
        onClose={() => setOpened(false)}
        position="right"
        size={480}
        title={t('insights.title')}
        data-testid="insights-drawer"
      >
        <Tabs defaultValue="insights" keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="insights">{t('insights.tabs.insights')}</Tabs.Tab>
            <Tabs.Tab value="path" data-testid="tab-path">
              {t('insights.path.title')}
            </Tabs.Tab>
            <Tabs.Tab value="thresholds" data-testid="tab-thresholds">
              {t('insights.tabs.thresholds')}
            </Tabs.Tab>
          </Tabs.List>
          {mapId && (
            <SegmentedControl
              fullWidth
              size="xs"
              mb="md"
              value={wholeAccount ? 'account' : 'map'}
              onChange={(value) => setWholeAccount(value === 'account')}
              data={[
                { value: 'map', label: t('insights.scope.map') },
                { value: 'account', label: t('insights.scope.account') },
              ]}
              data-testid="insights-scope"
            />
          )}
          <Tabs.Panel value="insights">
            <InsightsPanel
              accountId={accountId}
              mapId={scopeMapId}
              onMakeAction={(prefill) => {
                setOpened(false);
                onMakeAction(prefill);
              }}
            />
          </Tabs.Panel>
          <Tabs.Panel value="path">
            <PathToPowerPanel
              accountId={accountId}
              mapId={scopeMapId}
              people={wholeAccount ? (accountPeople.data ?? []) : people}
              onShowOnMap={showOnMap}
            />
          </Tabs.Panel>
          <Tabs.Panel value="thresholds">
            <ThresholdsSettings />
          </Tabs.Panel>
        </Tabs>
      </Drawer>
    </>
  );
}
