import type { TFunction } from 'i18next';
import type { Person } from '../../../../shared/api/entities';
import { lastAssessedAt } from '../../../../shared/domain/peopleTable';
import type { XlsxColumn, XlsxSheet } from '../../../../shared/domain/xlsx';
import { localDay } from '../../app/localDate';
import { displayName } from './peopleColumns';
import { managerName, type PeopleLookups } from './usePeopleData';

const day = (instant: string | null): string | null => (instant ? localDay(new Date(instant)) : null);

/**
 * The people table as a workbook sheet: one row per person in the order shown, one real column
 * per field (codes as the user's labels, influence and access as numbers, days as Excel dates).
 * Private fields are not among them: this is the table the screen shows.
 */
export function peopleSheet(people: readonly Person[], lookups: PeopleLookups, t: TFunction): XlsxSheet {
  const text = (header: string, width?: number): XlsxColumn => ({ header, kind: 'text', ...(width ? { width } : {}) });
  const columns: XlsxColumn[] = [
    text(t('people.columns.name'), 22),
    text(t('people.columns.title'), 28),
    text(t('people.columns.orgUnit')),
    text(t('people.columns.reportsTo')),
    text(t('people.columns.role'), 16),
    { header: t('people.columns.influence'), kind: 'number' },
    text(t('people.columns.stance'), 16),
    { header: t('people.columns.access'), kind: 'number' },
    text(t('people.columns.progress'), 14),
    text(t('people.columns.layer'), 14),
    text(t('people.columns.competitor')),
    text(t('people.columns.tags'), 30),
    text(t('people.details.email'), 30),
    text(t('people.details.phone'), 18),
    text(t('people.details.mobile'), 18),
    { header: t('people.columns.lastAssessed'), kind: 'date' },
    { header: t('people.columns.lastContact'), kind: 'date' },
    { header: t('people.columns.nextContact'), kind: 'date' },
  ];
  const rows = people.map((person) => {
    const contact = lookups.contactOf.get(person.id);
    return [
      displayName(person, t),
      person.title,
      person.orgUnitId ? (lookups.unitById.get(person.orgUnitId)?.name ?? '') : '',
      managerName(lookups, person.id, t('people.unnamed')),
      t(`enums.role.${person.role}`),
      person.influence,
      t(`enums.stance.${person.stance}`),
      person.access,
      t(`enums.progress.${person.progress}`),
      t(`enums.layer.${person.layer}`),
      person.competitorId ? (lookups.competitorById.get(person.competitorId)?.name ?? '') : '',
      (lookups.tagsOf.get(person.id) ?? []).join(', '),
      person.email,
      person.phone,
      person.mobile,
      day(lastAssessedAt(person)),
      contact?.lastContactDate ?? null,
      contact?.nextDueDate ?? null,
    ];
  });
  return { name: t('workspace.xlsx.peopleSheet'), columns, rows };
}
