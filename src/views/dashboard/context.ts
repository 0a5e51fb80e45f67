/**
 * What every part of the dashboard screen shares, as Svelte context: the
 * user's choices, the screen's derived state, the data sources, the link,
 * presentation mode and the screen's own flags (dialogs, table). Dashboard.svelte
 * builds it once; the parts under src/views/dashboard/ take it with
 * `useDashboard()` instead of threading dozens of props through the layouts.
 */
import { createContext } from 'svelte';
import type { DataSources, LoadedDataset } from '../../lib/api/dataSources.svelte';
import type { ThemeName } from '../../lib/scales/palette';
import type { AppState } from '../../lib/state/appState.svelte';
import type { DashboardState } from '../../lib/state/dashboardState.svelte';
import type { PresentationMode } from '../../lib/state/presentationMode.svelte';
import type { UrlSync } from '../../lib/state/urlSync.svelte';
import type { LanguageSwitch } from './languageSwitch.svelte';
import type { ScreenFlags } from './screenFlags.svelte';

export interface Dashboard {
  app: AppState;
  screen: DashboardState;
  sources: DataSources;
  url: UrlSync;
  presentation: PresentationMode;
  flags: ScreenFlags;
  /** The language menu switches through it: English loads first (a chunk of its own). */
  language: LanguageSwitch;
  /** The theme drawn now ("auto" resolved against the system and the mode). */
  readonly theme: ThemeName;
  /** Shows a confirmed own dataset, or the default one again (null); the banner says what moved. */
  showDataset: (next: LoadedDataset | null) => void;
}

export const [useDashboard, provideDashboard] = createContext<Dashboard>();
