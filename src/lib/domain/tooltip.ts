/** What the map's tooltip says about a municipality under the pointer, as messages. */
import type { MunicipalityCoverage } from './coverage';
import type { CategoryId, IndicatorId } from './indicators';
import type { Message } from './message';

export interface TooltipContent {
  title: string;
  lines: Message[];
}

/** `shownCategory` is what the map colours it (the change category in the change map mode). */
export function municipalityTooltip(item: MunicipalityCoverage, indicator: IndicatorId, shownCategory: CategoryId): TooltipContent {
  const lines: Message[] = [{ key: `category.${shownCategory}` }];
  if (indicator === 'ido' && item.openIdoLocationIds.length > 0) lines.push({ key: 'map.tooltipIdoLocations', params: { count: item.openIdoLocationIds.length } });
  lines.push({ key: 'map.tooltipHint' });
  return { title: item.municipality.name, lines };
}
