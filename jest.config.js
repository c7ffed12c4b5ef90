// Two Jest projects: LWC components (sfdx-lwc-jest, jsdom) and the TypeScript scripts (node).
const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

const scriptsTransform = [
  'babel-jest',
  {
    presets: [['@babel/preset-env', { targets: { node: '20' } }], '@babel/preset-typescript']
  }
];

module.exports = {
  projects: [
    {
      ...jestConfig,
      displayName: 'lwc',
      testMatch: ['<rootDir>/force-app/**/lwc/**/__tests__/**/*.test.ts'],
      setupFilesAfterEnv: [...(jestConfig.setupFilesAfterEnv || []), '<rootDir>/jest.setup.lwc.js'],
      moduleNameMapper: {
        '^c/(.+)$': '<rootDir>/force-app/main/admin-app/lwc/$1/$1'
      }
    },
    {
      displayName: 'scripts',
      testEnvironment: 'node',
      rootDir: __dirname,
      testMatch: ['<rootDir>/scripts/**/__tests__/**/*.test.ts'],
      moduleFileExtensions: ['ts', 'js', 'json'],
      transform: { '^.+\\.ts$': scriptsTransform }
    }
  ],
  collectCoverageFrom: [
    '<rootDir>/scripts/**/*.ts',
    '!<rootDir>/scripts/**/__tests__/**',
    '<rootDir>/force-app/**/lwc/**/*.ts',
    '!<rootDir>/force-app/**/lwc/**/__tests__/**'
  ],
  coverageThreshold: {
    global: { lines: 80, branches: 70, functions: 80, statements: 80 }
  }
};
