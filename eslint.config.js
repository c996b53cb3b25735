// ESLint: typescript-eslint's type-checked rules, Lit's and web components' own rules, and the
// rules that keep byte golf out of the code (issue 21). Formatting is Prettier's (`npm run format`).
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'coverage/',
      'storybook-static/',
      'bench/results/',
      'src/phone/metadata/',
      'src/geo/data/',
      'examples/**/dist/',
      'test/package/consumer/',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [
      tseslint.configs.strictTypeChecked,
      tseslint.configs.stylisticTypeChecked,
      lit.configs['flat/recommended'],
      wc.configs['flat/recommended'],
      wc.configs['flat/best-practice'],
    ],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Golf this code base once had: comma expressions, `return void x`, `==`.
      'no-sequences': ['error', { allowInParentheses: false }],
      'no-void': 'error',
      eqeqeq: ['error', 'always'],
      'no-nested-ternary': 'error',
      'no-unused-expressions': 'off',
      '@typescript-eslint/no-unused-expressions': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: {
      globals: {
        // Node scripts and browser pages both live here; neither needs a globals package for this.
        console: 'readonly',
        process: 'readonly',
        window: 'readonly',
        document: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        fetch: 'readonly',
        performance: 'readonly',
        customElements: 'readonly',
        globalThis: 'readonly',
        Buffer: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        AbortController: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
      },
    },
    rules: {
      'no-sequences': ['error', { allowInParentheses: false }],
      eqeqeq: ['error', 'always'],
    },
  },
);
