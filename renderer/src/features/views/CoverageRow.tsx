import { memo } from 'react';
import { IconAlertTriangleFilled } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/api/entities';
import { COVER_STRENGTHS } from '../../../../shared/domain/enums';
import { STANCE_COLOR } from '../map/stanceStyle';
import { CoverageCell } from './CoverageCell';
import { isDecider, strengthCode, type CoverageColumn } from './coverageModel';
import classes from './CoverageView.module.css';

interface Props {
  person: Person;
  columns: readonly CoverageColumn[];
  /** One digit per column (0 none, 1 weak, 2 strong), so an unchanged row is not drawn again. */
  strengths: string;
  /** The strongest coverage by anyone of ours, also by members not shown as a column. */
  best: number;
  row: number;
  onSet(memberId: string, personId: string, strength: number): void;
  onSelect?(personId: string): void;
}

/** One of their people: who they are, how well we cover them at best, and each member's line to them. */
function CoverageRowView({ person, columns, strengths, best, row, onSet, onSelect }: Props) {
  const { t } = useTranslation();
  const name = person.isPlaceholder && !person.name ? t('card.placeholder') : person.name;
  const decider = isDecider(person);
  const uncovered = decider && best === 0;
  const labels = COVER_STRENGTHS.map((code) => t(`coverageView.strength.${code}`));
  return (
    <tr
      className={classes.row}
      data-testid="coverage-row"
      data-person-id={person.id}
      data-uncovered={uncovered || undefined}
    >
      <th scope="row" className={classes.person} onClick={onSelect && (() => onSelect(person.id))}>
        <div className={classes.personName} title={name}>
          {name}
        </div>
        <div className={classes.personMeta}>
          {/* The dot's colour repeats the stance named beside it. */}
          <span className={classes.stanceDot} style={{ background: STANCE_COLOR[person.stance] }} aria-hidden />
          <span data-testid="coverage-stance">{t(`enums.stanceShort.${person.stance}`)}</span>
          <span className={decider ? classes.decider : undefined}>{t(`enums.role.${person.role}`)}</span>
          <span>
            {t('inspector.influence')} {person.influence}
            {person.title ? ` · ${person.title}` : ''}
          </span>
        </div>
      </th>
      <td className={classes.summary} data-testid="coverage-best" data-strength={best}>
        {uncovered ? (
          <span
            className={classes.uncoveredMarker}
            data-testid="uncovered-marker"
            title={t('coverageView.uncoveredTitle')}
            aria-label={t('coverageView.uncoveredTitle')}
          >
            <IconAlertTriangleFilled size={12} aria-hidden />
            {t('coverageView.uncovered')}
          </span>
        ) : (
          <span className={classes.best} data-strength={best}>
            {t(`coverageView.strength.${strengthCode(best)}`)}
          </span>
        )}
      </td>
      {columns.map(({ member }, column) => {
        const strength = Number(strengths[column] ?? 0);
        const label = labels[strength] ?? '';
        return (
          <CoverageCell
            key={member.id}
            memberId={member.id}
            personId={person.id}
            strength={strength}
            text={strength === 0 ? '·' : label}
            ariaLabel={t('coverageView.cellLabel', { member: member.name, person: name, strength: label })}
            row={row}
            column={column}
            onSet={onSet}
          />
        );
      })}
    </tr>
  );
}

export const CoverageRow = memo(CoverageRowView);
