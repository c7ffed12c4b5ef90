// ESLint 9 flat config: LWC rules on the TypeScript components, typescript-eslint everywhere.
const tseslint = require('typescript-eslint');
const lwcConfig = require('@salesforce/eslint-config-lwc');
const jestPlugin = require('eslint-plugin-jest');
const globals = require('globals');

const LWC_FILES = ['force-app/**/lwc/**/*.ts'];

module.exports = [
  {
    ignores: [
      'node_modules/**',
      'coverage/**',
      'dist/**',
      '.gate/**',
      'test-fixtures/**',
      'preview/dist/**',
      'force-app/**/lwc/**/*.js'
    ]
  },
  // LWC platform rules (the TS flavour), parsed by typescript-eslint so TS rules apply too.
  ...lwcConfig.configs.recommendedTs.map((config) => ({ ...config, files: LWC_FILES })),
  ...tseslint.configs.strict.map((config) => ({
    ...config,
    files: ['**/*.ts']
  })),
  {
    files: LWC_FILES,
    languageOptions: {
      parser: tseslint.parser,
      globals: { ...globals.browser }
    }
  },
  {
    files: ['scripts/**/*.ts', '*.js', 'tools/**/*.js'],
    languageOptions: {
      parser: tseslint.parser,
      globals: { ...globals.node }
    }
  },
  {
    files: ['**/__tests__/**/*.ts'],
    plugins: { jest: jestPlugin },
    languageOptions: { globals: { ...globals.jest } },
    rules: {
      ...jestPlugin.configs['flat/recommended'].rules,
      'jest/expect-expect': ['error', { assertFunctionNames: ['expect', 'expect*'] }]
    }
  },
  {
    files: ['*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  }
];
