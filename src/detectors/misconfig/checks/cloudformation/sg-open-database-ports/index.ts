import { cfnCheck, openIngress, SECURITY_GROUP_TYPES } from '../cfn.js';

/** MySQL, PostgreSQL, SQL Server, Oracle, MongoDB, Redis, Memcached, Elasticsearch, Redshift, Cassandra, CouchDB. */
const DB_PORTS = [3306, 5432, 1433, 1434, 1521, 27017, 27018, 6379, 11211, 9200, 9300, 5439, 9042, 5984];

export const sgOpenDatabasePorts = cfnCheck({
  id: 'PAL-CFN-012',
  slug: 'sg-open-database-ports',
  title: 'Security group exposes a database port to the internet',
  severity: 'critical',
  description:
    'Database ports reachable from 0.0.0.0/0 invite credential stuffing and exploitation; databases should only be reachable from the application tier.',
  remediation:
    'Allow the database port only from the application security group (SourceSecurityGroupId) or private CIDRs.',
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.RDSSecurityGroups.html',
    'CIS AWS Foundations Benchmark v3.0.0 5.2',
  ],
  resourceTypes: SECURITY_GROUP_TYPES,
  evaluate: (r) => openIngress(r, DB_PORTS, 'database port'),
});
