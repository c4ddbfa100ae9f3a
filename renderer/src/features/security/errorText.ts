import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../shared/api/errors';
import { useIssueText } from '../../app/issueText';

/** A failed call as the form shows it under its field: the first issue, or what the error code means. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  const issueText = useIssueText();
  return (error) => {
    if (!(error instanceof ApiError)) return t('errors.internal');
    const [issue] = error.issues;
    return issue ? issueText(issue, { method: error.method }) : t(`errors.${error.code}`);
  };
}
