import { useEffect, useRef, useState } from 'react';
import { TextInput, type TextInputProps } from '@mantine/core';

interface Props extends Omit<TextInputProps, 'value' | 'onChange' | 'error'> {
  value: string;
  /** Returns an error message to show, or null when the value is acceptable. */
  validate?(value: string): string | null;
  onCommit(value: string): void;
  autoSelect?: boolean;
}

/** Edits locally and saves once, on Enter or when focus leaves; Escape restores the saved value. */
export function CommitTextInput({ value, validate, onCommit, autoSelect, ...rest }: Props) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const [savedValue, setSavedValue] = useState(value);
  const ref = useRef<HTMLInputElement>(null);
  // A new value from the store (an undo, another view) replaces the draft.
  if (savedValue !== value) {
    setSavedValue(value);
    setDraft(value);
    setError(null);
  }
  useEffect(() => {
    if (autoSelect) ref.current?.select();
  }, [autoSelect]);

  const commit = () => {
    const next = draft.trim();
    if (next === value) return setError(null);
    const problem = validate?.(next) ?? null;
    setError(problem);
    if (!problem) onCommit(next);
  };
  return (
    <TextInput
      {...rest}
      ref={ref}
      value={draft}
      error={error}
      onChange={(event) => setDraft(event.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
        if (event.key === 'Escape') {
          setDraft(value);
          setError(null);
        }
      }}
    />
  );
}
