import type { AccountSection } from './sections';
import { PeopleTable } from '../people/PeopleTable';
import { AccountTimeline } from '../interactions/AccountTimeline';
import { ActionPlanSheet } from '../plan/ActionPlanSheet';
import { AnalysisSheet } from '../plan/AnalysisSheet';
import { AccountProfile } from '../plan/AccountProfile';
import type { ActionDraft } from '../plan/ActionModal';

interface Props {
  section: Exclude<AccountSection, 'map'>;
  accountId: string;
  /** A new action waiting to be filled in on the plan sheet. */
  actionDraft: ActionDraft | null;
  onActionDraftClosed(): void;
}

/** Every section but the map fills the main area; each one loads its own data. */
export function AccountSectionView({ section, accountId, actionDraft, onActionDraftClosed }: Props) {
  switch (section) {
    case 'people':
      return <PeopleTable accountId={accountId} />;
    case 'timeline':
      return <AccountTimeline accountId={accountId} />;
    case 'plan':
      return <ActionPlanSheet accountId={accountId} draft={actionDraft} onDraftClosed={onActionDraftClosed} />;
    case 'analysis':
      return <AnalysisSheet accountId={accountId} />;
    case 'profile':
      return <AccountProfile accountId={accountId} />;
  }
}
