import { dirname } from 'node:path';
import { findUp } from './find-up';

/** The built renderer (dist/renderer), or null when it has not been built. */
export function findRendererDir(): string | null {
  const index = findUp('dist/renderer/index.html') ?? findUp('renderer/index.html');
  return index ? dirname(index) : null;
}
