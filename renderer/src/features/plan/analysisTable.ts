import type { TFunction } from 'i18next';
import type { Competitor } from '../../../../shared/api/entities';
import type { AnalysisCell } from '../../../../shared/api/methods/plan';
import { buildCsv } from '../../../../shared/domain/csv';
import { ANALYSIS_DIMENSIONS, type AnalysisDimension } from '../../../../shared/domain/enums';

/** One column of the account analysis sheet: the customer, us, or one competitor. */
export interface AnalysisParty {
  key: string;
  party: AnalysisCell['party'];
  competitorId: string | null;
  label: string;
}

/** The sheet's columns in order: the customer, us, then each competitor as listed. */
export function analysisParties(competitors: readonly Competitor[], t: TFunction): AnalysisParty[] {
  return [
    { key: 'customer', party: 'customer', competitorId: null, label: t('plan.analysis.customer') },
    { key: 'us', party: 'us', competitorId: null, label: t('plan.analysis.us') },
    ...competitors.map((c) => ({ key: c.id, party: 'competitor' as const, competitorId: c.id, label: c.name })),
  ];
}

/** What one cell says; an empty cell has no row. */
export function cellText(
  cells: readonly AnalysisCell[],
  party: Pick<AnalysisParty, 'party' | 'competitorId'>,
  dimension: AnalysisDimension,
): string {
  return (
    cells.find((c) => c.party === party.party && c.competitorId === party.competitorId && c.dimension === dimension)
      ?.text ?? ''
  );
}

/** The analysis sheet as a spreadsheet shows it: one row per dimension, one column per party. */
export function analysisCsv(cells: readonly AnalysisCell[], competitors: readonly Competitor[], t: TFunction): string {
  const parties = analysisParties(competitors, t);
  const header = [t('plan.analysis.dimension'), ...parties.map((p) => p.label)];
  const rows = ANALYSIS_DIMENSIONS.map((dimension) => [
    t(`plan.analysis.dimensions.${dimension}`),
    ...parties.map((party) => cellText(cells, party, dimension)),
  ]);
  return buildCsv(header, rows);
}
