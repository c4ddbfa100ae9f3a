import { Stack, Text, UnstyledButton } from '@mantine/core';
import {
  IconChecklist,
  IconId,
  IconLayoutGrid,
  IconSitemap,
  IconTimeline,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ACCOUNT_SECTIONS, type AccountSection } from './sections';
import classes from './SectionNav.module.css';

const ICONS: Record<AccountSection, Icon> = {
  map: IconSitemap,
  people: IconUsers,
  timeline: IconTimeline,
  plan: IconChecklist,
  analysis: IconLayoutGrid,
  profile: IconId,
};

interface Props {
  value: AccountSection;
  onChange(section: AccountSection): void;
}

/** The account's parts down the left edge, as in other desktop tools: always there, never in the way. */
export function SectionNav({ value, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} component="nav" aria-label={t('sections.label')} data-testid="section-nav">
      {ACCOUNT_SECTIONS.map((section) => {
        const SectionIcon = ICONS[section];
        return (
          <UnstyledButton
            key={section}
            className={classes.item}
            data-active={value === section || undefined}
            aria-current={value === section ? 'page' : undefined}
            onClick={() => onChange(section)}
            data-testid={`section-${section}`}
          >
            <SectionIcon size={20} stroke={1.6} />
            <Text size="10px" lh={1.2} ta="center">
              {t(`sections.${section}`)}
            </Text>
          </UnstyledButton>
        );
      })}
    </Stack>
  );
}
