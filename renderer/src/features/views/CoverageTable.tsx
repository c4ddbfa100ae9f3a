import { Fragment, memo, startTransition, useEffect, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CoverageMemberHead } from './CoverageMemberHead';
import { CoverageRow } from './CoverageRow';
import { coverKey, type CoverageColumn, type CoverageGroup } from './coverageModel';
import classes from './CoverageView.module.css';

/** A long matrix is drawn in slices, so the first rows show at once and the rest follow. */
const FIRST_ROWS = 60;
const MORE_ROWS = 200;

const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/** Arrow keys move between the cells of the matrix. */
function moveFocus(event: KeyboardEvent<HTMLTableSectionElement>) {
  const step = ARROWS[event.key];
  const cell = event.target as HTMLElement;
  if (!step || cell.dataset.testid !== 'coverage-cell') return;
  const row = Number(cell.dataset.row) + step[0];
  const column = Number(cell.dataset.column) + step[1];
  event.preventDefault();
  event.currentTarget.querySelector<HTMLElement>(`[data-row="${row}"][data-column="${column}"]`)?.focus();
}

interface Props {
  columns: readonly CoverageColumn[];
  groups: readonly CoverageGroup[];
  /** Strength by `coverKey(member, person)`; missing is none. */
  strengths: ReadonlyMap<string, number>;
  /** The strongest coverage of each person by anyone of ours. */
  best: ReadonlyMap<string, number>;
  onSet(memberId: string, personId: string, strength: number): void;
  onSelect?(personId: string): void;
}

/** Their people down (grouped by layer), our team across, a summary column after the names. */
function CoverageTableView({ columns, groups, strengths, best, onSet, onSelect }: Props) {
  const { t } = useTranslation();
  const total = groups.reduce((sum, group) => sum + group.people.length, 0);
  const [shownRows, setShownRows] = useState(FIRST_ROWS);
  useEffect(() => {
    if (shownRows >= total) return;
    const timer = setTimeout(() => startTransition(() => setShownRows((shown) => shown + MORE_ROWS)), 0);
    return () => clearTimeout(timer);
  }, [shownRows, total]);

  let row = 0;
  return (
    <table className={classes.table} data-testid="coverage-matrix">
      <thead>
        <tr>
          <th scope="col" className={classes.personHead}>
            {t('coverageView.theirPeople')}
          </th>
          <th scope="col" className={classes.summaryHead}>
            {t('coverageView.strongest')}
          </th>
          {columns.map((column) => (
            <CoverageMemberHead key={column.member.id} column={column} />
          ))}
        </tr>
      </thead>
      <tbody onKeyDown={moveFocus}>
        {groups.map((group) => (
          <Fragment key={group.layer}>
            {row < shownRows && (
              <tr>
                <td className={classes.group} colSpan={columns.length + 2}>
                  <span className={classes.groupLabel}>{t(`enums.layer.${group.layer}`)}</span>
                </td>
              </tr>
            )}
            {group.people.map((person) => {
              const index = row++;
              return (
                index < shownRows && (
                  <CoverageRow
                    key={person.id}
                    person={person}
                    columns={columns}
                    strengths={columns.map(({ member }) => strengths.get(coverKey(member.id, person.id)) ?? 0).join('')}
                    best={best.get(person.id) ?? 0}
                    row={index}
                    onSet={onSet}
                    onSelect={onSelect}
                  />
                )
              );
            })}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}

export const CoverageTable = memo(CoverageTableView);
