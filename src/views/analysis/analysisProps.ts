/** What the analysis section and its panels are given by the dashboard (one list, so the two cannot drift apart). */
import type { CodeResolver } from '../../lib/domain/types';
import type { PublishedFigure } from '../../lib/domain/types';
import type { ChangeComparison } from '../../lib/domain/changeComparison';
import type { QuarterCoverage } from '../../lib/domain/coverage';
import type { CoverageAt } from '../../lib/domain/coverageCache';
import type { AppState } from '../../lib/state/appState.svelte';

export interface AnalysisProps {
  /** The app's state, read and set both ways (quarter, indicator, region, compare, analysis, selection). */
  app: AppState;
  coverageAt: CoverageAt;
  /** Coverage of the slider's quarter. */
  coverage: QuarterCoverage;
  resolver: CodeResolver;
  figures: readonly PublishedFigure[];
  /** The change map mode's comparison, when a quarter to compare with is chosen. */
  comparison: ChangeComparison | null;
  provinceName: (code: string) => string;
  organisationName: (id: string) => string;
  /** Selects a municipality on the map (and brings it into view). */
  onChooseMunicipality: (code: string) => void;
  /** Makes a province (or the whole country) the view's region. */
  onChooseRegion: (code: string | null) => void;
}
