/**
 * The view of a Report that both SBOM writers (CycloneDX, SPDX) print: one component per distinct
 * package URL, a dependency graph over those components, and the operating systems found.
 *
 * Why one component per purl and not one per (purl, file) as in the inventory: an SBOM lists what
 * software is in the target, and a package listed by two lockfiles is still one piece of software.
 * CycloneDX models "found in several places" as `evidence.occurrences` of one component; two
 * components with the same purl would be counted twice by consumers that key on the purl
 * (Dependency-Track, vulnerability matchers) and would force VEX statements to name both bom-refs.
 * Using the purl as the bom-ref also lets findings and VEX documents refer to a component by the
 * purl they already carry. The per-file detail is kept: every occurrence (file and line) is listed.
 */
import type { Location, Package, Report } from '../../core/model.js';
import { byKeys, compareStrings } from '../../core/sort.js';

export interface SbomComponent {
  /** Unique within the SBOM: the purl, or a synthetic `palisade:package:…` key when there is none. */
  ref: string;
  purl: string;
  name: string;
  version: string;
  ecosystem: string;
  /** Every place the package was found, sorted by path and line, without duplicates. */
  locations: Location[];
  /** true if any occurrence is direct, false if all known ones are transitive, absent if unknown. */
  direct?: boolean;
  /** Only when every occurrence is dev: one runtime use makes it part of the runtime. */
  dev: boolean;
  /** Licenses as recorded (trimmed, unique, sorted). */
  licenses: string[];
  /** Refs of the components this one depends on, restricted to components of this SBOM, sorted. */
  dependsOn: string[];
  /** Analyzer ids, sorted. */
  foundBy: string[];
}

export interface SbomOs {
  ref: string;
  family: string;
  name?: string;
  version?: string;
  locations: Location[];
}

export interface SbomContent {
  components: SbomComponent[];
  os: SbomOs[];
  /**
   * What the scanned target itself depends on: the direct packages, plus packages whose directness is
   * unknown and that no other package depends on (e.g. a Gradle lockfile, which records no graph), plus
   * the operating systems. Packages known to be transitive but whose parent was not recorded are left
   * out rather than promoted to direct dependencies.
   */
  rootDependsOn: string[];
}

function locationKey(l: Location): string {
  return `${l.path}\u0000${l.startLine ?? -1}\u0000${l.endLine ?? -1}\u0000${l.origin?.layer ?? ''}\u0000${l.origin?.commit ?? ''}`;
}

const compareLocations = byKeys<Location>(
  (l) => l.path,
  (l) => l.startLine ?? -1,
  (l) => l.endLine ?? -1,
  (l) => l.origin?.layer ?? '',
  (l) => l.origin?.commit ?? '',
);

function uniqueLocations(locations: Iterable<Location>): Location[] {
  const byKey = new Map<string, Location>();
  for (const l of locations) if (!byKey.has(locationKey(l))) byKey.set(locationKey(l), l);
  return [...byKey.values()].sort(compareLocations);
}

function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(compareStrings);
}

function packageRef(p: Package): string {
  return p.purl !== '' ? p.purl : `palisade:package:${p.ecosystem}/${p.name}@${p.version}`;
}

// Total order on the inventory entries, so that which spelling of a name wins a merge does not depend
// on the order the analyzers produced them in.
const comparePackages = byKeys<Package>(
  packageRef,
  (p) => p.locations[0]?.path ?? '',
  (p) => p.locations[0]?.startLine ?? -1,
  (p) => p.ecosystem,
  (p) => p.name,
  (p) => p.version,
  (p) => p.foundBy,
);

/** Build the SBOM view of a report. Pure; the result is sorted and independent of input order. */
export function sbomContent(report: Report): SbomContent {
  // Group first and sort only within groups: sorting every inventory entry up front was the most
  // expensive step of `palisade sbom` on a large monorepo (hundreds of thousands of entries).
  const unsorted = new Map<string, Package[]>();
  for (const p of report.packages) {
    const ref = packageRef(p);
    const group = unsorted.get(ref);
    if (group) group.push(p);
    else unsorted.set(ref, [p]);
  }
  const groups = new Map<string, Package[]>();
  for (const ref of [...unsorted.keys()].sort(compareStrings)) {
    const group = unsorted.get(ref)!;
    if (group.length > 1) group.sort(comparePackages);
    groups.set(ref, group);
  }

  // dependsOn holds purls; the model allows unresolved `name@version` keys too, so accept those when unambiguous.
  const byNameVersion = new Map<string, string | null>();
  for (const [ref, [first]] of groups) {
    const key = `${first!.name}@${first!.version}`;
    byNameVersion.set(key, byNameVersion.has(key) && byNameVersion.get(key) !== ref ? null : ref);
  }
  const resolve = (dep: string): string | undefined =>
    groups.has(dep) ? dep : (byNameVersion.get(dep) ?? undefined);

  const components: SbomComponent[] = [...groups].map(([ref, group]) => {
    const first = group[0]!;
    const directs = group.map((p) => p.direct).filter((d): d is boolean => d !== undefined);
    const dependsOn = group
      .flatMap((p) => p.dependsOn ?? [])
      .map(resolve)
      .filter((d): d is string => d !== undefined && d !== ref);
    const component: SbomComponent = {
      ref,
      purl: first.purl,
      name: first.name,
      version: first.version,
      ecosystem: first.ecosystem,
      locations: uniqueLocations(group.flatMap((p) => p.locations)),
      dev: group.every((p) => p.dev === true),
      licenses: sortedUnique(
        group
          .flatMap((p) => p.licenses ?? [])
          .map((l) => l.trim())
          .filter((l) => l !== ''),
      ),
      dependsOn: sortedUnique(dependsOn),
      foundBy: sortedUnique(group.map((p) => p.foundBy)),
    };
    if (directs.length > 0) component.direct = directs.some((d) => d);
    return component;
  });
  components.sort((a, b) => compareStrings(a.ref, b.ref));

  const osByRef = new Map<string, SbomOs>();
  const osInfos = [...(report.os ?? [])].sort(
    byKeys(
      (o) => o.family,
      (o) => o.version ?? '',
      (o) => o.name ?? '',
      (o) => o.location.path,
    ),
  );
  for (const info of osInfos) {
    const ref = `palisade:os:${info.family}@${info.version ?? ''}`;
    const prev = osByRef.get(ref);
    if (prev) {
      prev.locations = uniqueLocations([...prev.locations, info.location]);
      continue;
    }
    const os: SbomOs = { ref, family: info.family, locations: [info.location] };
    if (info.name !== undefined) os.name = info.name;
    if (info.version !== undefined) os.version = info.version;
    osByRef.set(ref, os);
  }
  const os = [...osByRef.values()];

  const hasParent = new Set(components.flatMap((c) => c.dependsOn));
  const rootDependsOn = sortedUnique([
    ...components
      .filter((c) => c.direct === true || (c.direct === undefined && !hasParent.has(c.ref)))
      .map((c) => c.ref),
    ...os.map((o) => o.ref),
  ]);
  return { components, os, rootDependsOn };
}

/** `path#L12` (or `path` with no line): one occurrence as a short string for properties and comments. */
export function formatLocation(l: Location): string {
  return l.startLine !== undefined ? `${l.path}#L${l.startLine}` : l.path;
}
