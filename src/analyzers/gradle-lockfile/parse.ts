import type { Package } from '../../core/model.js';
import { makePackage } from '../shared/package.js';

/**
 * gradle.lockfile (Gradle ≥ 6.8 single-file locking,
 * https://docs.gradle.org/current/userguide/dependency_locking.html):
 *   group:artifact:version=configuration1,configuration2
 *   empty=annotationProcessor
 * Comment lines start with '#'. A dependency is dev when it belongs only to test/build-tool configurations.
 */
const TEST_OR_TOOL_CONFIG = /^(test|androidTest|unitTest|testFixtures|annotationProcessor|kapt|ksp|detekt|spotbugs|checkstyle|pmd|jacoco|lint)/i;

export function parseGradleLockfile(text: string, path: string, foundBy: string): Package[] {
  const out: Package[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line || line.startsWith('#') || line.startsWith('empty=')) continue;
    const eq = line.indexOf('=');
    const coords = eq >= 0 ? line.slice(0, eq) : line;
    const configs = eq >= 0 ? line.slice(eq + 1).split(',').map((c) => c.trim()).filter(Boolean) : [];
    const parts = coords.split(':');
    if (parts.length !== 3 || parts.some((p) => !p)) continue;
    const [group, artifact, version] = parts as [string, string, string];
    out.push(
      makePackage({
        name: `${group}:${artifact}`,
        version,
        ecosystem: 'Maven',
        path,
        line: i + 1,
        foundBy,
        dev: configs.length > 0 ? configs.every((c) => TEST_OR_TOOL_CONFIG.test(c)) : undefined,
      }),
    );
  }
  return out;
}
