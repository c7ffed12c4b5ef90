// @sa11y/jest registers this matcher at runtime; declare it for the type checker.
declare namespace jest {
  interface Matchers<R> {
    toBeAccessible(): Promise<R>;
  }
}
