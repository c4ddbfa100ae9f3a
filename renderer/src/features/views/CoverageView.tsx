import type { ViewProps } from './InfluenceStanceView';

/** Our team × their key people; each cell a relationship strength that can be set. */
export function CoverageView(_props: ViewProps) {
  return <div data-testid="coverage-view" />;
}
