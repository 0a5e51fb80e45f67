/** English messages for embedding: the Embed dialog and what an embed shows besides the map. */
import type { embedNl } from './embed.nl';

export const embedEn: Record<keyof typeof embedNl, string> = {
  'embed.open': 'Embed',
  'embed.title': 'Embed the map on a website',
  'embed.intro': 'Choose what the embedded map shows and paste the code into a web page. The map behind this dialog does not change.',
  'embed.indicator': 'Indicator',
  'embed.quarter': 'Quarter',
  'embed.latestQuarter': 'Newest quarter (follows new data)',
  'embed.language': 'Language',
  'embed.theme': 'Theme',
  'embed.slider': 'Show the time slider',
  'embed.region': 'Zoom to',
  'embed.country': 'All of the Netherlands',
  'embed.compare': 'Show the change since {quarter}',
  'embed.height': 'Height without the script (pixels)',
  'embed.code': 'Code',
  'embed.copy': 'Copy code',
  'embed.copied': 'Copied',
  'embed.preview': 'Preview',
  'embed.close': 'Close',
  'embed.frameTitle': 'BBV map: {indicator}',
  'embed.fullMap': 'Open the full map',
  'embed.newWindow': '(opens in a new window)',
};
