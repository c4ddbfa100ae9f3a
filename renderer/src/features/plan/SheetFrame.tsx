import type { ReactNode } from 'react';
import { Box, Container } from '@mantine/core';
import './print.css';

/** The scrolling page of an account section below the header; what prints when the sheet is printed. */
export function SheetFrame({ children, testId, size = 'xl' }: { children: ReactNode; testId: string; size?: string }) {
  return (
    <Box className="plan-print-root" h="calc(100vh - 56px)" style={{ overflow: 'auto' }} data-testid={testId}>
      <Container size={size} py="md">
        {children}
      </Container>
    </Box>
  );
}
