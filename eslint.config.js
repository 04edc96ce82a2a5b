// Lint encodes the architecture: which runtime a folder may import, and domain boundaries.
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const noElectron = { name: 'electron', message: 'Only src-main/electron may import electron (tests and the CLI load this file).' };
const nodeBuiltins = { regex: '^node:', message: 'Browser code cannot use Node built-ins.' };

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'bench/results/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'User text is never rendered as HTML.' }],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: [noElectron], patterns: [{ regex: 'src-main', message: 'The renderer talks to the core through the contract only.' }, nodeBuiltins] }],
    },
  },
  {
    files: ['src-shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [noElectron], patterns: [nodeBuiltins, { regex: '^(react|@mui/)', message: 'src-shared is runtime-free.' }, { regex: 'src-(main|renderer)', message: 'src-shared imports only src-shared.' }] },
      ],
    },
  },
  {
    files: ['src-main/**/*.ts', 'tests/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.mjs'],
    ignores: ['src-main/electron/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron] }] },
  },
  {
    files: ['src-main/domains/*/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [noElectron], patterns: [{ regex: '^\\.\\./[^./][^/]*/.+', message: 'Import another domain through its index.ts only.' }] },
      ],
    },
  },
);
