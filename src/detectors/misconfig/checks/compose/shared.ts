/**
 * Helpers for compose checks over a service mapping (Compose Specification:
 * https://github.com/compose-spec/compose-spec/blob/main/spec.md): ports and volumes in both the short
 * and the long syntax, environment as list or map.
 */
import type { ParsedResource } from '../../check.js';

export type Service = Record<string, unknown>;

export function serviceOf(r: ParsedResource): Service {
  const v = r.value;
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Service) : {};
}

export interface PortMapping {
  index: number;
  hostIp?: string;
  published?: string;
  /** Container port (first of a range). */
  target: number;
  targetEnd: number;
}

/** `[HOST_IP:][HOST_PORT:]CONTAINER_PORT[/PROTO]`, a bare number, or the long `{target, published, host_ip}` form. */
export function ports(s: Service): PortMapping[] {
  const list = Array.isArray(s.ports) ? s.ports : [];
  const out: PortMapping[] = [];
  list.forEach((p: unknown, index: number) => {
    if (typeof p === 'number') {
      out.push({ index, target: p, targetEnd: p });
    } else if (typeof p === 'string') {
      const noProto = p.split('/')[0]!;
      // IPv6 host IPs are bracketed: [::1]:8080:80
      const m = /^(?:(\[[^\]]*\]|[^:]*):)?(?:([^:]*):)?([^:]+)$/.exec(noProto);
      if (!m) return;
      let hostIp: string | undefined;
      let published: string | undefined;
      if (m[1] !== undefined && m[2] !== undefined) {
        hostIp = m[1];
        published = m[2];
      } else if (m[1] !== undefined) {
        published = m[1];
      }
      const [a, b] = m[3]!.split('-');
      const target = Number(a);
      if (!Number.isFinite(target)) return;
      const pm: PortMapping = { index, target, targetEnd: b !== undefined && Number.isFinite(Number(b)) ? Number(b) : target };
      if (hostIp !== undefined) pm.hostIp = hostIp.replace(/^\[|\]$/g, '');
      if (published !== undefined) pm.published = published;
      out.push(pm);
    } else if (p && typeof p === 'object') {
      const o = p as Record<string, unknown>;
      const target = Number(o.target);
      if (!Number.isFinite(target)) return;
      const pm: PortMapping = { index, target, targetEnd: target };
      if (o.host_ip !== undefined) pm.hostIp = String(o.host_ip);
      if (o.published !== undefined) pm.published = String(o.published);
      out.push(pm);
    }
  });
  return out;
}

export interface VolumeMount {
  index: number;
  /** Host path of a bind mount (as written), undefined for named/anonymous volumes. */
  hostPath?: string;
  source?: string;
  target: string;
  readOnly: boolean;
}

function isHostPath(src: string): boolean {
  return src.startsWith('/') || src.startsWith('./') || src.startsWith('../') || src.startsWith('~') || src === '.' || /^[A-Za-z]:[\\/]/.test(src);
}

export function volumes(s: Service): VolumeMount[] {
  const list = Array.isArray(s.volumes) ? s.volumes : [];
  const out: VolumeMount[] = [];
  list.forEach((v: unknown, index: number) => {
    if (typeof v === 'string') {
      const parts = v.split(':');
      // Windows drive letters (C:\data:/data) contain a colon of their own.
      if (parts.length >= 3 && /^[A-Za-z]$/.test(parts[0]!)) parts.splice(0, 2, `${parts[0]}:${parts[1]}`);
      if (parts.length === 1) {
        out.push({ index, target: parts[0]!, readOnly: false });
        return;
      }
      const [src, target, mode] = parts as [string, string, string | undefined];
      const m: VolumeMount = { index, source: src, target, readOnly: /(^|,)ro(,|$)/.test(mode ?? '') };
      if (isHostPath(src)) m.hostPath = src;
      out.push(m);
    } else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      const src = typeof o.source === 'string' ? o.source : undefined;
      const m: VolumeMount = { index, target: String(o.target ?? ''), readOnly: o.read_only === true };
      if (src !== undefined) m.source = src;
      if (src !== undefined && (o.type === 'bind' || (o.type === undefined && isHostPath(src)))) m.hostPath = src;
      out.push(m);
    }
  });
  return out;
}

/** Environment entries as [name, value, path-inside-service]. */
export function environment(s: Service): { name: string; value: unknown; at: (string | number)[] }[] {
  const env = s.environment;
  if (Array.isArray(env)) {
    return env.flatMap((e: unknown, i: number) => {
      if (typeof e !== 'string') return [];
      const eq = e.indexOf('=');
      return [{ name: eq < 0 ? e : e.slice(0, eq), value: eq < 0 ? undefined : e.slice(eq + 1), at: ['environment', i] }];
    });
  }
  if (env && typeof env === 'object') {
    return Object.entries(env as Record<string, unknown>).map(([name, value]) => ({ name, value, at: ['environment', name] }));
  }
  return [];
}

/** The deepest existing path of `paths` (first element of each is tried in order), for missing settings. */
export function deepest(s: Service, path: readonly string[]): string[] {
  const out: string[] = [];
  let cur: unknown = s;
  for (const p of path) {
    if (!cur || typeof cur !== 'object' || !(p in (cur as object))) break;
    out.push(p);
    cur = (cur as Record<string, unknown>)[p];
  }
  return out;
}

export const COMPOSE_REFS = {
  spec: 'https://docs.docker.com/reference/compose-file/services/',
  cis: 'https://www.cisecurity.org/benchmark/docker',
  owasp: 'https://cheatsheetseries.owasp.org/cheatsheets/Docker_Security_Cheat_Sheet.html',
} as const;
