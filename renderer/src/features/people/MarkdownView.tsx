import Markdown, { type Components } from 'react-markdown';
import { Anchor, Typography } from '@mantine/core';
import { isExternalLink } from '../../../../shared/domain/externalLinks';

/** Links that leave the app open in the browser; any other kind shows as plain text. */
const components: Components = {
  a: ({ href, children }) =>
    isExternalLink(href) ? (
      // A new window is refused by the desktop shell, which hands the address to the system browser.
      <Anchor href={href} target="_blank" rel="noopener noreferrer">
        {children}
      </Anchor>
    ) : (
      <span>{children}</span>
    ),
  img: ({ alt }) => <span>{alt}</span>,
};

/** Markdown as the user wrote it: paragraphs, lists, emphasis and links; raw HTML is dropped. */
export function MarkdownView({ text }: { text: string }) {
  return (
    <Typography fz="sm">
      <Markdown skipHtml components={components}>
        {text}
      </Markdown>
    </Typography>
  );
}
