import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoverageColumn } from './coverageModel';
import classes from './CoverageView.module.css';

/** A column's head: the member of our team and their role on this account. */
function CoverageMemberHeadView({ column }: { column: CoverageColumn }) {
  const { t } = useTranslation();
  const { member, role, onMap } = column;
  const roleText = role ? t(`coverageView.teamRole.${role}`) : onMap ? t('coverageView.onMapOnly') : '\u00a0';
  return (
    <th scope="col" className={classes.memberHead} data-testid="coverage-member" data-member-id={member.id}>
      <div className={classes.memberName} title={member.title ? `${member.name} · ${member.title}` : member.name}>
        {member.name}
      </div>
      <div className={classes.memberRole}>{roleText}</div>
    </th>
  );
}

export const CoverageMemberHead = memo(CoverageMemberHeadView);
