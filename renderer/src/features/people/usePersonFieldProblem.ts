import type { PersonPatch } from '../../../../shared/api/contract';
import type { Person } from '../../../../shared/api/entities';
import { inputIssue } from '../../../../shared/api/issues';
import { useFieldProblem, useIssueText } from '../../app/issueText';

/**
 * What people.update would refuse in one field of a person, in the words the refusal would use;
 * null when the value is fine. Only a placeholder may be left without a name.
 */
export function usePersonFieldProblem(person: Person): (field: keyof PersonPatch, value: string) => string | null {
  const fieldProblem = useFieldProblem();
  const issueText = useIssueText();
  return (field, value) => {
    const problem = fieldProblem('people.update', { id: person.id, patch: { [field]: value } }, `patch.${field}`);
    if (problem) return problem;
    if (field === 'name' && value.trim() === '' && !person.isPlaceholder) {
      return issueText(inputIssue('patch.name', 'required'), { method: 'people.update' });
    }
    return null;
  };
}
