import { useState } from 'react';
import { ActionIcon, Button, Group, Loader, Popover, Table, Text, Textarea, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ANALYSIS_DIMENSIONS, type AnalysisDimension } from '../../../../shared/domain/enums';
import { api, useApi } from '../../api/client';
import { useUndo } from '../../undo/UndoContext';
import { AddCompetitor } from './AddCompetitor';
import { analysisCsv, analysisParties, cellText, type AnalysisParty } from './analysisTable';
import { saveCsv } from './saveCsv';
import { SheetFrame } from './SheetFrame';
import { usePlanCommands, type PlanCommands } from './usePlanCommands';
import { usePlanDeletes } from './usePlanDeletes';
import { PrintExportButtons } from './PrintExportButtons';
import { SheetHeading } from './SheetHeading';
import { TEXT_LIMITS } from '../../../../shared/api/text';

/** The account analysis sheet: the customer, us and each competitor against six dimensions. */
export function AnalysisSheet({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const account = useApi('accounts.get', { id: accountId });
  const cells = useApi('analysis.get', { accountId });
  const competitors = useApi('competitors.list', { accountId });
  // People leaning to a competitor, whom deleting it unlinks.
  const people = useApi('people.list', { accountId });
  const commands = usePlanCommands();
  const { idle } = useUndo();
  const deletes = usePlanDeletes(commands);
  const [adding, setAdding] = useState(false);
  if (!account.data || !cells.data || !competitors.data) {
    return (
      <SheetFrame testId="analysis-sheet">
        <Loader />
      </SheetFrame>
    );
  }
  const parties = analysisParties(competitors.data, t);
  // A cell is saved as focus leaves it, which the click on Export does: wait for that save, then
  // export what the store holds.
  const exportCsv = async () => {
    await idle();
    const [savedCells, savedCompetitors] = await Promise.all([
      api.call('analysis.get', { accountId }),
      api.call('competitors.list', { accountId }),
    ]);
    saveCsv(account.data.name, t('plan.csv.analysisFile'), analysisCsv(savedCells, savedCompetitors, t), t);
  };
  return (
    <SheetFrame testId="analysis-sheet" landscape>
      <SheetHeading
        title={t('plan.analysis.title')}
        subtitle={account.data.name}
        actions={
          <>
            <Popover
              opened={adding}
              onChange={setAdding}
              position="bottom-end"
              width={360}
              trapFocus
              returnFocus
              withArrow
            >
              <Popover.Target>
                <Button
                  variant="default"
                  leftSection={<IconPlus size={16} />}
                  onClick={() => setAdding((open) => !open)}
                  data-testid="analysis-add-competitor"
                >
                  {t('plan.profile.addCompetitor')}
                </Button>
              </Popover.Target>
              <Popover.Dropdown>
                <AddCompetitor
                  accountId={accountId}
                  competitors={competitors.data}
                  commands={commands}
                  autoFocus
                  shortLabel
                  onAdded={() => setAdding(false)}
                />
              </Popover.Dropdown>
            </Popover>
            <PrintExportButtons onExportCsv={exportCsv} testIdPrefix="analysis" />
          </>
        }
      />
      <Text c="dimmed" size="sm" mb="md" data-no-print>
        {t('plan.analysis.help')}
        {competitors.data.length === 0 && ` ${t('plan.analysis.noCompetitors')}`}
      </Text>
      <Table withTableBorder withColumnBorders verticalSpacing="xs" style={{ tableLayout: 'fixed' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={220}>{t('plan.analysis.dimension')}</Table.Th>
            {parties.map((party) => {
              const competitor = competitors.data.find((c) => c.id === party.competitorId);
              return (
                <Table.Th key={party.key} data-testid={`analysis-column-${party.key}`}>
                  <Group justify="space-between" wrap="nowrap" gap={4}>
                    {party.label}
                    {competitor && (
                      <Tooltip label={t('plan.confirm.deleteCompetitor')}>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          size="sm"
                          aria-label={`${t('plan.remove')} ${competitor.name}`}
                          data-no-print
                          onClick={() =>
                            void deletes.competitor(
                              competitor,
                              cells.data.filter((c) => c.competitorId === competitor.id).length,
                              (people.data ?? []).filter((p) => p.competitorId === competitor.id).length,
                            )
                          }
                        >
                          <IconTrash size={14} />
                        </ActionIcon>
                      </Tooltip>
                    )}
                  </Group>
                </Table.Th>
              );
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ANALYSIS_DIMENSIONS.map((dimension) => (
            <Table.Tr key={dimension}>
              <Table.Td style={{ verticalAlign: 'top' }}>
                <Text fw={600} size="sm">
                  {t(`plan.analysis.dimensions.${dimension}`)}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`plan.analysis.questions.${dimension}`)}
                </Text>
              </Table.Td>
              {parties.map((party) => (
                <Table.Td key={party.key} style={{ verticalAlign: 'top' }}>
                  <AnalysisCellInput
                    accountId={accountId}
                    party={party}
                    dimension={dimension}
                    value={cellText(cells.data, party, dimension)}
                    commands={commands}
                  />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {deletes.dialog}
    </SheetFrame>
  );
}

interface CellProps {
  accountId: string;
  party: AnalysisParty;
  dimension: AnalysisDimension;
  value: string;
  commands: PlanCommands;
}

/** Multi-line text edited freely and saved once, when focus leaves; Escape restores what was saved. */
function AnalysisCellInput({ accountId, party, dimension, value, commands }: CellProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <>
      <Textarea
        variant="unstyled"
        placeholder={t('plan.analysis.placeholder')}
        maxLength={TEXT_LIMITS.longText}
        autosize
        minRows={3}
        value={draft ?? value}
        aria-label={t('plan.analysis.cellLabel', {
          party: party.label,
          dimension: t(`plan.analysis.dimensions.${dimension}`),
        })}
        data-testid={`analysis-cell-${party.key}-${dimension}`}
        data-no-print
        onChange={(event) => setDraft(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setDraft(null);
        }}
        onBlur={() => {
          if (draft !== null && draft !== value) {
            void commands.setCell(
              { accountId, party: party.party, competitorId: party.competitorId, dimension },
              value,
              draft,
            );
          }
          setDraft(null);
        }}
        styles={{ input: { fontSize: 'var(--mantine-font-size-sm)' } }}
      />
      {/* A text area keeps the height it had on screen and clips; print the text itself instead. */}
      <Text className="plan-print-only" size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {value}
      </Text>
    </>
  );
}
