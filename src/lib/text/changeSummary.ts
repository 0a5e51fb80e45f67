/**
 * The text alternative of the change map mode: what changed between the two
 * quarters, in municipalities and residents, read politely when it changes.
 * Returned as messages; i18n's `formatMessages` says them in a language.
 */
import { countChanges, type ChangeComparison, type ChangeCount } from '../domain/changeComparison';
import type { IndicatorId } from '../domain/indicators';
import { message, type Message } from '../domain/message';

export function describeChanges(indicator: IndicatorId, comparison: ChangeComparison, region: { code: string; name: string } | null): Message[] {
  const include = region ? (code: string) => comparison.byCode.get(code)?.municipality.provinceCode === region.code : undefined;
  const counts = countChanges(comparison, include);
  const count = (category: ChangeCount['category']) => counts.find((c) => c.category === category)!;
  const residents = (c: ChangeCount) =>
    c.populationUnknown > 0 ? message('analysis.change.residentsPartly', { population: c.population, unknown: c.populationUnknown }) : message('analysis.change.residents', { population: c.population });
  const sentences: Message[] = [
    ...(region ? [message('analysis.summary.region', { province: region.name })] : []),
    message('analysis.change.summary', {
      indicator: message(`indicator.${indicator}`),
      from: { quarter: comparison.earlier },
      to: { quarter: comparison.later },
      new: count('change-new').municipalities,
      newResidents: residents(count('change-new')),
      stopped: count('change-stopped').municipalities,
      stoppedResidents: residents(count('change-stopped')),
      kept: count('change-kept').municipalities,
      none: count('change-none').municipalities,
    }),
  ];
  const noData = count('no-data').municipalities;
  if (noData > 0) sentences.push(message('summary.noData', { count: noData }));
  const merged = comparison.changes.filter((change) => change.comparedWith.length > 0 && (!include || include(change.municipality.code))).length;
  if (merged > 0) sentences.push(message('analysis.change.lineage', { count: merged }));
  return sentences;
}
