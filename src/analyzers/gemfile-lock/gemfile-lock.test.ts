import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeAnalyzerCases } from '../../../test/harness/analyzer-cases.js';
import { gemfileLock } from './index.js';
import { parseGemfileLock, readGemfileGroups } from './parse.js';

describeAnalyzerCases(gemfileLock, path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases'));

describe('parseGemfileLock', () => {
  it('rejects text that has no lockfile sections', () => {
    expect(() => parseGemfileLock('  just some\n  indented text\n', 'Gemfile.lock', 't')).toThrow(
      /not a Bundler lockfile/,
    );
  });
  it('splits the platform off the version and keeps prerelease versions', () => {
    const pkgs = parseGemfileLock(
      'GEM\n  remote: https://rubygems.org/\n  specs:\n    grpc (1.58.0-x86_64-linux-gnu)\n    rails (7.1.0.beta1)\n',
      'Gemfile.lock',
      't',
    );
    expect(pkgs.map((p) => `${p.name}@${p.version}`)).toEqual(['grpc@1.58.0', 'rails@7.1.0.beta1']);
    expect(pkgs[0]!.direct).toBeUndefined();
  });
  it('ignores the CHECKSUMS section of Bundler 2.5+', () => {
    const text =
      'GEM\n  specs:\n    rake (13.1.0)\n\nCHECKSUMS\n  rake (13.1.0) sha256=46cb38dae65d7d74b6020a4ac9d48afed8eb8149c040eccf0523bec91907059d\n  rack (3.0.8) sha256=abc\n';
    expect(parseGemfileLock(text, 'Gemfile.lock', 't').map((p) => p.name)).toEqual(['rake']);
  });
  it('handles CRLF line endings', () => {
    const pkgs = parseGemfileLock(
      'GEM\r\n  specs:\r\n    rake (13.0.6)\r\n\r\nDEPENDENCIES\r\n  rake\r\n',
      'Gemfile.lock',
      't',
    );
    expect(pkgs).toHaveLength(1);
    expect(pkgs[0]!.direct).toBe(true);
  });
});

describe('readGemfileGroups', () => {
  it('reads group blocks, inline group options and platform blocks', () => {
    const g = readGemfileGroups(
      [
        'gem "pg"',
        'group :test do',
        '  gem "capybara"',
        '  platforms :mri do',
        '    gem "byebug"',
        '  end',
        'end',
        "gem 'pry', groups: [:development, :test]",
        'gem "puma", group: :production',
        'gem "debug" # group: :development is only a comment',
      ].join('\n'),
    )!;
    expect([...g.devOnly].sort()).toEqual(['byebug', 'capybara', 'pry']);
    expect(g.declared.size).toBe(6);
  });
  it('gives up on Gemfiles that include other Gemfiles', () => {
    expect(readGemfileGroups('eval_gemfile "Gemfile.common"\ngem "rake"\n')).toBeUndefined();
  });
});
