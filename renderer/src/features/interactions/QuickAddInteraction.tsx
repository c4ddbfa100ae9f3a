/** Placeholder until this part is built: the quick-add of an interaction, from anywhere, by one shortcut. */
export function QuickAddInteraction(props: { accountId: string | null }) {
  void props;
  return null;
}
