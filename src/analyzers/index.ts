/**
 * The explicit analyzer registry. Every folder under src/analyzers/ (except `shared`) is listed here
 * exactly once; registry.test.ts fails otherwise.
 */
import { bunLock } from './bun-lock/index.js';
import { cargoAuditable } from './cargo-auditable/index.js';
import { cargoLock } from './cargo-lock/index.js';
import { cloudformation } from './cloudformation/index.js';
import { compose } from './compose/index.js';
import { composerLock } from './composer-lock/index.js';
import { conanLock } from './conan-lock/index.js';
import { dockerfile } from './dockerfile/index.js';
import { dotnetDeps } from './dotnet-deps/index.js';
import { gemfileLock } from './gemfile-lock/index.js';
import { githubActions } from './github-actions/index.js';
import { goBinary } from './go-binary/index.js';
import { goMod } from './go-mod/index.js';
import { gradleLockfile } from './gradle-lockfile/index.js';
import { gradleVerificationMetadata } from './gradle-verification-metadata/index.js';
import { gradleVersionCatalog } from './gradle-version-catalog/index.js';
import { javaArchive } from './java-archive/index.js';
import { kubernetes } from './kubernetes/index.js';
import { mavenPom } from './maven-pom/index.js';
import { mixLock } from './mix-lock/index.js';
import { nodeModules } from './node-modules/index.js';
import { npmLock } from './npm-lock/index.js';
import { nugetLock } from './nuget-lock/index.js';
import { packagesConfig } from './packages-config/index.js';
import { pdmLock } from './pdm-lock/index.js';
import { pipRequirements } from './pip-requirements/index.js';
import { pipfileLock } from './pipfile-lock/index.js';
import { pnpmLock } from './pnpm-lock/index.js';
import { podfileLock } from './podfile-lock/index.js';
import { poetryLock } from './poetry-lock/index.js';
import { pubspecLock } from './pubspec-lock/index.js';
import { pylock } from './pylock/index.js';
import { pythonInstalled } from './python-installed/index.js';
import { swiftResolved } from './swift-resolved/index.js';
import { terraform } from './terraform/index.js';
import { text } from './text/index.js';
import { uvLock } from './uv-lock/index.js';
import { yarnLock } from './yarn-lock/index.js';
import type { Analyzer } from './types.js';

export const ANALYZERS: readonly Analyzer[] = [
  bunLock,
  cargoAuditable,
  cargoLock,
  cloudformation,
  compose,
  composerLock,
  conanLock,
  dockerfile,
  dotnetDeps,
  gemfileLock,
  githubActions,
  goBinary,
  goMod,
  gradleLockfile,
  gradleVerificationMetadata,
  gradleVersionCatalog,
  javaArchive,
  kubernetes,
  mavenPom,
  mixLock,
  nodeModules,
  npmLock,
  nugetLock,
  packagesConfig,
  pdmLock,
  pipRequirements,
  pipfileLock,
  pnpmLock,
  podfileLock,
  poetryLock,
  pubspecLock,
  pylock,
  pythonInstalled,
  swiftResolved,
  terraform,
  text,
  uvLock,
  yarnLock,
];

export type { Analyzer, AnalyzerInput, AnalyzerOutput, Claims, Siblings } from './types.js';
