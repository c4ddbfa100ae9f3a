import { useState } from 'react';
import { Textarea, type TextareaProps } from '@mantine/core';

interface Props extends Omit<TextareaProps, 'value' | 'onChange'> {
  value: string;
  onCommit(value: string): void;
}

/** A longer text saved once, when focus leaves; Escape restores the saved value. */
export function CommitTextarea({ value, onCommit, ...rest }: Props) {
  const [draft, setDraft] = useState(value);
  const [saved, setSaved] = useState(value);
  if (saved !== value) {
    setSaved(value);
    setDraft(value);
  }
  return (
    <Textarea
      autosize
      minRows={2}
      maxRows={8}
      {...rest}
      value={draft}
      onChange={(event) => setDraft(event.currentTarget.value)}
      onBlur={() => draft !== value && onCommit(draft)}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && draft !== value) {
          event.stopPropagation();
          setDraft(value);
        }
      }}
    />
  );
}
