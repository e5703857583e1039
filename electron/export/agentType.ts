/**
 * Whether a name in a ClaimReview is an Organization or a Person. A claimant is often a body ("the
 * Ministry of Penitentiary Services", "Foro Penal"), and schema.org readers show an Organization
 * differently from a Person, so the word that names a kind of body decides; anything else is a Person.
 */

const ORGANISATION_WORDS = [
  'ministry',
  'ministerio',
  'government',
  'gobierno',
  'forum',
  'foro',
  'agency',
  'party',
  'partido',
  'office',
  'department',
  'council',
  'committee',
  'commission',
  'association',
  'institute',
  'university',
  'universidad',
  'inc',
  'ltd',
  'llc',
  'corp',
  'corporation',
  'company',
  'group',
  'foundation',
  'organisation',
  'organization',
  'assembly',
  'parliament',
  'congress',
  'senate',
  'court',
  'police',
  'army',
  'bank',
  'authority',
  'authorities',
  'union',
  'network',
  'news',
  'board',
  'bureau',
  'administration',
  'embassy',
];

const WORD = new RegExp(`(?:^|[^\\p{L}])(?:${ORGANISATION_WORDS.join('|')})(?:$|[^\\p{L}])`, 'iu');
/** Acronyms such as "UN", "NATO", "CNN" name bodies, not people. */
const ACRONYM = /^(?:the\s+)?\p{Lu}{2,6}$/u;

export type AgentType = 'Organization' | 'Person';

export function agentType(name: string): AgentType {
  const n = name.trim();
  return WORD.test(n) || ACRONYM.test(n) ? 'Organization' : 'Person';
}

export function schemaAgent(name: string): { '@type': AgentType; name: string } {
  return { '@type': agentType(name), name: name.trim() };
}
