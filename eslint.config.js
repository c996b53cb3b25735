// ESLint: typescript-eslint's type-checked rules, Lit's and web components' own rules, and the
// rules that keep byte golf out of the code (issue 21). Formatting is Prettier's (`npm run format`).
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

/**
 * typescript-eslint's `no-unused-expressions`, except for a chai property assertion: an
 * expression statement that is a member chain starting at `expect(...)`, e.g.
 * `expect(x).to.be.true`, whose last link is a getter that asserts. The same idea as
 * eslint-plugin-chai-friendly's one rule, in a few lines instead of a dependency.
 */
const baseUnusedExpressions = tseslint.plugin.rules['no-unused-expressions'];
const isChaiAssertion = (statement) => {
  let node = statement.expression;
  if (node.type !== 'MemberExpression') return false;
  while (node.type === 'MemberExpression' || node.type === 'CallExpression') {
    if (node.type === 'CallExpression' && node.callee.type === 'Identifier') return node.callee.name === 'expect';
    node = node.type === 'MemberExpression' ? node.object : node.callee;
  }
  return false;
};
const chaiAwareUnusedExpressions = {
  meta: baseUnusedExpressions.meta,
  defaultOptions: baseUnusedExpressions.defaultOptions,
  create(context) {
    const report = (descriptor) => {
      if (!isChaiAssertion(descriptor.node)) context.report(descriptor);
    };
    return baseUnusedExpressions.create(Object.create(context, { report: { value: report } }));
  },
};

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'coverage/',
      'storybook-static/',
      'bench/results/',
      'src/phone/metadata/',
      'src/geo/codes.js',
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
      // `promise.catch(() => {})` is how this code says "a failure here is shown elsewhere"; an
      // empty method or function declaration is still an error.
      '@typescript-eslint/no-empty-function': ['error', { allow: ['arrowFunctions'] }],
      // `() => this.requestUpdate()` is a callback that calls one void method: plain, not golf.
      // Void values inside expressions (`a && b()`, `return f()` of a void f) are still errors.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // Typed addEventListener overloads on an EventTarget subclass are declared the DOM's way:
      // an interface merged with the class.
      '@typescript-eslint/no-unsafe-declaration-merging': 'off',
      // A parameter kept for its signature alone (a placeholder body, a public constructor's old
      // argument) is named `_x`; `const { omitted: _, ...rest } = x` drops a key (ignoreRestSiblings).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // `a || b` on strings and booleans deliberately treats '' and false as "not given" (an empty
      // attribute, an unchecked flag); `??` stays required for every other type.
      '@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true, boolean: true } }],
      // Numbers read plainly in messages and keys (`${count} numbers`); objects and
      // `undefined` in a template are still errors.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    // The React and Vue examples import the built package (`clid-picker` resolves to dist/ through
    // package.json `exports`, and their JSX types are generated into dist/ by the build), which
    // does not exist yet when lint runs, before the build. So they get the rules that need no type
    // information; `npm run build:examples` (in test:examples) type-checks them against dist/.
    files: ['examples/**/*.ts', 'examples/**/*.tsx'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // Tests: rules that do not fit code which pokes at elements from outside and asserts on what
    // it finds. The golf rules above stay on here too.
    files: ['test/**/*.ts'],
    plugins: { local: { rules: { 'no-unused-expressions': chaiAwareUnusedExpressions } } },
    rules: {
      // @open-wc/semantic-dom-diff augments chai's `Equal` to return a Promise (for its async
      // snapshot assertions), so every `expect(x).to.equal(y)` read as a floating promise; its
      // `equal` on values is synchronous. Every other floating promise is still an error.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', name: 'Equal', package: '@open-wc/semantic-dom-diff' }] },
      ],
      // Chai's property assertions (`expect(x).to.be.true`, `.to.exist`, `.to.be.empty`) are
      // getters, so they read as unused expressions; every other unused expression is an error.
      '@typescript-eslint/no-unused-expressions': 'off',
      'local/no-unused-expressions': 'error',
      // `el.shadowRoot!.querySelector('[part=x]')!` in a test that has just rendered the element:
      // a missing node fails the test with a TypeError at that line, which is the assertion.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // The DOM types `CustomEvent.detail`, `MessageEvent.data` and a promise's rejection reason
      // as `any`; tests read them to assert on them, and a wrong shape fails the assertion.
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/use-unknown-in-catch-callback-variable': 'off',
      // Fakes of async contracts (a selector, a storage adapter, `fetch`) and mocha callbacks are
      // `async` to keep the contract's shape even when they answer at once.
      '@typescript-eslint/require-await': 'off',
      // Tests keep `window.fetch` / `setInterval` to restore them after faking them.
      '@typescript-eslint/unbound-method': 'off',
      // `document.createElement(tag) as ClidPicker` for a tag the test has registered.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
      // Fakes of `fetch` reject with the abort signal's reason, as `fetch` does.
      '@typescript-eslint/prefer-promise-reject-errors': 'off',
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
        structuredClone: 'readonly',
        URLSearchParams: 'readonly',
      },
    },
    rules: {
      'no-sequences': ['error', { allowInParentheses: false }],
      'no-void': 'error',
      eqeqeq: ['error', 'always'],
      'no-nested-ternary': 'error',
      'no-unused-expressions': 'error',
    },
  },
  {
    // Scripts that run in a page (the demo and the softphone example); a Node script's callback
    // that runs in a page (page.evaluate) names its page globals in a `/* global */` comment.
    files: ['demo/**/*.js', 'examples/softphone/*.js'],
    languageOptions: {
      globals: { location: 'readonly', localStorage: 'readonly', Option: 'readonly', parent: 'readonly' },
    },
  },
);
