import { describe, expect, it } from 'vitest';
import { agentType } from '../../../electron/export/agentType';

describe('whether a ClaimReview name is an Organization or a Person', () => {
  it.each([
    'Ministry of Penitentiary Services',
    'Venezuelan government',
    'Foro Penal',
    'Penal Forum',
    'US State Department',
    'Acme Inc.',
    'Reuters Ltd',
    'National Assembly',
    'UN',
  ])('%s is an Organization', (name) => {
    expect(agentType(name)).toBe('Organization');
  });

  it.each(['Jorge Rodríguez', 'Delcy Rodríguez', 'ana.ruiz', 'Sources familiar with the matter'])(
    '%s is a Person',
    (name) => {
      expect(agentType(name)).toBe('Person');
    },
  );
});
