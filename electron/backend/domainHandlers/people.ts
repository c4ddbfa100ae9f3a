import type { Db } from '../db/connection';
import type { HandlersOf } from '../handlers';
import { getPerson } from '../services/people';
import { confirmAssessment, undoConfirmAssessment } from '../services/assessmentReviews';
import { updateEach, updateMany } from '../services/peopleBulk';
import { changeTags, setTagsEach, tableContext } from '../services/peopleTags';

const OK = { ok: true } as const;

/** The people table's and person page's methods beyond the basic ones in handlers.ts. */
export function peopleHandlers(
  db: Db,
): HandlersOf<
  | 'people.get'
  | 'people.updateMany'
  | 'people.updateEach'
  | 'people.changeTags'
  | 'people.setTagsEach'
  | 'people.tableContext'
  | 'people.confirmAssessment'
  | 'people.undoConfirmAssessment'
> {
  return {
    'people.get': ({ id }) => getPerson(db, id),
    'people.updateMany': (input) => updateMany(db, input),
    'people.updateEach': (input) => (updateEach(db, input), OK),
    'people.changeTags': (input) => changeTags(db, input),
    'people.setTagsEach': (input) => (setTagsEach(db, input), OK),
    'people.tableContext': ({ accountId }) => tableContext(db, accountId),
    'people.confirmAssessment': (input) => confirmAssessment(db, input),
    'people.undoConfirmAssessment': (input) => undoConfirmAssessment(db, input),
  };
}
