import { type CSSVariablesResolver, createTheme } from '@mantine/core';

/**
 * Mantine's defaults put several colours below WCAG AA on white (dimmed gray.6 is 3.3:1, filled
 * blue.6 with white text 3.6:1, light-variant green 3.8:1). Shade 8 makes filled buttons 5:1 and
 * the overrides below darken dimmed, error and badge text so axe passes.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'sm',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  focusRing: 'auto',
  cursorType: 'pointer',
});

const darkTextOnLight: Record<string, string> = {
  '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
  '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
  '--mantine-color-error': 'var(--mantine-color-red-9)',
  '--mantine-color-anchor': 'var(--mantine-color-blue-9)',
  '--mantine-color-red-light-color': '#9b1c1c',
  '--mantine-color-green-light-color': '#1e6b2f',
  '--mantine-color-teal-light-color': '#0b5e45',
  '--mantine-color-blue-light-color': '#114a80',
  '--mantine-color-orange-light-color': '#8a3a0a',
  '--mantine-color-yellow-light-color': '#6b4e00',
  '--mantine-color-gray-light-color': '#343a40',
};

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: darkTextOnLight,
  dark: {},
});
