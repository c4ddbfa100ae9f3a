import { memo } from 'react';
import { STRENGTH_MAX } from './coverageModel';
import classes from './CoverageView.module.css';

interface Props {
  memberId: string;
  personId: string;
  strength: number;
  /** What the cell shows, and what it says to a screen reader (computed by the row, once per row). */
  text: string;
  ariaLabel: string;
  row: number;
  column: number;
  onSet(memberId: string, personId: string, strength: number): void;
}

/** How strongly one of ours covers one of theirs; a click steps none → weak → strong → none. */
function CoverageCellView({ memberId, personId, strength, text, ariaLabel, row, column, onSet }: Props) {
  return (
    <td className={classes.cellTd}>
      <button
        type="button"
        className={classes.cell}
        data-testid="coverage-cell"
        data-member-id={memberId}
        data-person-id={personId}
        data-strength={strength}
        data-row={row}
        data-column={column}
        // Only one cell of the matrix is in the tab order; arrow keys move between the others.
        tabIndex={row === 0 && column === 0 ? 0 : -1}
        aria-label={ariaLabel}
        onClick={() => onSet(memberId, personId, strength >= STRENGTH_MAX ? 0 : strength + 1)}
        onKeyDown={(event) => {
          const digit = Number(event.key);
          if (event.key.length === 1 && Number.isInteger(digit) && digit >= 0 && digit <= STRENGTH_MAX) {
            event.preventDefault();
            if (digit !== strength) onSet(memberId, personId, digit);
          }
        }}
      >
        {text}
      </button>
    </td>
  );
}

export const CoverageCell = memo(CoverageCellView);
