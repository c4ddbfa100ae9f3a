import { useCallback, useMemo, useState } from 'react';
import { Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/client';
import { AddTeamMember } from './AddTeamMember';
import { CoverageSummary } from './CoverageSummary';
import { CoverageTable } from './CoverageTable';
import { bestCoverage, coverageColumns, coverageGroups, coverageStrengths, coverKey, isDecider } from './coverageModel';
import { useViewCommands } from './useViewCommands';
import { keepDeleteKeysInView, type ViewProps } from './viewProps';
import classes from './CoverageView.module.css';
import { useReadOnly } from '../map/readOnlyContext';

/** Our team × their people; each cell a relationship strength that can be set. */
export function CoverageView({ view, accountId, commands, onSelectPerson }: ViewProps) {
  const { t } = useTranslation();
  const viewCommands = useViewCommands(accountId, view, commands);
  const readOnly = useReadOnly();
  const team = useApi('team.list', {});
  const accountTeam = useApi('accountTeam.list', { accountId });
  const relations = useApi('relations.list', { accountId });
  // Strengths just set, shown until the store's answer arrives.
  const [pending, setPending] = useState<ReadonlyMap<string, number>>(() => new Map());

  const strengths = useMemo(() => {
    const all = coverageStrengths(relations.data, view.relations);
    for (const [key, strength] of pending) all.set(key, strength);
    return all;
  }, [relations.data, view.relations, pending]);
  const best = useMemo(() => bestCoverage(strengths), [strengths]);
  const columns = useMemo(() => {
    const onThisMap = new Set(view.people.map((person) => person.id));
    const covering = new Set<string>();
    for (const relation of relations.data ?? [])
      if (relation.kind === 'covers' && relation.strength > 0 && relation.fromMemberId)
        if (relation.toPersonId && onThisMap.has(relation.toPersonId)) covering.add(relation.fromMemberId);
    return coverageColumns(team.data ?? [], accountTeam.data ?? [], view.members, covering);
  }, [team.data, accountTeam.data, view.members, view.people, relations.data]);
  const groups = useMemo(() => coverageGroups(view.people), [view.people]);
  const anyDecider = useMemo(() => view.people.some(isDecider), [view.people]);
  const uncovered = useMemo(
    () => view.people.filter((person) => isDecider(person) && !best.get(person.id)),
    [view.people, best],
  );
  const candidates = useMemo(() => {
    const onTeam = new Set(accountTeam.data?.map((entry) => entry.memberId));
    return (team.data ?? []).filter(
      (member) => !onTeam.has(member.id) && (!member.sampleAccountId || member.sampleAccountId === accountId),
    );
  }, [team.data, accountTeam.data, accountId]);

  const set = useCallback(
    (memberId: string, personId: string, strength: number) => {
      if (readOnly) return;
      const key = coverKey(memberId, personId);
      setPending((before) => new Map(before).set(key, strength));
      void viewCommands.setCoverage(memberId, personId, strength).finally(() =>
        setPending((before) => {
          if (before.get(key) !== strength) return before;
          const next = new Map(before);
          next.delete(key);
          return next;
        }),
      );
    },
    [viewCommands, readOnly],
  );

  if (team.isError || accountTeam.isError || relations.isError) {
    return (
      <Center h="100%" data-testid="coverage-view">
        <Stack align="center" gap="xs">
          <Text>{t('errors.title')}</Text>
          <Button
            variant="default"
            onClick={() => void Promise.all([team.refetch(), accountTeam.refetch(), relations.refetch()])}
          >
            {t('common.retry')}
          </Button>
        </Stack>
      </Center>
    );
  }
  if (!team.data || !accountTeam.data || !relations.data) {
    return (
      <Center h="100%" data-testid="coverage-view">
        <Loader />
      </Center>
    );
  }
  const defaultRole = accountTeam.data.some((entry) => entry.role === 'account_manager') ? 'other' : 'account_manager';

  return (
    <div className={classes.root} data-testid="coverage-view" onKeyDown={keepDeleteKeysInView}>
      <Group className={classes.toolbar} px="md" py={8} gap="md" wrap="nowrap" justify="space-between">
        <CoverageSummary uncovered={uncovered.length} anyDecider={anyDecider} />
        {!readOnly && (
          <AddTeamMember candidates={candidates} defaultRole={defaultRole} onAdd={viewCommands.addTeamMember} />
        )}
      </Group>
      {view.people.length === 0 || columns.length === 0 ? (
        <Center flex={1} data-testid="coverage-empty">
          <Stack align="center" gap={4} maw={460} ta="center">
            <Title order={4}>
              {view.people.length === 0 ? t('coverageView.emptyPeopleTitle') : t('coverageView.emptyTeamTitle')}
            </Title>
            <Text c="dimmed">
              {view.people.length === 0 ? t('coverageView.emptyPeopleBody') : t('coverageView.emptyTeamBody')}
            </Text>
          </Stack>
        </Center>
      ) : (
        <div className={classes.scroll}>
          <CoverageTable
            columns={columns}
            groups={groups}
            strengths={strengths}
            best={best}
            onSet={set}
            onSelect={onSelectPerson}
          />
        </div>
      )}
    </div>
  );
}
