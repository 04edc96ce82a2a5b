// The bundled Noto fonts as @font-face rules with data: URLs, so the print page loads no file and
// looks the same on every OS. Read once from @fontsource (unicode-range subsets: Chromium fetches
// only the scripts a page uses) and kept in memory.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppError } from '../../rpc/app-error';
import { findUp } from '../../platform/find-up';

/** Package → the subsets to embed (Noto Sans's own Devanagari subset is left to Noto Sans Devanagari). */
const FONTS: Record<string, string[]> = {
  'noto-sans': ['latin', 'latin-ext', 'cyrillic', 'greek', 'vietnamese'],
  'noto-sans-devanagari': ['devanagari'],
  'noto-sans-tamil': ['tamil'],
};

export const FONT_STACK = "'Noto Sans', 'Noto Sans Devanagari', 'Noto Sans Tamil', sans-serif";

let cached: string | null = null;

export function printFontCss(): string {
  if (cached !== null) return cached;
  const rules: string[] = [];
  for (const [pkg, subsets] of Object.entries(FONTS)) {
    const css = findUp(join('node_modules', '@fontsource', pkg, '400.css'));
    if (!css) throw new AppError('unavailable', `The bundled font @fontsource/${pkg} is missing; reinstall Sampark.`);
    const text = readFileSync(css, 'utf8');
    for (const block of text.split('@font-face').slice(1)) {
      const file = /url\(\.\/files\/([\w-]+\.woff2)\)/.exec(block)?.[1];
      const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
      const family = /font-family:\s*'([^']+)'/.exec(block)?.[1];
      if (!file || !family || !subsets.some((s) => file === `${pkg}-${s}-400-normal.woff2`)) continue;
      const data = readFileSync(join(dirname(css), 'files', file)).toString('base64');
      // 'block': printing must wait for the font, never print a fallback.
      rules.push(
        `@font-face{font-family:'${family}';font-style:normal;font-weight:400;font-display:block;src:url(data:font/woff2;base64,${data}) format('woff2');${range ? `unicode-range:${range};` : ''}}`,
      );
    }
  }
  cached = rules.join('\n');
  return cached;
}
