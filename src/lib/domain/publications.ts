/**
 * The publications behind the published figures (the `bron` column of
 * gepubliceerde-cijfers.csv): shown by their title and publisher, linked when
 * they are on the web, instead of by an address or a file name. The file
 * gives an address or a document's name; the titles of the ones it names are
 * listed here (a file with other sources still reads well: the publisher is
 * the site's name, a document keeps its name).
 */

export interface Publication {
  /** The publication's own title, or null when only its publisher can be named. */
  title: string | null;
  /** Who published it: an organisation, or the web site's name. */
  publisher: string;
  /** Its address on the web, or null for a document without one. */
  href: string | null;
}

/** Titles of the sources of ../shared/data/gepubliceerde-cijfers.csv, as their pages and documents give them. */
const KNOWN: Record<string, { title: string | null; publisher: string }> = {
  'https://www.kb.nl/ob/nieuws/2019/digitale-inclusie-kopgroepbibliotheken-bekend': { title: 'Digitale inclusie: kopgroepbibliotheken bekend', publisher: 'KB' },
  'https://www.rijksoverheid.nl/actueel/nieuws/2019/07/01': { title: null, publisher: 'Rijksoverheid' },
  'https://www.bibliotheeknetwerk.nl/publicaties/basisvaardigheden-voor-volwassenen-2022/informatiepunt-digitale-overheid': {
    title: 'Basisvaardigheden voor volwassenen 2022: Informatiepunt Digitale Overheid',
    publisher: 'Bibliotheeknetwerk',
  },
  'https://www.bibliotheeknetwerk.nl/nieuws/200ste-ido-in-bibliotheek-geopend': { title: '200ste IDO in bibliotheek geopend', publisher: 'Bibliotheeknetwerk' },
  'https://www.kb.nl/nieuws/2021': { title: null, publisher: 'KB' },
  'https://www.bibliotheeknetwerk.nl/nieuws/subsidie-idos-2023-naar-gemeenten': { title: 'Subsidie IDO’s 2023 naar gemeenten', publisher: 'Bibliotheeknetwerk' },
  'https://vng.nl/nieuws/inventarisatie-hoe-gemeenten-regie': { title: null, publisher: 'VNG' },
  'https://www.bibliotheeknetwerk.nl/nieuws/twee-onderzoeken-naar-idos-van-start': { title: 'Twee onderzoeken naar IDO’s van start', publisher: 'Bibliotheeknetwerk' },
  'https://www.bibliotheekenbasisvaardigheden.nl/actueel': { title: null, publisher: 'De Bibliotheek en basisvaardigheden' },
  'kwartaalrapportage-bbv-2020-q4.md': { title: 'Kwartaalrapportage 2020 Q4, programma de Bibliotheek en basisvaardigheden', publisher: 'KB en SPN' },
  'Bibliotheekmonitor Belastingdienst 2020 (KB 2021)': { title: 'Bibliotheekmonitor Belastingdienst 2020', publisher: 'KB' },
  'https://www.bibliotheeknetwerk.nl/publicaties/belastingdienst-2022/convenant': { title: 'Belastingdienst 2022: convenant', publisher: 'Bibliotheeknetwerk' },
  'https://www.cbs.nl/nl-nl/cijfers/detail/82469NED': { title: 'StatLine 82469NED', publisher: 'CBS' },
  'https://www.bibliotheeknetwerk.nl/publicaties/dossier-bibliotheekstatistiek-2021': { title: 'Dossier bibliotheekstatistiek 2021', publisher: 'Bibliotheeknetwerk' },
  'https://www.cbs.nl/nl-nl/nieuws/2023/37': { title: null, publisher: 'CBS' },
  'https://www.cbs.nl': { title: null, publisher: 'CBS' },
};

/** Web sites' names for sources not listed above. */
const SITES: Record<string, string> = {
  'kb.nl': 'KB',
  'bibliotheeknetwerk.nl': 'Bibliotheeknetwerk',
  'cbs.nl': 'CBS',
  'rijksoverheid.nl': 'Rijksoverheid',
  'vng.nl': 'VNG',
  'bibliotheekenbasisvaardigheden.nl': 'De Bibliotheek en basisvaardigheden',
};

const isWebAddress = (source: string) => /^https?:\/\//i.test(source);

export function describePublication(source: string): Publication {
  const href = isWebAddress(source) ? source : null;
  const known = KNOWN[source];
  if (known) return { ...known, href };
  if (href) {
    let host = href;
    try {
      host = new URL(href).hostname.replace(/^www\./, '');
    } catch {
      // Not a valid address after all: name it as written.
    }
    return { title: null, publisher: SITES[host] ?? host, href };
  }
  // A document named by its file reads better without extension and dashes.
  const fileName = /^[\w.-]+\.(md|pdf|docx?|xlsx?|csv|txt)$/i.test(source);
  return { title: fileName ? source.replace(/\.\w+$/, '').replace(/[-_]+/g, ' ') : source, publisher: '', href: null };
}

/** One line naming the publication: "Title (Publisher)", or the publisher alone. */
export function publicationName(publication: Publication): string {
  if (publication.title && publication.publisher) return `${publication.title} (${publication.publisher})`;
  return publication.title ?? publication.publisher;
}
