import { memo } from 'react';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { TeamMember } from '../../../../shared/api/entities';
import classes from './MemberNode.module.css';

export type MemberNodeData = { member: TeamMember; dimmed?: boolean };
export type MemberFlowNode = Node<MemberNodeData, 'member'>;

/** One of our team: drawn unlike their people, so whose side a card is on is never in doubt. */
function MemberNodeView({ data, selected }: NodeProps<MemberFlowNode>) {
  const { t } = useTranslation();
  return (
    <div
      className={classes.member}
      data-selected={selected || undefined}
      data-dimmed={data.dimmed || undefined}
      data-testid="member-card"
    >
      <Handle type="target" position={Position.Top} className={classes.handle} />
      <div className={classes.side}>{t('team.ourSide')}</div>
      <div className={classes.name}>{data.member.name}</div>
      <div className={classes.title}>{data.member.title || '\u00a0'}</div>
      <Handle type="source" position={Position.Bottom} className={classes.handle} />
    </div>
  );
}

export const MemberNode = memo(MemberNodeView);
