/** One version scheme (ordering rules of an ecosystem). Pure and synchronous: the matcher calls it in hot loops. */
export interface VersionScheme {
  /** Equals the folder name under src/versioning/. */
  id: string;
  /** Negative when a < b, 0 when equal under the scheme's rules, positive when a > b. Never throws for valid input. */
  compare(a: string, b: string): number;
  /** Whether the string is a version this scheme can order. Invalid versions are never range-matched. */
  isValid(version: string): boolean;
}
