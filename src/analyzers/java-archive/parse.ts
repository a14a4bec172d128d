/**
 * Java archives (JAR, WAR, EAR and the PAR/SAR/JPI/HPI variants): zip files, per
 * https://docs.oracle.com/en/java/javase/17/docs/specs/jar/jar.html (manifest syntax) and the zip
 * APPNOTE (https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT). Identity comes from, best first:
 * - META-INF/maven/<groupId>/<artifactId>/pom.properties, written by maven-archiver
 *   (https://maven.apache.org/shared/maven-archiver/): `groupId`, `artifactId`, `version` in
 *   java.util.Properties syntax (https://docs.oracle.com/javase/8/docs/api/java/util/Properties.html#load-java.io.Reader-);
 * - META-INF/MANIFEST.MF main section: Implementation-Vendor-Id / -Title / -Version and the OSGi
 *   Bundle-SymbolicName / Bundle-Version (https://docs.osgi.org/specification/osgi.core/8.0.0/framework.module.html);
 * - the file name `artifactId-version.jar`, as Maven and Gradle name the jars they copy.
 * Archives inside the archive (WEB-INF/lib, BOOT-INF/lib, EAR modules, …) are read the same way.
 */
import { unzipSync, type UnzipFileInfo } from 'fflate';
import type { Diagnostic, Package } from '../../core/model.js';
import { errorMessage } from '../../core/errors.js';
import { makePackage } from '../shared/package.js';

export const ARCHIVE_EXTENSION = /\.(jar|war|ear|par|sar|jpi|hpi)$/i;

export interface ArchiveLimits {
  /** Archives inside archives inside … this many levels below the file itself. */
  maxDepth: number;
  /** Entries listed in one archive's central directory. */
  maxEntries: number;
  /** Declared uncompressed size of one nested archive we open. */
  maxNestedSize: number;
  /** Declared uncompressed size of one pom.properties / MANIFEST.MF. */
  maxTextSize: number;
  /** Uncompressed bytes inflated for the whole file, nested archives included. */
  maxTotalSize: number;
}

export const DEFAULT_LIMITS: ArchiveLimits = {
  maxDepth: 3,
  maxEntries: 100_000,
  maxNestedSize: 128 * 1024 * 1024,
  maxTextSize: 1024 * 1024,
  maxTotalSize: 512 * 1024 * 1024,
};

const POM_PROPERTIES = /^META-INF\/maven\/[^/]+\/[^/]+\/pom\.properties$/;
const MANIFEST = 'META-INF/MANIFEST.MF';
const utf8 = new TextDecoder('utf-8');

/** java.util.Properties: `key=value`, `key: value` or `key value`; `#`/`!` comments; `\` continues a line. */
export function parseProperties(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!.replace(/^[ \t\f]+/, '');
    if (!line || line.startsWith('#') || line.startsWith('!')) continue;
    while (/(^|[^\\])(\\\\)*\\$/.test(line) && i + 1 < lines.length) {
      line = line.slice(0, -1) + lines[++i]!.replace(/^[ \t\f]+/, '');
    }
    const m = /^((?:\\.|[^\\=:\s])*)[ \t\f]*[=:]?[ \t\f]*(.*)$/.exec(line);
    if (!m) continue;
    const unescape = (s: string) =>
      s.replace(/\\u([0-9a-fA-F]{4})|\\(.)/g, (_, hex: string | undefined, c: string | undefined) =>
        hex
          ? String.fromCharCode(parseInt(hex, 16))
          : c === 't'
            ? '\t'
            : c === 'n'
              ? '\n'
              : c === 'r'
                ? '\r'
                : c === 'f'
                  ? '\f'
                  : (c ?? ''),
      );
    out.set(unescape(m[1]!), unescape(m[2]!).trim());
  }
  return out;
}

/** Main section of a manifest: `Name: value`, continuation lines start with one space. */
export function parseManifest(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let last: string | undefined;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    if (raw === '') break; // a blank line ends the main section; per-entry sections follow
    if (raw.startsWith(' ') && last !== undefined) {
      out.set(last, out.get(last)! + raw.slice(1));
      continue;
    }
    const colon = raw.indexOf(':');
    if (colon <= 0) continue;
    last = raw.slice(0, colon).trim();
    out.set(last, raw.slice(colon + 1).trim());
  }
  return out;
}

/**
 * `artifactId-version.jar` → both parts. The version starts at the last `-<digits>.` (so
 * `log4j-1.2-api-2.17.1` keeps its artifactId), else at the last `-<digit>` (`junit-4`).
 */
export function parseFileName(fileName: string): { artifactId: string; version: string } | undefined {
  const stem = fileName.replace(ARCHIVE_EXTENSION, '');
  const dotted = [...stem.matchAll(/-(?=\d+\.)/g)];
  const any = [...stem.matchAll(/-(?=\d)/g)];
  const at = (dotted.length > 0 ? dotted[dotted.length - 1]! : any[any.length - 1])?.index;
  if (at === undefined || at === 0) return undefined;
  return { artifactId: stem.slice(0, at), version: stem.slice(at + 1) };
}

const TOKEN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const usable = (v: string | undefined): v is string => v !== undefined && TOKEN.test(v);

interface Identity {
  groupId: string;
  artifactId: string;
  version: string;
  licenses?: string[];
}

function fromManifest(manifest: Map<string, string>, fileName: string): Identity | undefined {
  const byName = parseFileName(fileName);
  // Bundle-SymbolicName may carry directives: `org.example.lib;singleton:=true`.
  const bsn = manifest.get('Bundle-SymbolicName')?.split(';')[0]!.trim();
  const title = manifest.get('Implementation-Title');
  const artifactId =
    byName?.artifactId ??
    (usable(bsn) ? bsn.slice(bsn.lastIndexOf('.') + 1) : usable(title) ? title : undefined);
  // Jars are copied under their repository name (artifactId-version.jar), so a version in the file name is
  // the Maven one; Implementation-Version is often decorated (Kotlin's `2.0.21-release-482`) and
  // Bundle-Version is OSGi-normalised (`33.1.0.jre` for Maven's `33.1.0-jre`).
  const version = [
    byName?.version,
    manifest.get('Implementation-Version'),
    manifest.get('Bundle-Version'),
  ].find(usable);
  if (!usable(artifactId) || !version) return undefined;
  let groupId = manifest.get('Implementation-Vendor-Id');
  if (!usable(groupId) && usable(bsn)) {
    groupId = bsn.endsWith(`.${artifactId}`)
      ? bsn.slice(0, -artifactId.length - 1)
      : bsn.includes('.') && bsn !== artifactId
        ? bsn
        : undefined;
  }
  const license = manifest.get('Bundle-License')?.trim();
  return {
    // Older artifacts often use the artifactId as groupId (junit:junit, commons-io:commons-io): the best guess left.
    groupId: usable(groupId) ? groupId : artifactId,
    artifactId,
    version,
    // Bundle-License is an SPDX id in modern bundles, a URL or prose in older ones: keep only the former.
    ...(license && /^[A-Za-z0-9.+-]+$/.test(license) ? { licenses: [license] } : {}),
  };
}

/** A safety cap was hit: stop reading this file, keep what was found. */
export class ArchiveLimitError extends Error {
  override name = 'ArchiveLimitError';
}

/**
 * Coordinates implied by where the file sits in a Maven repository
 * (`…/repository/<group as dirs>/<artifactId>/<version>/<artifactId>-<version>[-classifier].jar`, e.g. ~/.m2)
 * or Gradle's cache (`…/files-2.1/<group>/<artifactId>/<version>/<sha1>/<file>`). These layouts are exact,
 * unlike the manifest guess, and matter for Gradle-built jars, which carry no pom.properties.
 */
export function repositoryCoordinates(path: string): Identity | undefined {
  const parts = path.split('/');
  const file = parts[parts.length - 1]!;
  const matches = (artifactId: string, version: string) =>
    file.startsWith(`${artifactId}-${version}`) ||
    (version.endsWith('-SNAPSHOT') &&
      file.startsWith(`${artifactId}-${version.slice(0, -'SNAPSHOT'.length)}`));
  const gradle = parts.lastIndexOf('files-2.1');
  if (gradle >= 0 && parts.length - gradle === 6) {
    const [groupId, artifactId, version] = parts.slice(gradle + 1, gradle + 4) as [string, string, string];
    if (usable(groupId) && usable(artifactId) && usable(version) && matches(artifactId, version)) {
      return { groupId, artifactId, version };
    }
  }
  const maven = parts.lastIndexOf('repository');
  if (maven >= 0 && parts.length - maven >= 5) {
    const artifactId = parts[parts.length - 3]!;
    const version = parts[parts.length - 2]!;
    const groupId = parts.slice(maven + 1, -3).join('.');
    if (usable(groupId) && usable(artifactId) && usable(version) && matches(artifactId, version)) {
      return { groupId, artifactId, version };
    }
  }
  return undefined;
}

export interface ArchiveResult {
  packages: Package[];
  diagnostics: Diagnostic[];
}

/**
 * Read one archive. Packages found in a nested archive are located at `<outer path>/<entry name>`
 * (e.g. `dist/app.war/WEB-INF/lib/guava-33.1.0-jre.jar`): the first component ending in an archive
 * extension is the real file. Throws when the file itself is not a readable zip.
 */
export function parseArchive(
  bytes: Uint8Array,
  path: string,
  foundBy: string,
  limits: ArchiveLimits = DEFAULT_LIMITS,
): ArchiveResult {
  const packages: Package[] = [];
  const diagnostics: Diagnostic[] = [];
  const budget = { left: limits.maxTotalSize };
  const realPath = path;

  function visit(data: Uint8Array, location: string, depth: number): void {
    let count = 0;
    const files = unzipOrThrow(data, (info) => {
      if (++count > limits.maxEntries)
        throw new ArchiveLimitError(`more than ${limits.maxEntries} entries in ${location}`);
      const wanted =
        info.name === MANIFEST || POM_PROPERTIES.test(info.name)
          ? info.originalSize <= limits.maxTextSize
          : ARCHIVE_EXTENSION.test(info.name) &&
            depth < limits.maxDepth &&
            info.originalSize <= limits.maxNestedSize;
      if (!wanted) return false;
      // fflate allocates the declared size up front (and never writes past it), so the declared size is what we budget.
      if (info.originalSize > budget.left) {
        skipped.push(`${location}/${info.name}`);
        return false;
      }
      budget.left -= info.originalSize;
      return true;
    });
    const fileName = location.slice(location.lastIndexOf('/') + 1);
    const found: Identity[] = [];
    const names = Object.keys(files).sort();
    for (const name of names) {
      if (!POM_PROPERTIES.test(name)) continue;
      const props = parseProperties(utf8.decode(files[name]));
      const groupId = props.get('groupId');
      const artifactId = props.get('artifactId');
      const version = props.get('version');
      if (usable(groupId) && usable(artifactId) && usable(version))
        found.push({ groupId, artifactId, version });
    }
    if (found.length === 0) {
      const manifest = files[MANIFEST]
        ? parseManifest(utf8.decode(files[MANIFEST]))
        : new Map<string, string>();
      const identity =
        (depth === 0 ? repositoryCoordinates(location) : undefined) ?? fromManifest(manifest, fileName);
      if (identity) found.push(identity);
      else {
        diagnostics.push({
          level: 'info',
          code: 'unidentified-archive',
          path: realPath,
          message: `${location}: no pom.properties, usable manifest or versioned file name`,
        });
      }
    }
    for (const id of found) {
      packages.push(
        makePackage({
          name: `${id.groupId}:${id.artifactId}`,
          version: id.version,
          ecosystem: 'Maven',
          path: location,
          foundBy,
          licenses: id.licenses,
        }),
      );
    }
    for (const name of names) {
      if (!ARCHIVE_EXTENSION.test(name) || name.endsWith('/')) continue;
      try {
        visit(files[name], `${location}/${name}`, depth + 1);
      } catch (err) {
        if (err instanceof ArchiveLimitError) throw err;
        // A broken inner jar should not hide what the rest of the archive holds.
        diagnostics.push({
          level: 'warning',
          code: 'nested-archive-error',
          path: realPath,
          message: `${location}/${name}: ${errorMessage(err)}`,
        });
      }
    }
  }

  const skipped: string[] = [];
  try {
    visit(bytes, path, 0);
  } catch (err) {
    // Over a cap before anything was found: the file as a whole is unusable, say so as an error.
    if (!(err instanceof ArchiveLimitError) || packages.length === 0) throw err;
    diagnostics.push({
      level: 'warning',
      code: 'archive-limit',
      path: realPath,
      message: `${err.message}; stopped reading, packages found so far are kept`,
    });
  }
  if (skipped.length > 0) {
    diagnostics.push({
      level: 'warning',
      code: 'archive-limit',
      path: realPath,
      message: `more than ${limits.maxTotalSize} bytes to inflate (zip bomb?): ${skipped.length} entries not read, first ${skipped[0]}`,
    });
  }
  return { packages, diagnostics };
}

const LFS_POINTER = 'version https://git-lfs.github.com/spec/';

function unzipOrThrow(
  data: Uint8Array,
  filter: (info: UnzipFileInfo) => boolean,
): Record<string, Uint8Array> {
  // Repositories often keep jars in Git LFS; a checkout without `git lfs pull` has only the pointer text.
  if (data.length < 1024 && utf8.decode(data.subarray(0, LFS_POINTER.length)) === LFS_POINTER) {
    throw new Error('a Git LFS pointer, not the archive itself (fetch it with `git lfs pull`)');
  }
  try {
    return unzipSync(data, { filter });
  } catch (err) {
    if (err instanceof ArchiveLimitError) throw err;
    throw new Error(`not a readable zip archive (truncated or corrupt?): ${errorMessage(err)}`);
  }
}
