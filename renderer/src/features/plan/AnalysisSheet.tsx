import { useState } from 'react';
import { Button, Group, Loader, Table, Text, Textarea, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AnalysisCell } from '../../../../shared/api/methods/plan';
import { ANALYSIS_DIMENSIONS, type AnalysisDimension } from '../../../../shared/domain/enums';
import { useApi } from '../../api/client';
import { SheetFrame } from './SheetFrame';
import { usePlanCommands, type PlanCommands } from './usePlanCommands';

interface Party {
  key: string;
  party: AnalysisCell['party'];
  competitorId: string | null;
  label: string;
}

/** The account analysis sheet (001 appendix 1): the customer, us and each competitor against six dimensions. */
export function AnalysisSheet({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const cells = useApi('analysis.get', { accountId });
  const competitors = useApi('competitors.list', { accountId });
  const commands = usePlanCommands();
  if (!cells.data || !competitors.data) {
    return (
      <SheetFrame testId="analysis-sheet">
        <Loader />
      </SheetFrame>
    );
  }
  const parties: Party[] = [
    { key: 'customer', party: 'customer', competitorId: null, label: t('plan.analysis.customer') },
    { key: 'us', party: 'us', competitorId: null, label: t('plan.analysis.us') },
    ...competitors.data.map((c) => ({ key: c.id, party: 'competitor' as const, competitorId: c.id, label: c.name })),
  ];
  const textOf = (party: Party, dimension: AnalysisDimension) =>
    cells.data.find(
      (c) => c.party === party.party && c.competitorId === party.competitorId && c.dimension === dimension,
    )?.text ?? '';
  return (
    <SheetFrame testId="analysis-sheet">
      <Group justify="space-between">
        <Title order={2}>{t('plan.analysis.title')}</Title>
        <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={() => window.print()} data-no-print>
          {t('plan.print')}
        </Button>
      </Group>
      <Text c="dimmed" size="sm" mb="md">
        {t('plan.analysis.help')}
        {competitors.data.length === 0 && ` ${t('plan.analysis.noCompetitors')}`}
      </Text>
      <Table withTableBorder withColumnBorders verticalSpacing="xs" style={{ tableLayout: 'fixed' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={220}>{t('plan.analysis.dimension')}</Table.Th>
            {parties.map((party) => (
              <Table.Th key={party.key} data-testid={`analysis-column-${party.key}`}>
                {party.label}
              </Table.Th>
            ))}
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
                    value={textOf(party, dimension)}
                    commands={commands}
                  />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </SheetFrame>
  );
}

interface CellProps {
  accountId: string;
  party: Party;
  dimension: AnalysisDimension;
  value: string;
  commands: PlanCommands;
}

/** Multi-line text edited freely and saved once, when focus leaves; Escape restores what was saved. */
function AnalysisCellInput({ accountId, party, dimension, value, commands }: CellProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <Textarea
      variant="unstyled"
      placeholder={t('plan.analysis.placeholder')}
      autosize
      minRows={3}
      value={draft ?? value}
      aria-label={t('plan.analysis.cellLabel', {
        party: party.label,
        dimension: t(`plan.analysis.dimensions.${dimension}`),
      })}
      data-testid={`analysis-cell-${party.key}-${dimension}`}
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
  );
}
