/** The closed list of topics every point is tagged with (issue #2). */
export const TOPICS = [
  'territory',
  'nato',
  'security-guarantees',
  'armed-forces',
  'sanctions',
  'frozen-assets',
  'reconstruction',
  'nuclear',
  'humanitarian',
  'elections',
  'amnesty',
  'governance',
  'economy',
  'ceasefire',
  'sovereignty',
  'security',
] as const;

export type Topic = (typeof TOPICS)[number];

/** Human names for topics, used in filters, tags and exports. */
export const TOPIC_NAMES: Record<Topic, string> = {
  territory: 'Territory',
  nato: 'NATO',
  'security-guarantees': 'Security guarantees',
  'armed-forces': 'Armed forces',
  sanctions: 'Sanctions',
  'frozen-assets': 'Frozen assets',
  reconstruction: 'Reconstruction',
  nuclear: 'Nuclear',
  humanitarian: 'Humanitarian',
  elections: 'Elections',
  amnesty: 'Amnesty',
  governance: 'Governance',
  economy: 'Economy',
  ceasefire: 'Ceasefire',
  sovereignty: 'Sovereignty',
  security: 'Security',
};

export function isTopic(value: string): value is Topic {
  return (TOPICS as readonly string[]).includes(value);
}
