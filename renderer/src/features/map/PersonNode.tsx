import { memo } from 'react';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/api/entities';
import { INFLUENCE_MAX } from '../../../../shared/domain/enums';
import { STANCE_COLOR } from './stanceStyle';
import classes from './PersonNode.module.css';

export type PersonNodeData = { person: Person };
export type PersonFlowNode = Node<PersonNodeData, 'person'>;

/** A stakeholder card as seed 003 draws it: role top-left, stance bottom-right, name in the middle. */
function PersonNodeView({ data, selected }: NodeProps<PersonFlowNode>) {
  const { t } = useTranslation();
  const { person } = data;
  const color = STANCE_COLOR[person.stance];
  return (
    <div
      className={classes.card}
      data-selected={selected || undefined}
      data-testid="person-card"
      style={{ borderLeftColor: color }}
    >
      <Handle type="target" position={Position.Top} className={classes.handle} />
      <div className={classes.top}>
        <span className={classes.role}>{t(`enums.role.${person.role}`)}</span>
        <span className={classes.pips} aria-label={`${t('inspector.influence')} ${person.influence}`}>
          {Array.from({ length: INFLUENCE_MAX }, (_, i) => (
            <span key={i} className={classes.pip} data-on={i < person.influence || undefined} />
          ))}
        </span>
      </div>
      <div className={classes.name}>{person.name}</div>
      <div className={classes.title}>{person.title || '\u00a0'}</div>
      <div className={classes.bottom}>
        <span className={classes.stance} style={{ background: color }}>
          {t(`enums.stance.${person.stance}`)}
        </span>
      </div>
      <Handle type="source" position={Position.Bottom} className={classes.handle} />
    </div>
  );
}

export const PersonNode = memo(PersonNodeView);
