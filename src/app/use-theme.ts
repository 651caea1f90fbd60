import { useEffect } from 'react';
import { THEMES, themeCssVariables, type ThemeName } from '../core/index';
import { useAppStore } from '../state/store';
import { useMediaQuery } from './use-media-query';

const query = '(prefers-color-scheme: dark)';

/** The theme in use: the stored choice, or the system's when the choice is "system". Applies its tokens. */
export function useTheme(): ThemeName {
  const choice = useAppStore((s) => s.theme);
  const systemDark = useMediaQuery(query);
  const theme: ThemeName = choice === 'system' ? (systemDark ? 'dark' : 'light') : choice;
  useEffect(() => {
    const root = document.documentElement;
    for (const [name, value] of Object.entries(themeCssVariables(THEMES[theme]))) root.style.setProperty(name, value);
    root.dataset.theme = theme;
    root.style.colorScheme = theme;
  }, [theme]);
  return theme;
}
