import { describe, expect, it } from 'vitest';
import { toRelationship } from './relationship-choice';

describe('toRelationship', () => {
  it('stores an inverse role as the other contact’s relationship', () => {
    expect(toRelationship('childOf', 'me', 'them')).toEqual({ kind: 'parent', fromContactId: 'them', toContactId: 'me' });
    expect(toRelationship('referred', 'me', 'them')).toEqual({ kind: 'referredBy', fromContactId: 'them', toContactId: 'me' });
    expect(toRelationship('worksFor', 'me', 'them')).toEqual({ kind: 'worksFor', fromContactId: 'me', toContactId: 'them' });
  });
});
