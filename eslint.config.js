import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'examples/**', '**/cases/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Secret rules are regex data: escaped `-`, `/` and quotes inside character classes are kept on purpose
  // so a pattern reads the same as in the provider's documentation; they change nothing.
  { files: ['src/detectors/secret/rules/**/*.ts'], rules: { 'no-useless-escape': 'off' } },
  { files: ['**/*.mjs'], languageOptions: { globals: { process: 'readonly', globalThis: 'readonly' } } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
);
