import { describe, expect, it } from 'vitest';
import { compose } from './index.js';
import { parseCompose } from './parse.js';

const text = `name: shop
services:
  web:
    image: nginx:1.27
    ports:
      - "80:8080"
    volumes:
      - ./site:/usr/share/nginx/html:ro

  db:
    image: postgres:16.4
    environment:
      POSTGRES_PASSWORD: example-pass-123
volumes:
  data: {}
`;

describe('parseCompose', () => {
  const rs = parseCompose(text, 'docker-compose.yml');
  it('makes one resource per service with its lines', () => {
    expect(rs.map((r) => [r.type, r.name, r.startLine, r.endLine])).toEqual([
      ['service', 'services.web', 3, 8],
      ['service', 'services.db', 10, 13],
    ]);
    expect(rs[1]!.value).toEqual({ image: 'postgres:16.4', environment: { POSTGRES_PASSWORD: 'example-pass-123' } });
  });
  it('resolves lines of values inside a service', () => {
    expect(rs[0]!.lines(['ports', 0])).toEqual({ startLine: 6, endLine: 6 });
    expect(rs[0]!.lines(['ports'])).toEqual({ startLine: 5, endLine: 6 });
    expect(rs[1]!.lines(['environment', 'POSTGRES_PASSWORD'])).toEqual({ startLine: 13, endLine: 13 });
    expect(rs[1]!.lines(['nope'])).toBeUndefined();
    expect(rs[0]!.siblings).toBe(rs);
  });
  it('yields nothing for YAML without services and throws on broken YAML', () => {
    expect(parseCompose('version: "3"\n', 'compose.yml')).toEqual([]);
    expect(() => parseCompose('services:\n  web: [\n', 'compose.yml')).toThrow(/invalid compose file/);
  });
});

describe('compose claims', () => {
  const claims = (p: string) => compose.claims.patterns!.some((r) => r.test(p));
  it.each(['docker-compose.yml', 'deploy/docker-compose.prod.yaml', 'compose.yaml', 'compose.override.yml', 'docker-compose-dev.yml'])('claims %s', (p) =>
    expect(claims(p)).toBe(true),
  );
  it.each(['composer.yml', 'k8s/deployment.yaml', 'docker-compose.yml.bak'])('leaves %s', (p) => expect(claims(p)).toBe(false));
});
