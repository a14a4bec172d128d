import { describe, expect, it } from 'vitest';
import { scoreCvss, severityFromLabel, severityFromScore } from './index.js';

describe('scoreCvss', () => {
  // Scores published by FIRST: CVSS v3.1 Examples (https://www.first.org/cvss/v3.1/examples) and the
  // v4.0 specification/examples (https://www.first.org/cvss/v4.0/examples); the two 3.1 vectors marked
  // "by hand" were also worked through with the v3.1 spec §7 formulas.
  it.each([
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N', '3.1', 7.5], // CVE-2014-0160 Heartbleed (by hand)
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', '3.1', 9.8], // CVE-2014-6271 Shellshock
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N', '3.1', 6.1], // CVE-2013-1937 phpMyAdmin XSS
    ['CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N', '3.1', 3.1], // CVE-2014-3566 POODLE
    ['CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H', '3.1', 9.9], // CVE-2012-1516 VMware
    ['CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:L/A:L', '3.1', 5.0], // GHSA-qw6h-vgh9-j6wx (by hand)
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N', '3.1', 0],
    ['CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H', '3.0', 10],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', '4.0', 9.3],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H', '4.0', 10],
    ['CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', '4.0', 8.5], // CVE-2022-41741 nginx
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N', '4.0', 0],
    ['AV:N/AC:L/Au:N/C:P/I:P/A:P', '2.0', 7.5],
  ])('%s scores %s / %d', (vector, version, score) => {
    expect(scoreCvss(vector)).toEqual({ version, vector, score });
  });

  it.each([
    ['garbage'],
    [''],
    ['CVSS:3.1/AV:N/AC:L'], // base metrics missing
    ['CVSS:3.1/AV:N/AC:Q/PR:N/UI:N/S:U/C:H/I:H/A:H'], // unknown value
  ])('rejects %j', (vector) => {
    expect(scoreCvss(vector)).toBeUndefined();
  });
});

describe('severityFromScore', () => {
  it.each([
    [10, 'critical'],
    [9.0, 'critical'],
    [8.9, 'high'],
    [7.0, 'high'],
    [6.9, 'medium'],
    [4.0, 'medium'],
    [3.9, 'low'],
    [0.1, 'low'],
    [0, 'info'],
  ])('%d → %s', (score, severity) => {
    expect(severityFromScore(score)).toBe(severity);
  });
});

describe('severityFromLabel', () => {
  it.each([
    ['CRITICAL', 'critical'],
    ['HIGH', 'high'],
    ['MODERATE', 'medium'],
    ['Medium', 'medium'],
    ['LOW', 'low'],
    [' low ', 'low'],
    ['unheard-of', undefined],
    [7, undefined],
  ])('%j → %s', (label, severity) => {
    expect(severityFromLabel(label)).toBe(severity);
  });
});
