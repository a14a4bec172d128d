/**
 * Test helper: validators for the CI report formats against the official schemas vendored in
 * test/schemas/ (sources and licenses in its README) and the JSON report schema in docs/. Used by the
 * writer tests and the end-to-end fingerprint test; never by the product.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { validateXML } from 'xmllint-wasm';

const ROOT = new URL('../../../', import.meta.url);
const readJson = (path: string) => JSON.parse(readFileSync(new URL(path, ROOT), 'utf8'));

/** ajv's error list as one readable string (for assertion messages). */
function errorsOf(validate: { errors?: unknown }): string {
  return JSON.stringify(validate.errors ?? [], null, 1);
}

export interface JsonValidator {
  schema: { $id?: string; id?: string; self?: { version: string } };
  /** true when valid; otherwise `errors` says why. */
  (doc: unknown): boolean;
  errors: () => string;
}

function validator(
  schema: object,
  compile: (s: object) => ((d: unknown) => boolean) & { errors?: unknown },
): JsonValidator {
  const validate = compile(schema);
  const fn = ((doc: unknown) => validate(doc)) as JsonValidator;
  fn.schema = schema as JsonValidator['schema'];
  fn.errors = () => errorsOf(validate);
  return fn;
}

const draft04 = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats.default(draft04);
const draft07 = new Ajv.default({ allErrors: true, strict: false });
addFormats.default(draft07);
const draft2020 = new Ajv2020.default({ allErrors: true, strict: false });
addFormats.default(draft2020);

export const validateSarif = validator(readJson('test/schemas/sarif-2.1.0.schema.json'), (s) =>
  draft04.compile(s),
);
export const validateJsonReport = validator(readJson('docs/report-schema.json'), (s) => draft2020.compile(s));

// The official CycloneDX 1.6 schema and the two schemas it $refs, as shipped by @cyclonedx/cyclonedx-library.
const cdxSchemaDir = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@cyclonedx/cyclonedx-library/package.json')),
  'res/schema',
);
const loadCdxSchema = (file: string) => JSON.parse(readFileSync(path.join(cdxSchemaDir, file), 'utf8'));
const cdx = new Ajv.default({ allErrors: true, strict: false });
addFormats.default(cdx);
// ajv-formats has no IRI formats (the CycloneDX library pulls in ajv-formats-draft2019 for them); the
// fields that use them are free text for us, so accept any string rather than add a dependency.
for (const format of ['iri', 'iri-reference', 'idn-email']) cdx.addFormat(format, true);
// The library renames the files to *.SNAPSHOT.schema.json and its $refs follow, but the $ids do not:
// register each referenced schema under the name the $ref resolves to.
for (const file of ['spdx.SNAPSHOT.schema.json', 'jsf-0.82.SNAPSHOT.schema.json']) {
  cdx.addSchema({ ...loadCdxSchema(file), $id: `http://cyclonedx.org/schema/${file}` });
}
export const validateCycloneDx = validator(loadCdxSchema('bom-1.6.SNAPSHOT.schema.json'), (s) =>
  cdx.compile(s),
);

export const GITLAB_SCHEMAS = {
  sast: validator(readJson('test/schemas/gitlab-sast-report-format-15.0.7.schema.json'), (s) =>
    draft07.compile(s),
  ),
  secret: validator(readJson('test/schemas/gitlab-secret-detection-report-format-15.0.7.schema.json'), (s) =>
    draft07.compile(s),
  ),
  dependency: validator(
    readJson('test/schemas/gitlab-dependency-scanning-report-format-15.0.7.schema.json'),
    (s) => draft07.compile(s),
  ),
};

const JUNIT_XSD = readFileSync(new URL('test/schemas/junit-10.xsd', ROOT), 'utf8');

/** Errors of a JUnit XML document against the Jenkins xunit-plugin junit-10.xsd (libxml2 in WebAssembly); [] when valid. */
export async function junitSchemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'report.xml', contents: xml }],
    schema: [{ fileName: 'junit-10.xsd', contents: JUNIT_XSD }],
  });
  return result.errors.map((e) => e.rawMessage);
}
