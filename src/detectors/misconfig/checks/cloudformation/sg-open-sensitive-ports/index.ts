import { cfnCheck, openIngress, SECURITY_GROUP_TYPES } from '../cfn.js';

/**
 * Remote administration, file sharing, directory, container-runtime and data-store ports that are never
 * meant to face the internet (FTP, SSH, Telnet, SMTP, POP3, NetBIOS/SMB, LDAP, Docker, etcd, RDP,
 * VNC, WinRM, databases and caches).
 */
const SENSITIVE_PORTS = [
  20, 21, 22, 23, 25, 110, 135, 137, 138, 139, 389, 445, 636, 1433, 1434, 1521, 2375, 2376, 2379, 2380, 3306,
  3389, 4333, 5432, 5500, 5601, 5900, 5985, 5986, 6379, 7001, 8020, 8086, 8888, 9000, 9042, 9160, 9200, 9300,
  11211, 11214, 11215, 27017, 27018, 61621,
];

export const sgOpenSensitivePorts = cfnCheck({
  id: 'PAL-CFN-014',
  slug: 'sg-open-sensitive-ports',
  title: 'Security group exposes an administration or data port to the internet',
  severity: 'high',
  description:
    'Ports of remote administration (FTP, Telnet, SSH, RDP, VNC, WinRM), file sharing (SMB/NetBIOS), directories, container runtimes and data stores open to 0.0.0.0/0 are prime targets of automated scanning.',
  remediation:
    'Restrict the rule to known CIDRs or a source security group; reach administration ports through a VPN or SSM.',
  references: [
    'CIS AWS Foundations Benchmark v3.0.0 5.2, 5.3',
    'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-best-practices.html',
  ],
  kics: ['EC2 Sensitive Port Is Publicly Exposed', 'Security Groups With Exposed Admin Ports'],
  resourceTypes: SECURITY_GROUP_TYPES,
  evaluate: (r) => openIngress(r, SENSITIVE_PORTS, 'sensitive port'),
});
