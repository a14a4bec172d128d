import type { MisconfigCheck } from '../../../check.js';
import { ports, serviceOf } from '../shared.js';

const DB_PORTS = new Map<number, string>([
  [3306, 'MySQL'], [5432, 'PostgreSQL'], [1433, 'SQL Server'], [1521, 'Oracle'], [27017, 'MongoDB'], [6379, 'Redis'],
  [11211, 'Memcached'], [9200, 'Elasticsearch'], [9042, 'Cassandra'], [5984, 'CouchDB'], [8086, 'InfluxDB'], [2379, 'etcd'],
]);

export const databasePortExposed: MisconfigCheck = {
  id: 'PAL-DC-011',
  slug: 'database-port-exposed',
  platform: 'compose',
  title: 'Database port published on all interfaces',
  severity: 'high',
  description:
    'Publishing a database, cache or search port without a host IP binds it on every interface of the host (Docker also bypasses host firewalls such as ufw), exposing the data store to the network.',
  remediation: 'Bind to loopback (`127.0.0.1:5432:5432`), or do not publish it at all and reach it over the compose network.',
  references: ['https://docs.docker.com/reference/compose-file/services/#ports', 'https://docs.docker.com/engine/network/packet-filtering-firewalls/'],
  kics: [],
  resourceTypes: ['service'],
  evaluate(r) {
    return ports(serviceOf(r))
      .filter((p) => p.published !== undefined && p.published !== '' && (p.hostIp === undefined || p.hostIp === '0.0.0.0' || p.hostIp === '::'))
      .filter((p) => [...DB_PORTS.keys()].some((d) => d >= p.target && d <= p.targetEnd))
      .map((p) => ({ message: `${r.name} publishes ${DB_PORTS.get(p.target) ?? 'a database'} port ${p.target} on all interfaces`, at: ['ports', p.index] }));
  },
};
