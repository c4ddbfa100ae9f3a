import { useState } from 'react';
import { Select, TextInput, UnstyledButton } from '@mantine/core';
import type { Person } from '../../../../shared/api/entities';
import type { CellContext, ColumnSpec } from './peopleColumns';
import classes from './PeopleTable.module.css';
import { usePersonFieldProblem } from './usePersonFieldProblem';

interface Props {
  column: ColumnSpec;
  person: Person;
  ctx: CellContext;
  label: string;
}

/**
 * A table cell that shows its value and, once clicked, edits it in place: a list opens for a
 * choice, a text field for text. Enter (or a pick) saves; Escape leaves the value as it was.
 */
export function InlineCell({ column, person, ctx, label }: Props) {
  const [editing, setEditing] = useState(false);
  const { edit, commit } = column;
  if (!edit || !commit) return <>{column.render(person, ctx)}</>;
  if (!editing) {
    return (
      <UnstyledButton
        className={classes.editable}
        onClick={(event) => {
          event.stopPropagation();
          setEditing(true);
        }}
        onDoubleClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          // Enter on the cell edits it; only Enter on the row itself opens the person.
          if (event.key === 'Enter') event.stopPropagation();
        }}
        aria-label={`${label}: ${person.name}`}
        data-testid={`cell-${column.id}`}
      >
        {column.render(person, ctx)}
      </UnstyledButton>
    );
  }
  const stop = (event: React.SyntheticEvent) => event.stopPropagation();
  if (edit.kind === 'select') {
    return (
      <div onClick={stop} onDoubleClick={stop} onKeyDown={stop}>
        <Select
          size="xs"
          autoFocus
          defaultDropdownOpened
          searchable
          aria-label={label}
          data={edit.options(ctx, person)}
          value={edit.get(person, ctx)}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
          onChange={(value) => {
            setEditing(false);
            if (value !== null && value !== edit.get(person, ctx)) commit(value, person, ctx);
          }}
          onDropdownClose={() => setEditing(false)}
          onBlur={() => setEditing(false)}
          data-testid={`edit-${column.id}`}
        />
      </div>
    );
  }
  return <TextCellEditor column={column} person={person} ctx={ctx} label={label} onDone={() => setEditing(false)} />;
}

function TextCellEditor({ column, person, ctx, label, onDone }: Props & { onDone(): void }) {
  const edit = column.edit as Extract<ColumnSpec['edit'], { kind: 'text' }>;
  const [draft, setDraft] = useState(edit.get(person));
  const [error, setError] = useState<string | null>(null);
  const fieldProblem = usePersonFieldProblem(person);
  const save = () => {
    const next = draft.trim();
    if (next === edit.get(person)) return onDone();
    const problem = fieldProblem(edit.field, next);
    if (problem) return setError(problem);
    column.commit?.(next, person, ctx);
    onDone();
  };
  return (
    <div onClick={(e) => e.stopPropagation()} onDoubleClick={(e) => e.stopPropagation()}>
      <TextInput
        size="xs"
        autoFocus
        aria-label={label}
        value={draft}
        error={error}
        maxLength={edit.maxLength}
        onChange={(event) => setDraft(event.currentTarget.value)}
        onBlur={save}
        onKeyDown={(event) => {
          event.stopPropagation();
          if (event.key === 'Enter') save();
          if (event.key === 'Escape') onDone();
        }}
        data-testid={`edit-${column.id}`}
      />
    </div>
  );
}
