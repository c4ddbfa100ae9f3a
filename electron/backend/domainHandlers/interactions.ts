import type { Db } from '../db/connection';
import type { HandlersOf } from '../handlers';
import type { interactionsMethods } from '../../../shared/api/methods/interactions';
import {
  createInteraction,
  deleteInteraction,
  listInteractions,
  listInteractionsForPerson,
  pageInteractions,
  restoreInteraction,
  updateInteraction,
} from '../services/interactions';
import { contactStatus, personStatus, setCadence } from '../services/interactionsContactStatus';
import {
  createCommitment,
  deleteCommitment,
  listCommitments,
  setCommitmentState,
  updateCommitment,
} from '../services/commitments';

export function interactionsHandlers(db: Db): HandlersOf<keyof typeof interactionsMethods> {
  return {
    'interactions.list': ({ accountId }) => listInteractions(db, accountId),
    'interactions.page': (input) => pageInteractions(db, input),
    'interactions.listForPerson': ({ personId }) => listInteractionsForPerson(db, personId),
    'interactions.create': (input) => createInteraction(db, input),
    'interactions.update': (input) => updateInteraction(db, input),
    'interactions.delete': ({ id }) => deleteInteraction(db, id),
    'interactions.restore': (input) => restoreInteraction(db, input),
    'interactions.contactStatus': (input) => contactStatus(db, input),
    'interactions.personStatus': (input) => personStatus(db, input),
    'interactions.setCadence': (input) => setCadence(db, input),
    'commitments.list': (input) => listCommitments(db, input),
    'commitments.create': (input) => createCommitment(db, input),
    'commitments.update': (input) => updateCommitment(db, input),
    'commitments.setState': (input) => setCommitmentState(db, input),
    'commitments.delete': ({ id }) => deleteCommitment(db, id),
  };
}
