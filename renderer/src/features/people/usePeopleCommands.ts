import { useMemo } from 'react';
import type { PersonPatch } from '../../../../shared/api/contract';
import type { Person, Relation } from '../../../../shared/api/entities';
import type { AssessmentStamps, BulkPersonPatch } from '../../../../shared/api/methods/people';
import { api } from '../../api/client';
import { storeCommand } from '../../undo/storeCommand';
import { fieldsBefore } from '../../undo/fieldsBefore';
import { utcOffset } from '../history/format';
import { useUndo } from '../../undo/UndoContext';
import { trackedFieldsChanged } from '../../../../shared/domain/changeReasons';
import { newChange, useReasonOffer } from '../history/reasons/useReasonOffer';
import { setTagsCommand } from './setTagsCommand';

const command = storeCommand;

/** Every edit the people table and person page make, each one undoable. */
export function usePeopleCommands(accountId: string) {
  const { perform } = useUndo();
  const offerReason = useReasonOffer();
  return useMemo(
    () => ({
      /**
       * Without a reason, a changed assessment is offered one afterwards. `learnedOn` dates it to
       * the day it was learned; undo gives back what the store had before, not what was shown.
       */
      async updatePerson(person: Person, patch: PersonPatch, reason?: string, learnedOn?: string) {
        let before: PersonPatch | null = null;
        const change = newChange();
        const dated = learnedOn ? { learnedOn, utcOffset: utcOffset() } : {};
        const done = await perform(
          command(
            'editPerson',
            async () => {
              const result = await api.call('people.update', {
                id: person.id,
                patch,
                reason,
                changeId: change.next(),
                ...dated,
              });
              before = fieldsBefore(result.before, patch);
            },
            async () => {
              if (before) await api.call('people.update', { id: person.id, patch: before });
              change.undone();
            },
          ),
        );
        if (done && !reason) offerReason(change, person, trackedFieldsChanged([person], patch));
        return done;
      },

      /**
       * "Still right": the person's assessment is judged again and found unchanged, dated today or
       * the day it was learned; one undo step takes the review back whole.
       */
      confirmAssessment(personId: string, learnedOn?: string) {
        let review: { changeId: string; before: AssessmentStamps } | null = null;
        const dated = learnedOn ? { learnedOn, utcOffset: utcOffset() } : {};
        return perform(
          command(
            'confirmAssessment',
            async () => {
              // Redo is the same review again, under the change id undo freed.
              const result = await api.call('people.confirmAssessment', {
                personId,
                changeId: review?.changeId,
                ...dated,
              });
              review = { changeId: result.changeId, before: result.before };
            },
            async () => {
              if (review) await api.call('people.undoConfirmAssessment', { personId, ...review });
            },
          ),
        );
      },

      /** One change for many people: one undo step that gives each their own value back. */
      async updateMany(ids: string[], patch: BulkPersonPatch, reason?: string) {
        let before: { id: string; patch: PersonPatch }[] = [];
        const change = newChange();
        const done = await perform(
          command(
            'editPerson',
            async () => {
              before = (await api.call('people.updateMany', { ids, patch, reason, changeId: change.next() })).before;
            },
            async () => {
              await api.call('people.updateEach', { items: before });
              change.undone();
            },
          ),
        );
        if (done && !reason) {
          const changed = before.filter((person) => trackedFieldsChanged([person.patch], patch).length > 0);
          offerReason(
            change,
            changed.length,
            trackedFieldsChanged(
              changed.map((person) => person.patch),
              patch,
            ),
          );
        }
        return done;
      },

      changeTags(ids: string[], add: string[], remove: string[]) {
        let before: { personId: string; names: string[] }[] = [];
        return perform(
          command(
            'setTags',
            async () => {
              before = (await api.call('people.changeTags', { ids, add, remove })).before;
            },
            () => api.call('people.setTagsEach', { items: before }),
          ),
        );
      },

      setTags(personId: string, names: string[]) {
        return perform(setTagsCommand(personId, names));
      },

      /**
       * The person reports to `managerId` (or to nobody) in one call: the store swaps their
       * reports-to lines and says which, so undo puts back what it really removed.
       */
      setReportsTo(personId: string, current: Relation[], managerId: string | null) {
        const id = crypto.randomUUID();
        let change: { removed: Relation[]; created: Relation | null } | null = null;
        return perform(
          command(
            current.length && !managerId ? 'deleteLine' : 'addLine',
            async () => {
              if (change)
                await api.call('relations.replace', {
                  remove: change.removed.map((line) => line.id),
                  add: change.created ? [change.created] : [],
                });
              else change = await api.call('relations.setReportsTo', { personId, managerId, id });
            },
            async () => {
              if (!change) return;
              await api.call('relations.replace', {
                remove: change.created ? [change.created.id] : [],
                add: change.removed,
              });
            },
          ),
        );
      },

      /** A new person of the account, on no map yet; the same id comes back on redo. */
      addPerson(name: string): { personId: string; done: Promise<boolean> } {
        const personId = crypto.randomUUID();
        let created = false;
        const done = perform(
          command(
            'addPerson',
            async () => {
              if (created) await api.call('people.restore', { ids: [personId] });
              else await api.call('people.create', { id: personId, accountId, name });
              created = true;
            },
            () => api.call('people.delete', { ids: [personId] }),
          ),
        );
        return { personId, done };
      },
    }),
    [perform, accountId, offerReason],
  );
}

export type PeopleCommands = ReturnType<typeof usePeopleCommands>;
