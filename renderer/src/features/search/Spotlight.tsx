import { useEffect, useId, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import { Box, Group, Kbd, Loader, Modal, ScrollArea, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  IconBuilding,
  IconChecklist,
  IconHandStop,
  IconMessages,
  IconNote,
  IconSearch,
  IconUser,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Route } from '../../app/App';
import { api, queryKey } from '../../api/client';
import { useScope } from '../../api/scope';
import type { SearchHit, SearchKind } from '../../../../shared/api/methods/search';
import { Highlighted } from './Highlighted';
import { useAction } from '../../actions/useAction';
import { keysOf, PLATFORM } from '../../actions/platform';
import { isActionEnabled, registryVersion, runAction, subscribeToRegistry } from '../../actions/registry';
import { commandQuery, paletteEntries, type PaletteEntry } from '../../../../shared/actions/palette';
import { CommandOption } from './CommandOption';

const ICONS: Record<SearchKind, typeof IconUser> = {
  person: IconUser,
  account: IconBuilding,
  interaction: IconMessages,
  commitment: IconHandStop,
  action: IconChecklist,
  note: IconNote,
};

/** Where a hit leads: a person's page, an account, or the section of the account that holds it. */
export function routeOf(hit: SearchHit): Route {
  const account = { screen: 'account' as const, accountId: hit.accountId };
  switch (hit.kind) {
    case 'person':
      return { ...account, openPerson: { personId: hit.id } };
    case 'interaction':
      return { ...account, openSection: { section: 'timeline' } };
    case 'commitment':
    case 'action':
      return { ...account, openSection: { section: 'plan' } };
    case 'note':
      return { ...account, openSection: { section: 'map' } };
    default:
      return account;
  }
}

/** Groups hits by kind, the kinds in the order of their best hit, keeping the rank inside each. */
function grouped(hits: readonly SearchHit[]): { kind: SearchKind; hits: { hit: SearchHit; index: number }[] }[] {
  const groups = new Map<SearchKind, { hit: SearchHit; index: number }[]>();
  for (const hit of hits) groups.set(hit.kind, [...(groups.get(hit.kind) ?? []), { hit, index: 0 }]);
  let index = 0;
  return [...groups].map(([kind, items]) => ({ kind, hits: items.map((item) => ({ ...item, index: index++ })) }));
}

interface Props {
  onNavigate(route: Route): void;
  /**
   * While an account is presented: search its people only (the backend answers in the public
   * scope, so nothing private is searched or shown), and Enter finds the person on the map.
   */
  presentedAccountId?: string | null;
}

/**
 * Search everything with Ctrl/⌘+K: results as one types, grouped by kind; Enter goes there.
 * Typed after ">", the same box is the command palette: the registry's commands, Enter runs one.
 */
export function Spotlight({ onNavigate, presentedAccountId = null }: Props) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const [debounced] = useDebouncedValue(text.trim(), 60);
  // Where the user was, so a command runs there (Mantine gives focus back a moment too late).
  const opener = useRef<Element | null>(null);
  const [returnFocus, setReturnFocus] = useState(true);
  // Works from inside text fields too: the shortcut is not a character anyone types.
  useAction('app.search', () => {
    opener.current = document.activeElement;
    setReturnFocus(true);
    setOpened(true);
  });
  const command = commandQuery(text);
  // Which commands can run changes as screens come and go; asked afresh on every render.
  useSyncExternalStore(subscribeToRegistry, registryVersion);
  const entries =
    opened && command !== null
      ? paletteEntries(command, {
          translate: (key) => t(key),
          available: isActionEnabled,
          platform: PLATFORM,
          unavailable: t('actions.palette.unavailable'),
        })
      : [];
  const input = { text: debounced, limit: 40 };
  const scope = useScope();
  const results = useQuery({
    queryKey: queryKey('search.query', input, scope),
    queryFn: () => api.call('search.query', input, scope),
    enabled: opened && debounced !== '' && commandQuery(debounced) === null,
    placeholderData: keepPreviousData,
  });
  const hits = useMemo(
    () =>
      debounced === '' || commandQuery(debounced) !== null
        ? []
        : (results.data ?? []).filter(
            (hit) => presentedAccountId === null || (hit.kind === 'person' && hit.accountId === presentedAccountId),
          ),
    [debounced, results.data, presentedAccountId],
  );
  const groups = useMemo(() => grouped(hits), [hits]);
  const ordered = groups.flatMap((group) => group.hits.map((item) => item.hit));
  // New results: the best one is the one Enter opens.
  const [shownHits, setShownHits] = useState(hits);
  if (shownHits !== hits) {
    setShownHits(hits);
    setActive(0);
  }
  // Other words after ">": the first command (one that can run, if any) is the one Enter runs.
  const [shownCommand, setShownCommand] = useState(command);
  if (shownCommand !== command) {
    setShownCommand(command);
    setActive(0);
  }
  const count = command === null ? ordered.length : entries.length;
  const list = useRef<HTMLDivElement>(null);
  const listId = useId();
  const hintId = useId();
  useEffect(() => {
    list.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const close = () => {
    setOpened(false);
    setText('');
  };
  const run = (entry: PaletteEntry | undefined) => {
    if (!entry?.available) return;
    // Closed first, focus back where the user was, then the command: a dialog it opens returns
    // focus there, and a field it focuses keeps it.
    flushSync(() => {
      setReturnFocus(false);
      close();
    });
    if (opener.current instanceof HTMLElement && opener.current.isConnected) {
      opener.current.focus({ preventScroll: true });
    }
    runAction(entry.id);
  };
  const go = (hit: SearchHit | undefined) => {
    if (!hit) return;
    close();
    onNavigate(
      presentedAccountId === null
        ? routeOf(hit)
        : { screen: 'account', accountId: hit.accountId, focusPerson: { personId: hit.id } },
    );
  };

  return (
    // The dialog itself carries the name: a title-less Modal would put it on a div without a role.
    <Modal.Root opened={opened} onClose={close} size={640} yOffset="10vh" padding={0} returnFocus={returnFocus}>
      <Modal.Overlay />
      <Modal.Content aria-label={t('search.title')} data-testid="spotlight">
        <TextInput
          data-autofocus
          size="lg"
          variant="unstyled"
          px="md"
          leftSection={<IconSearch size={18} />}
          rightSection={results.isFetching && command === null ? <Loader size="xs" /> : null}
          placeholder={t('search.placeholder')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              setActive((i) => Math.min(count - 1, i + 1));
            } else if (event.key === 'ArrowUp') {
              event.preventDefault();
              setActive((i) => Math.max(0, i - 1));
            } else if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
              event.preventDefault();
              if (command === null) go(ordered[active]);
              else run(entries[active]);
            }
          }}
          aria-label={t('search.title')}
          role="combobox"
          aria-expanded={count > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={count > 0 ? `${listId}-${active}` : undefined}
          aria-describedby={hintId}
          data-testid="spotlight-input"
          style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
        />
        <ScrollArea.Autosize mah="60vh" viewportRef={list}>
          <Stack gap={0} p="xs" data-testid="spotlight-results">
            {debounced === '' && (
              <Text c="dimmed" size="sm" p="md">
                {t('search.start')}
              </Text>
            )}
            {command !== null && entries.length === 0 && (
              <Text c="dimmed" size="sm" p="md">
                {command === '' ? t('actions.palette.none') : t('actions.palette.nothing', { text: command })}
              </Text>
            )}
            {command === null && debounced !== '' && results.isSuccess && hits.length === 0 && (
              <Text c="dimmed" size="sm" p="md">
                {t('search.nothing', { text: debounced })}
              </Text>
            )}
            {command === null && results.isError && (
              <Text c="red" size="sm" p="md">
                {t('search.error')}
              </Text>
            )}
            {/* Always in the page, so the input's aria-controls names something even before a search. */}
            <Box
              id={listId}
              role="listbox"
              aria-label={command === null ? t('search.title') : t('actions.palette.title')}
            >
              {entries.map((entry, index) => (
                <CommandOption
                  key={entry.id}
                  id={`${listId}-${index}`}
                  entry={entry}
                  index={index}
                  active={index === active}
                  onPick={run}
                  onHover={setActive}
                />
              ))}
              {groups.map((group) => (
                <Box key={group.kind} mb={4} role="group" aria-labelledby={`${listId}-${group.kind}`}>
                  <Text
                    id={`${listId}-${group.kind}`}
                    size="xs"
                    fw={700}
                    c="dimmed"
                    tt="uppercase"
                    px="sm"
                    pt="xs"
                    pb={4}
                  >
                    {t(`search.kind.${group.kind}`)}
                  </Text>
                  {group.hits.map(({ hit, index }) => (
                    <Result
                      key={`${hit.kind}:${hit.id}`}
                      id={`${listId}-${index}`}
                      hit={hit}
                      index={index}
                      active={index === active}
                      onPick={go}
                      onHover={setActive}
                    />
                  ))}
                </Box>
              ))}
            </Box>
          </Stack>
        </ScrollArea.Autosize>
        <Group
          justify="space-between"
          px="md"
          py={6}
          wrap="nowrap"
          style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
        >
          <Text size="xs" c="dimmed" id={hintId} data-testid="spotlight-hint">
            {command === null ? t('actions.palette.hint') : t('actions.palette.title')}
          </Text>
          <Group gap="xs" wrap="nowrap">
            <Text size="xs" c="dimmed">
              {command === null ? t('search.navigate') : t('actions.palette.navigate')}
            </Text>
            <Kbd size="xs">{keysOf('app.search')}</Kbd>
          </Group>
        </Group>
      </Modal.Content>
    </Modal.Root>
  );
}

function Result(props: {
  id: string;
  hit: SearchHit;
  index: number;
  active: boolean;
  onPick(hit: SearchHit): void;
  onHover(index: number): void;
}) {
  const { id, hit, index, active, onPick, onHover } = props;
  const { t } = useTranslation();
  const Icon = ICONS[hit.kind];
  return (
    <UnstyledButton
      id={id}
      // The input keeps focus; arrows move the active option, as in a combobox.
      tabIndex={-1}
      role="option"
      aria-selected={active}
      data-index={index}
      data-testid="spotlight-result"
      onClick={() => onPick(hit)}
      onMouseMove={() => onHover(index)}
      px="sm"
      py={6}
      style={{
        display: 'block',
        width: '100%',
        borderRadius: 'var(--mantine-radius-sm)',
        background: active ? 'var(--mantine-color-blue-light)' : undefined,
      }}
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <Icon size={18} style={{ marginTop: 2, flexShrink: 0 }} />
        <Box style={{ minWidth: 0, flex: 1 }}>
          <Group gap={6} wrap="nowrap" justify="space-between">
            <Text size="sm" fw={600} truncate>
              {hit.title ? <Highlighted text={hit.title} ranges={hit.titleHighlights} /> : t('search.untitled')}
            </Text>
            <Text size="xs" c="dimmed" truncate style={{ flexShrink: 0, maxWidth: '40%' }}>
              {hit.accountName}
            </Text>
          </Group>
          {hit.snippet && (
            <Text size="xs" c="dimmed" lineClamp={2}>
              <Highlighted text={hit.snippet} ranges={hit.highlights} />
            </Text>
          )}
        </Box>
      </Group>
    </UnstyledButton>
  );
}
