// Export reads contacts set-wise (a query per table, walked in id order): every contact must still get
// exactly its own emails, phones, addresses, websites and tags, and the selection must be exact.
import { afterEach, describe, expect, it } from 'vitest';
import { tempCore } from './support/temp-core';

type Core = Awaited<ReturnType<typeof tempCore>>;
const cores: Core[] = [];
afterEach(() => cores.splice(0).forEach((c) => c.cleanup()));

async function call<T>(core: Core, method: string, input: unknown): Promise<T> {
  const r = await core.dispatch({ id: 1, method, input });
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}
interface Detail {
  id: string;
  emails: { value: string }[];
  phones: { value: string }[];
  addresses: { locality: string }[];
  websites: { value: string }[];
  tags: string[];
}
interface Exported {
  id: string;
  emails: { value: string }[];
  phones: { value: string }[];
  addresses: { locality: string }[];
  websites: string[];
  tags: string[];
}

describe('exports.contacts', () => {
  it('gives each contact its own child rows, skips archived ones and honours a selection', async () => {
    const core = await tempCore();
    cores.push(core);
    const made: Detail[] = [];
    for (let i = 0; i < 6; i++) {
      made.push(
        await call<Detail>(core, 'contacts.create', {
          givenName: `P${i}`,
          emails: Array.from({ length: i % 3 }, (_, k) => ({ value: `p${i}.${k}@example.com` })),
          phones: Array.from({ length: (i + 1) % 3 }, (_, k) => ({ value: `+91 98765 4${i}${k}00` })),
          addresses: i % 2 ? [{ locality: `City ${i}` }] : [],
          websites: i === 4 ? [{ value: 'https://example.com' }] : [],
          tags: i % 2 ? ['odd', `t${i}`] : [],
        }),
      );
    }
    await call(core, 'contacts.archive', { id: made[2]!.id });
    const all = JSON.parse((await call<{ content: string }>(core, 'exports.contacts', { format: 'json' })).content) as { contacts: Exported[] };
    expect(all.contacts.map((c) => c.id)).toEqual(made.filter((_, i) => i !== 2).map((c) => c.id).sort());
    for (const exported of all.contacts) {
      const detail = made.find((d) => d.id === exported.id)!;
      expect(exported.emails.map((e) => e.value)).toEqual(detail.emails.map((e) => e.value));
      expect(exported.phones.map((e) => e.value)).toEqual(detail.phones.map((e) => e.value));
      expect(exported.addresses.map((e) => e.locality)).toEqual(detail.addresses.map((e) => e.locality));
      expect(exported.websites).toEqual(detail.websites.map((w) => w.value));
      expect(exported.tags).toEqual(detail.tags);
    }
    const picked = [made[5]!.id, made[2]!.id];
    const some = await call<{ content: string; count: number }>(core, 'exports.contacts', { format: 'vcard3', ids: picked });
    expect(some.count).toBe(2);
    expect(some.content.match(/BEGIN:VCARD/g)).toHaveLength(2);
    expect(some.content).toContain('p5.1@example.com');
  });
});
