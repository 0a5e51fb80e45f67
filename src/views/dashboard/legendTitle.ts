/** The change legend's title ("Veranderingen IDO, 2020 K4 → 2022 K2"), shared by the legend on screen and the export. */
import type { ChangeComparison } from '../../lib/domain/changeComparison';
import type { IndicatorId } from '../../lib/domain/indicators';
import type { I18n } from '../../lib/ui/i18nContext';

export function changeLegendTitle(i18n: I18n, indicator: IndicatorId, comparison: ChangeComparison): string {
  return i18n.t('analysis.legend.change', {
    indicator: i18n.t(`indicator.${indicator}.short`),
    from: i18n.formatQuarter(comparison.earlier),
    to: i18n.formatQuarter(comparison.later),
  });
}
