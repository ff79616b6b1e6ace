/**
 * The names the drafts call one party or place by several words: "the United States", "the US"
 * and "American"; "NATO" and "the Alliance"; "the Zaporizhzhia nuclear power plant" and "the
 * ZNPP". Each name on the left is read as the entity on the right, so two points that name the
 * same party differently still share it. Derived from the names in data/ and
 * shared/brief/plan-versions.md (§2: the point lists); lower case, one space between words.
 * A demonym counts as its country: "US–Russian working group" names both the US and Russia.
 */
// prettier-ignore
export const ENTITY_NAMES: Readonly<Record<string, string>> = {
  us: 'us', usa: 'us', 'united states': 'us', america: 'us', american: 'us', americans: 'us',
  washington: 'us',
  uk: 'uk', britain: 'uk', 'great britain': 'uk', 'united kingdom': 'uk', british: 'uk',
  eu: 'eu', 'european union': 'eu',
  europe: 'europe', european: 'europe', europeans: 'europe',
  russia: 'russia', russian: 'russia', russians: 'russia', 'russian federation': 'russia',
  kremlin: 'russia',
  ukraine: 'ukraine', ukrainian: 'ukraine', ukrainians: 'ukraine', kyiv: 'ukraine',
  nato: 'nato', alliance: 'nato', 'north atlantic alliance': 'nato',
  'north atlantic treaty organization': 'nato',
  npp: 'npp', 'nuclear power plant': 'npp', 'nuclear power station': 'npp', 'nuclear plant': 'npp',
  znpp: 'zaporizhzhia npp',
  iaea: 'iaea', 'international atomic energy agency': 'iaea',
  un: 'un', 'united nations': 'un',
  g8: 'g8', 'group of eight': 'g8',
  donbas: 'donbas', donbass: 'donbas',
};
