import { Text } from '@mantine/core';

/** Placeholder until this part is built. */
export function AnalysisSheet(props: { accountId: string }) {
  void props;
  return (
    <Text c="dimmed" p="md" data-testid="analysis-sheet">
      …
    </Text>
  );
}
