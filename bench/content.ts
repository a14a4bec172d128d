/**
 * Non-lockfile content for the generated monorepo: source files that read like code (so text-sniffing
 * and source scanners see realistic input), per-service boilerplate, and binary assets whose bytes
 * come from a seeded pool (random-looking, incompressible, cheap to produce at 1 GB scale).
 */
import type { Rng } from './prng.js';
import type { LockKind } from './lockfiles.js';

export type Language = 'ts' | 'js' | 'py' | 'go' | 'rs' | 'java' | 'kt' | 'rb' | 'php' | 'cs' | 'dart';

/** The source language a service with this primary lockfile is written in. */
export function languageFor(kind: LockKind, rng: Rng): Language {
  switch (kind) {
    case 'npm':
    case 'yarn':
    case 'pnpm':
      return rng.chance(0.75) ? 'ts' : 'js';
    case 'requirements':
    case 'poetry':
    case 'pipenv':
      return 'py';
    case 'gomod':
      return 'go';
    case 'cargo':
      return 'rs';
    case 'maven':
    case 'gradle':
      return rng.chance(0.8) ? 'java' : 'kt';
    case 'bundler':
      return 'rb';
    case 'composer':
      return 'php';
    case 'nuget':
      return 'cs';
    case 'pub':
      return 'dart';
  }
}

const WORDS = `account order invoice payment customer user session token cart item price tax ledger report
  event message queue topic batch job schedule retry limit quota metric trace span audit policy rule role
  permission group tenant region zone cluster node pod service route gateway cache store index search query
  filter page cursor record entry snapshot version release deploy build artifact image layer manifest config
  secret key cert signer verifier parser lexer token buffer stream reader writer encoder decoder client server
  handler controller repository adapter provider factory builder mapper validator serializer scheduler worker`
  .trim()
  .split(/\s+/);

const camel = (parts: string[]): string => parts.map((p, i) => (i === 0 ? p : p[0]!.toUpperCase() + p.slice(1))).join('');
const pascal = (parts: string[]): string => parts.map((p) => p[0]!.toUpperCase() + p.slice(1)).join('');
const snake = (parts: string[]): string => parts.join('_');

function ident(rng: Rng, n = 2): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(rng.pick(WORDS));
  return out;
}

interface LangTemplate {
  ext: string;
  header(rng: Rng): string;
  fn(rng: Rng): string;
  footer?: string;
}

const T: Record<Language, LangTemplate> = {
  ts: {
    ext: 'ts',
    header: (r) =>
      `import { ${camel(ident(r))} } from './${ident(r, 1)[0]}.js';\nimport type { ${pascal(ident(r))} } from '../types.js';\n\n/** ${pascal(ident(r))} operations for the ${ident(r, 1)[0]} domain. */\n`,
    fn: (r) => {
      const [a, b] = ident(r);
      return `\nexport async function ${camel([a!, b!])}(input: ${pascal([a!])}Input, options: Options = {}): Promise<${pascal([b!])}Result> {\n  const started = Date.now();\n  if (!input.${a}Id) {\n    throw new Error('missing ${a} id');\n  }\n  const items = await options.store?.list({ ${a}Id: input.${a}Id, limit: ${r.int(10, 500)} }) ?? [];\n  const ${b}s = items.filter((item) => item.status !== 'deleted').map((item) => ({ ...item, ${b}: item.${b} ?? null }));\n  options.logger?.debug('${camel([a!, b!])}', { count: ${b}s.length, ms: Date.now() - started });\n  return { ok: true, ${b}s };\n}\n`;
    },
  },
  js: {
    ext: 'js',
    header: (r) => `'use strict';\n\nconst ${camel(ident(r))} = require('./${ident(r, 1)[0]}');\nconst { promisify } = require('node:util');\n\n`,
    fn: (r) => {
      const [a, b] = ident(r);
      return `\nasync function ${camel([a!, b!])}(req, res, next) {\n  try {\n    const id = req.params.${a}Id;\n    const ${b} = await db.${a}s.findOne({ id, deletedAt: null });\n    if (!${b}) return res.status(404).json({ error: '${a} not found' });\n    res.json({ data: ${b}, meta: { took: ${r.int(1, 99)} } });\n  } catch (err) {\n    next(err);\n  }\n}\nmodule.exports.${camel([a!, b!])} = ${camel([a!, b!])};\n`;
    },
  },
  py: {
    ext: 'py',
    header: (r) => `"""${pascal(ident(r))} service helpers."""\nfrom __future__ import annotations\n\nimport logging\nfrom dataclasses import dataclass\nfrom typing import Iterable, Optional\n\nfrom .${ident(r, 1)[0]} import ${pascal(ident(r))}\n\nlog = logging.getLogger(__name__)\n\n`,
    fn: (r) => {
      const [a, b] = ident(r);
      return `\ndef ${snake([a!, b!])}(${a}_id: str, items: Iterable[dict], limit: Optional[int] = ${r.int(10, 500)}) -> list[dict]:\n    """Return the ${b}s of one ${a}, newest first."""\n    result = []\n    for item in items:\n        if item.get("${a}_id") != ${a}_id:\n            continue\n        result.append({**item, "${b}": item.get("${b}")})\n        if limit and len(result) >= limit:\n            break\n    log.debug("${snake([a!, b!])}: %d rows", len(result))\n    return sorted(result, key=lambda row: row.get("created_at", ""), reverse=True)\n`;
    },
  },
  go: {
    ext: 'go',
    header: (r) => `package ${ident(r, 1)[0]}\n\nimport (\n\t"context"\n\t"errors"\n\t"fmt"\n\t"time"\n)\n\n// Err${pascal(ident(r))} is returned when the record does not exist.\nvar Err${pascal(ident(r))} = errors.New("not found")\n`,
    fn: (r) => {
      const [a, b] = ident(r);
      return `\n// ${pascal([a!, b!])} loads the ${b} of a ${a} with a deadline.\nfunc (s *Service) ${pascal([a!, b!])}(ctx context.Context, id string) (*${pascal([b!])}, error) {\n\tctx, cancel := context.WithTimeout(ctx, ${r.int(1, 30)}*time.Second)\n\tdefer cancel()\n\trow, err := s.store.Get${pascal([a!])}(ctx, id)\n\tif err != nil {\n\t\treturn nil, fmt.Errorf("${a} %s: %w", id, err)\n\t}\n\tif row == nil {\n\t\treturn nil, ErrNotFound\n\t}\n\treturn &${pascal([b!])}{ID: row.ID, UpdatedAt: time.Now()}, nil\n}\n`;
    },
  },
  rs: {
    ext: 'rs',
    header: (r) => `use std::collections::HashMap;\nuse std::sync::Arc;\n\nuse crate::${ident(r, 1)[0]}::${pascal(ident(r))};\n\n`,
    fn: (r) => {
      const [a, b] = ident(r);
      return `\n/// Groups ${b}s by ${a}.\npub fn ${snake([a!, b!])}(items: &[${pascal([b!])}], limit: usize) -> HashMap<String, Vec<Arc<${pascal([b!])}>>> {\n    let mut out: HashMap<String, Vec<Arc<${pascal([b!])}>>> = HashMap::with_capacity(${r.int(4, 64)});\n    for item in items.iter().take(limit) {\n        out.entry(item.${a}_id.clone()).or_default().push(Arc::new(item.clone()));\n    }\n    out\n}\n`;
    },
  },
  java: {
    ext: 'java',
    header: (r) => `package com.acme.${ident(r, 1)[0]};\n\nimport java.util.List;\nimport java.util.Optional;\nimport java.util.stream.Collectors;\n\npublic class ${pascal(ident(r))}Service {\n`,
    fn: (r) => {
      const [a, b] = ident(r);
      return `\n    /** Finds the ${b}s of a ${a}. */\n    public List<${pascal([b!])}> ${camel(['find', a!, b!])}(String ${a}Id) {\n        if (${a}Id == null || ${a}Id.isBlank()) {\n            throw new IllegalArgumentException("${a}Id is required");\n        }\n        return repository.findAll().stream()\n            .filter(x -> ${a}Id.equals(x.get${pascal([a!])}Id()))\n            .limit(${r.int(10, 500)})\n            .collect(Collectors.toList());\n    }\n`;
    },
    footer: '}\n',
  },
  kt: {
    ext: 'kt',
    header: (r) => `package com.acme.${ident(r, 1)[0]}\n\nimport kotlinx.coroutines.flow.Flow\nimport kotlinx.coroutines.flow.filter\n\nclass ${pascal(ident(r))}Service(private val repo: Repository) {\n`,
    fn: (r) => {
      const [a, b] = ident(r);
      return `\n    /** Streams the ${b}s of one ${a}. */\n    fun ${camel([a!, b!])}(${a}Id: String): Flow<${pascal([b!])}> =\n        repo.stream(limit = ${r.int(10, 500)}).filter { it.${a}Id == ${a}Id && !it.deleted }\n`;
    },
    footer: '}\n',
  },
  rb: {
    ext: 'rb',
    header: (r) => `# frozen_string_literal: true\n\nrequire "json"\n\nmodule ${pascal(ident(r, 1))}\n  class ${pascal(ident(r))}\n`,
    fn: (r) => {
      const [a, b] = ident(r);
      return `\n    # Returns the ${b}s of a ${a}.\n    def ${snake([a!, b!])}(${a}_id, limit: ${r.int(10, 500)})\n      raise ArgumentError, "${a}_id required" if ${a}_id.nil?\n\n      records.select { |r| r[:${a}_id] == ${a}_id }.first(limit).map do |r|\n        r.merge(${b}: r.fetch(:${b}, nil))\n      end\n    end\n`;
    },
    footer: '  end\nend\n',
  },
  php: {
    ext: 'php',
    header: (r) => `<?php\n\ndeclare(strict_types=1);\n\nnamespace App\\${pascal(ident(r, 1))};\n\nuse Psr\\Log\\LoggerInterface;\n\nfinal class ${pascal(ident(r))}Service\n{\n`,
    fn: (r) => {
      const [a, b] = ident(r);
      return `\n    /** @return array<int, array<string, mixed>> */\n    public function ${camel([a!, b!])}(string $${a}Id, int $limit = ${r.int(10, 500)}): array\n    {\n        $rows = $this->repository->findBy(['${a}_id' => $${a}Id], limit: $limit);\n        $this->logger->debug('${camel([a!, b!])}', ['count' => \\count($rows)]);\n        return array_map(fn (array $row) => $row + ['${b}' => null], $rows);\n    }\n`;
    },
    footer: '}\n',
  },
  cs: {
    ext: 'cs',
    header: (r) => `using System;\nusing System.Collections.Generic;\nusing System.Linq;\nusing System.Threading.Tasks;\n\nnamespace Acme.${pascal(ident(r, 1))};\n\npublic sealed class ${pascal(ident(r))}Service\n{\n`,
    fn: (r) => {
      const [a, b] = ident(r);
      return `\n    /// <summary>Loads the ${b}s of a ${a}.</summary>\n    public async Task<IReadOnlyList<${pascal([b!])}>> ${pascal([a!, b!])}Async(Guid ${a}Id)\n    {\n        var rows = await _repository.ListAsync(x => x.${pascal([a!])}Id == ${a}Id, take: ${r.int(10, 500)});\n        return rows.Where(x => !x.Deleted).OrderByDescending(x => x.CreatedAt).ToList();\n    }\n`;
    },
    footer: '}\n',
  },
  dart: {
    ext: 'dart',
    header: (r) => `import 'package:flutter/material.dart';\nimport '../models/${ident(r, 1)[0]}.dart';\n\nclass ${pascal(ident(r))}Repository {\n`,
    fn: (r) => {
      const [a, b] = ident(r);
      return `\n  /// Fetches the ${b}s of a ${a}.\n  Future<List<${pascal([b!])}>> ${camel(['fetch', a!, b!])}(String ${a}Id) async {\n    final rows = await _api.get('/${a}s/$${a}Id/${b}s?limit=${r.int(10, 500)}');\n    return rows.map((row) => ${pascal([b!])}.fromJson(row)).toList();\n  }\n`;
    },
    footer: '}\n',
  },
};

/** A source file of roughly `targetBytes` in `lang`; `test` adds a `.test`/`_test` style name hint only. */
export function sourceFile(lang: Language, rng: Rng, targetBytes: number): { ext: string; content: string } {
  const t = T[lang];
  const parts: string[] = [t.header(rng)];
  let size = parts[0]!.length;
  do {
    const f = t.fn(rng);
    parts.push(f);
    size += f.length;
  } while (size < targetBytes);
  if (t.footer) parts.push(t.footer);
  return { ext: t.ext, content: parts.join('') };
}

/** A file-name stem in the language's convention. */
export function sourceName(lang: Language, rng: Rng): string {
  const parts = ident(rng, rng.int(1, 2));
  switch (lang) {
    case 'java':
    case 'kt':
    case 'cs':
      return pascal(parts);
    case 'ts':
    case 'js':
      return parts.join('-');
    default:
      return snake(parts);
  }
}

export function moduleName(rng: Rng): string {
  return rng.pick(WORDS);
}

/** Per-service files that every real service has. */
export function boilerplate(service: string, lang: Language, rng: Rng): { path: string; content: string }[] {
  const port = rng.int(3000, 9000);
  return [
    {
      path: 'README.md',
      content: `# ${service}\n\nOwned by the ${rng.pick(WORDS)} team. Written in ${lang}.\n\n## Running locally\n\n\`\`\`sh\nmake dev\n\`\`\`\n\nThe service listens on port ${port}. See docs/ for the runbook.\n`,
    },
    {
      path: 'Dockerfile',
      content: `FROM cgr.dev/chainguard/${lang === 'py' ? 'python' : lang === 'go' ? 'go' : lang === 'java' || lang === 'kt' ? 'jre' : 'node'}:latest\nWORKDIR /app\nCOPY . .\nEXPOSE ${port}\nUSER nonroot\nCMD ["./start"]\n`,
    },
    { path: '.gitignore', content: 'dist/\nbuild/\ntarget/\n*.log\n.env\n__pycache__/\n' },
    {
      path: 'deploy/deployment.yaml',
      content: `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${service}\n  labels:\n    app: ${service}\nspec:\n  replicas: ${rng.int(1, 6)}\n  selector:\n    matchLabels:\n      app: ${service}\n  template:\n    metadata:\n      labels:\n        app: ${service}\n    spec:\n      containers:\n        - name: ${service}\n          image: registry.example.com/${service}:1.0.0\n          ports:\n            - containerPort: ${port}\n          resources:\n            limits:\n              cpu: 500m\n              memory: 256Mi\n`,
    },
  ];
}

/** Magic numbers so that sniffers see the real file types. */
const MAGIC: Record<string, number[]> = {
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52],
  jpg: [0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0],
  gif: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61],
  woff2: [0x77, 0x4f, 0x46, 0x32, 0, 1, 0, 0],
  woff: [0x77, 0x4f, 0x46, 0x46, 0, 1, 0, 0],
  ico: [0, 0, 1, 0, 1, 0],
  pdf: [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a],
  zip: [0x50, 0x4b, 0x03, 0x04, 0x14, 0],
  mp4: [0, 0, 0, 0x20, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d],
  wasm: [0, 0x61, 0x73, 0x6d, 1, 0, 0, 0],
};
export const ASSET_EXTS = ['png', 'png', 'png', 'jpg', 'jpg', 'gif', 'woff2', 'woff', 'ico', 'pdf'] as const;
export const LARGE_ASSET_EXTS = ['mp4', 'zip', 'pdf', 'wasm', 'png'] as const;

export function magic(ext: string): Uint8Array {
  return Uint8Array.from(MAGIC[ext] ?? []);
}
