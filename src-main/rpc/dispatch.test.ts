import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { method } from '../../src-shared/contract/method';
import { AppError } from './app-error';
import { createDispatch } from './dispatch';

const contract = {
  demo: {
    echo: method(z.object({ text: z.string().max(5), times: z.number().int().default(1) }), z.object({ text: z.string() })),
    fails: method(z.object({}), z.object({})),
    crashes: method(z.object({}), z.object({})),
    leaks: method(z.object({}), z.object({ ok: z.boolean() })),
  },
};
const errors: unknown[] = [];
const dispatch = createDispatch(
  contract,
  () => ({
    demo: {
      echo: ({ text, times }) => ({ text: text.repeat(times) }),
      fails: () => {
        throw new AppError('not_found', 'No such thing');
      },
      crashes: () => {
        throw new Error('secret internals');
      },
      leaks: () => ({ ok: true, password: 'x' }) as { ok: boolean },
    },
  }),
  (error) => errors.push(error),
);

describe('dispatch', () => {
  it('validates input and applies defaults', async () => {
    expect(await dispatch({ id: 1, method: 'demo.echo', input: { text: 'ab', times: 2 } })).toEqual({ id: 1, ok: true, value: { text: 'abab' } });
    expect(await dispatch({ id: 2, method: 'demo.echo', input: { text: 'ab' } })).toEqual({ id: 2, ok: true, value: { text: 'ab' } });
    const bad = await dispatch({ id: 3, method: 'demo.echo', input: { text: 'too long' } });
    expect(bad).toMatchObject({ id: 3, ok: false, error: { code: 'invalid_input', issues: [{ path: 'text' }] } });
  });

  it('answers unknown methods, including prototype names, with unknown_method', async () => {
    for (const name of ['demo.nope', 'nope.echo', 'demo', '', 'demo.constructor', '__proto__.x', 'demo.toString']) {
      expect(await dispatch({ id: 4, method: name, input: {} })).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    }
  });

  it('passes expected errors through and hides unexpected ones', async () => {
    expect(await dispatch({ id: 5, method: 'demo.fails', input: {} })).toEqual({
      id: 5,
      ok: false,
      error: { code: 'not_found', message: 'No such thing' },
    });
    const crash = await dispatch({ id: 6, method: 'demo.crashes', input: {} });
    expect(crash).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(crash)).not.toContain('secret');
    expect(errors).toHaveLength(1);
  });

  it('strips output fields the contract does not declare', async () => {
    expect(await dispatch({ id: 7, method: 'demo.leaks', input: {} })).toEqual({ id: 7, ok: true, value: { ok: true } });
  });
});
