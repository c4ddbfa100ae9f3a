import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Center, Checkbox, Loader, Stack, Table, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import {
  columnVisibilityFeature,
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type SortingState,
  type ColumnVisibilityState,
} from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/api/entities';
import { EMPTY_FILTER, filterPeople, isFiltering, selectAfterClick } from '../../../../shared/domain/peopleTable';
import { useOpenPerson } from './personPageContext';
import { BulkEditBar } from './BulkEditBar';
import { PeopleExportMenu } from './PeopleExportMenu';
import { InlineCell } from './InlineCell';
import { PEOPLE_COLUMNS, displayName, type CellContext, type ColumnSpec } from './peopleColumns';
import { AddPersonButton, PeopleToolbar } from './PeopleToolbar';
import { usePeopleCommands } from './usePeopleCommands';
import { managerName, usePeopleData, type PeopleLookups } from './usePeopleData';
import classes from './PeopleTable.module.css';

const features = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel(), columnVisibilityFeature });
const helper = createColumnHelper<typeof features, Person>();

/** Rows are one line high, so only those in view are drawn: 1,000 people scroll like 20. */
const ROW_HEIGHT = 41;
const OVERSCAN = 8;
const SELECT_WIDTH = 40;
const specById = new Map(PEOPLE_COLUMNS.map((spec) => [spec.id, spec]));

const compare = (a: unknown, b: unknown, collator: Intl.Collator) =>
  typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));

const INITIAL_VISIBILITY: ColumnVisibilityState = Object.fromEntries(
  PEOPLE_COLUMNS.filter((column) => column.hiddenByDefault).map((column) => [column.id, false]),
);

/** The account's people as a sortable, filterable table with inline and bulk editing. */
export function PeopleTable({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const { lookups, error } = usePeopleData(accountId);
  if (error) {
    return (
      <Alert color="red" m="md">
        {t('people.details.loadFailed')}
      </Alert>
    );
  }
  if (!lookups) {
    return (
      <Center h={200}>
        <Loader size="sm" />
      </Center>
    );
  }
  return <LoadedPeopleTable accountId={accountId} lookups={lookups} />;
}

function LoadedPeopleTable({ accountId, lookups }: { accountId: string; lookups: PeopleLookups }) {
  const { t, i18n } = useTranslation();
  const commands = usePeopleCommands(accountId);
  const openPerson = useOpenPerson();
  const [filter, setFilter] = useState(EMPTY_FILTER);
  const [sorting, setSorting] = useState<SortingState>([]);
  const [visibility, setVisibility] = useState<ColumnVisibilityState>(INITIAL_VISIBILITY);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [anchor, setAnchor] = useState<string | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewHeight, setViewHeight] = useState(800);
  const scroller = useRef<HTMLDivElement>(null);

  const ctx = useMemo<CellContext>(
    () => ({ lookups, commands, t, language: i18n.language }),
    [lookups, commands, t, i18n.language],
  );
  const collator = useMemo(() => new Intl.Collator(i18n.language, { numeric: true }), [i18n.language]);
  const columns = useMemo(
    () =>
      helper.columns(
        PEOPLE_COLUMNS.map((spec) =>
          helper.accessor((person: Person) => spec.sortValue(person, ctx), {
            id: spec.id,
            header: () => t(`people.columns.${spec.id}`),
            sortFn: (a, b, id) => compare(a.getValue(id), b.getValue(id), collator),
            // A row without its name would say nothing about whom it is.
            enableHiding: spec.id !== 'name',
          }),
        ),
      ),
    [ctx, collator, t],
  );
  const data = useMemo(
    () =>
      filterPeople(lookups.people, filter, (person) => ({
        orgUnitName: person.orgUnitId ? (lookups.unitById.get(person.orgUnitId)?.name ?? '') : '',
        reportsToName: managerName(lookups, person.id, ''),
        tags: lookups.tagsOf.get(person.id) ?? [],
      })),
    [lookups, filter],
  );
  const table = useTable({
    features,
    columns,
    data,
    getRowId: (person) => person.id,
    state: { sorting, columnVisibility: visibility },
    onSortingChange: setSorting,
    onColumnVisibilityChange: setVisibility,
  });
  const rows = table.getRowModel().rows;
  const shownIds = useMemo(() => rows.map((row) => row.id), [rows]);
  // Selection outlives filtering, but only people still in the account count.
  const selectedIds = useMemo(
    () => lookups.people.filter((p) => selected.has(p.id)).map((p) => p.id),
    [lookups, selected],
  );
  const allShownSelected = shownIds.length > 0 && shownIds.every((id) => selected.has(id));

  // Read through refs so the callbacks stay the same and unchanged rows need not render again.
  const latest = useRef({ shownIds, anchor, rowCount: rows.length });
  useEffect(() => {
    latest.current = { shownIds, anchor, rowCount: rows.length };
  });
  const toggle = useCallback((id: string, shift: boolean) => {
    const { shownIds: ids, anchor: from } = latest.current;
    setSelected((current) => selectAfterClick(current, ids, id, from, shift));
    setAnchor(id);
  }, []);

  const measure = useCallback((node: HTMLDivElement | null) => {
    scroller.current = node;
    if (node) setViewHeight(node.clientHeight || 800);
  }, []);
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + viewHeight) / ROW_HEIGHT) + OVERSCAN);
  const visibleColumns = table.getVisibleLeafColumns();
  const visibleSpecs = useMemo(() => PEOPLE_COLUMNS.filter((spec) => visibility[spec.id] !== false), [visibility]);

  const addPerson = (name: string) => {
    const { personId, done } = commands.addPerson(name);
    void done.then((ok) => ok && openPerson(personId));
  };

  const focusRow = useCallback((index: number) => {
    const node = scroller.current;
    if (!node || index < 0 || index >= latest.current.rowCount) return;
    if (index * ROW_HEIGHT < node.scrollTop) node.scrollTop = index * ROW_HEIGHT;
    if ((index + 1) * ROW_HEIGHT > node.scrollTop + node.clientHeight - ROW_HEIGHT)
      node.scrollTop = (index + 2) * ROW_HEIGHT - node.clientHeight;
    requestAnimationFrame(() => node.querySelector<HTMLElement>(`tr[data-index="${index}"]`)?.focus());
  }, []);

  return (
    <Stack gap={0} h="calc(100vh - 56px)" data-testid="people-table">
      <PeopleToolbar
        filter={filter}
        onFilterChange={setFilter}
        lookups={lookups}
        columns={table
          .getAllLeafColumns()
          .filter((column) => column.getCanHide())
          .map((column) => ({
            id: column.id,
            visible: column.getIsVisible(),
            toggle: () => column.toggleVisibility(),
          }))}
        shown={rows.length}
        onAddPerson={addPerson}
        exportMenu={
          <PeopleExportMenu
            accountId={accountId}
            shown={rows.map((row) => row.original)}
            selectedIds={selectedIds}
            lookups={lookups}
          />
        }
      />
      {selectedIds.length > 0 && (
        <BulkEditBar
          selectedIds={selectedIds}
          lookups={lookups}
          commands={commands}
          onClear={() => setSelected(new Set())}
        />
      )}
      {lookups.people.length === 0 ? (
        <Center flex={1}>
          <Stack align="center" gap="sm" maw={420} data-testid="people-empty-state">
            <Text c="dimmed" ta="center" data-testid="people-empty">
              {t('people.table.empty')}
            </Text>
            <AddPersonButton onAdd={addPerson} />
          </Stack>
        </Center>
      ) : (
        <div
          className={classes.scroller}
          ref={measure}
          onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
        >
          <Table
            stickyHeader
            highlightOnHover
            layout="fixed"
            w={SELECT_WIDTH + visibleColumns.reduce((sum, column) => sum + (specById.get(column.id)?.width ?? 0), 0)}
            miw="100%"
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={SELECT_WIDTH} className={classes.stickySelect}>
                  <Checkbox
                    size="xs"
                    aria-label={t('people.table.selectAll')}
                    checked={allShownSelected}
                    indeterminate={!allShownSelected && shownIds.some((id) => selected.has(id))}
                    onChange={() =>
                      setSelected((current) => {
                        const next = new Set(current);
                        for (const id of shownIds) {
                          if (allShownSelected) next.delete(id);
                          else next.add(id);
                        }
                        return next;
                      })
                    }
                    data-testid="select-all"
                  />
                </Table.Th>
                {table.getHeaderGroups()[0]?.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const Icon = sorted === 'asc' ? IconArrowUp : sorted === 'desc' ? IconArrowDown : IconArrowsSort;
                  return (
                    <Table.Th
                      key={header.id}
                      className={header.id === 'name' ? classes.stickyName : undefined}
                      w={specById.get(header.id)?.width}
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                    >
                      <button
                        type="button"
                        className={classes.headerButton}
                        style={{ all: 'unset', cursor: 'pointer' }}
                        title={t('people.table.sortHint')}
                        onClick={header.column.getToggleSortingHandler()}
                        data-testid={`sort-${header.id}`}
                      >
                        <span className={classes.headerButton}>
                          {t(`people.columns.${header.id}`)}
                          <Icon size={12} opacity={sorted ? 1 : 0.35} />
                        </span>
                      </button>
                    </Table.Th>
                  );
                })}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {first > 0 && <tr style={{ height: first * ROW_HEIGHT }} aria-hidden />}
              {rows.slice(first, last).map((row, offset) => (
                <PeopleRow
                  key={row.id}
                  person={row.original}
                  index={first + offset}
                  selected={selected.has(row.id)}
                  columns={visibleSpecs}
                  ctx={ctx}
                  onToggle={toggle}
                  onOpen={openPerson}
                  onFocusRow={focusRow}
                />
              ))}
              {last < rows.length && <tr style={{ height: (rows.length - last) * ROW_HEIGHT }} aria-hidden />}
            </Table.Tbody>
          </Table>
          {rows.length === 0 && isFiltering(filter) && (
            <Text c="dimmed" ta="center" p="xl" data-testid="people-empty-filtered">
              {t('people.table.emptyFiltered')}
            </Text>
          )}
        </div>
      )}
    </Stack>
  );
}

interface RowProps {
  person: Person;
  index: number;
  selected: boolean;
  columns: ColumnSpec[];
  ctx: CellContext;
  onToggle(id: string, shift: boolean): void;
  onOpen(id: string): void;
  onFocusRow(index: number): void;
}

/** One person's row; drawn again only when that person, the selection of the row or the columns change. */
const PeopleRow = memo(function PeopleRow({
  person,
  index,
  selected,
  columns,
  ctx,
  onToggle,
  onOpen,
  onFocusRow,
}: RowProps) {
  const { t } = ctx;
  const name = displayName(person, t);
  return (
    <Table.Tr
      className={classes.row}
      h={ROW_HEIGHT}
      tabIndex={0}
      data-index={index}
      data-selected={selected}
      data-testid="people-row"
      data-person={person.name}
      onDoubleClick={() => onOpen(person.id)}
      onKeyDown={(event) => {
        if (event.target !== event.currentTarget) return;
        if (event.key === 'Enter') onOpen(person.id);
        else if (event.key === ' ') {
          event.preventDefault();
          onToggle(person.id, event.shiftKey);
        } else if (event.key === 'ArrowDown') {
          event.preventDefault();
          onFocusRow(index + 1);
        } else if (event.key === 'ArrowUp') {
          event.preventDefault();
          onFocusRow(index - 1);
        }
      }}
    >
      <Table.Td className={classes.stickySelect} onDoubleClick={(event) => event.stopPropagation()}>
        <Checkbox
          size="xs"
          aria-label={t('people.table.selectRow', { name })}
          checked={selected}
          onChange={() => {}}
          onClick={(event) => onToggle(person.id, event.shiftKey)}
          data-testid="select-row"
        />
      </Table.Td>
      {columns.map((spec) => (
        <Table.Td key={spec.id} className={spec.id === 'name' ? `${classes.cell} ${classes.stickyName}` : classes.cell}>
          {spec.id === 'name' ? (
            <button
              type="button"
              style={{ all: 'unset', cursor: 'pointer', display: 'block', maxWidth: '100%' }}
              onClick={() => onOpen(person.id)}
              data-testid="open-person"
            >
              {spec.render(person, ctx)}
            </button>
          ) : (
            <InlineCell column={spec} person={person} ctx={ctx} label={t(`people.columns.${spec.id}`)} />
          )}
        </Table.Td>
      ))}
    </Table.Tr>
  );
});
