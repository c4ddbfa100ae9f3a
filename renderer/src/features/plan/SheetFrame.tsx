import { useEffect, type ReactNode } from 'react';
import { Box, Container } from '@mantine/core';
import { styleNonce } from '../../app/contentSecurityPolicy';
import './print.css';

interface Props {
  children: ReactNode;
  testId: string;
  size?: string;
  /** Wide sheets print across the page. */
  landscape?: boolean;
}

/** The scrolling page of an account section below the header; what prints when the sheet is printed. */
export function SheetFrame({ children, testId, size = 'xl', landscape = false }: Props) {
  useEffect(() => {
    if (!landscape) return;
    // @page cannot be scoped to an element, so the rule lives only while this sheet is shown.
    const style = document.createElement('style');
    style.nonce = styleNonce();
    style.textContent = '@page { size: A4 landscape; margin: 12mm; }';
    document.head.append(style);
    return () => style.remove();
  }, [landscape]);
  return (
    <Box className="plan-print-root" h="calc(100vh - 56px)" style={{ overflow: 'auto' }} data-testid={testId}>
      <Container size={size} py="md">
        {children}
      </Container>
    </Box>
  );
}
