import { Text } from '@mantine/core';

/** Placeholder until this part is built. */
export function PeopleTable(props: { accountId: string }) {
  void props;
  return (
    <Text c="dimmed" p="md" data-testid="people-table">
      …
    </Text>
  );
}
