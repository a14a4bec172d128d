import type { MisconfigCheck } from '../../../check.js';
import { stageOf } from '../shared.js';

export const imageLatestTag: MisconfigCheck = {
  id: 'PAL-DF-007',
  slug: 'image-latest-tag',
  platform: 'dockerfile',
  title: "Base image uses 'latest' or no tag",
  severity: 'medium',
  description:
    'A base image without a tag (or with `latest`) changes under your feet: builds are not reproducible and may pull in a different, possibly vulnerable or malicious, image.',
  remediation: 'Pin the base image to a specific version tag, ideally with its digest: `FROM node:20.12-alpine@sha256:…`.',
  references: ['https://docs.docker.com/reference/dockerfile/#from', 'https://docs.docker.com/build/building/best-practices/', 'https://github.com/hadolint/hadolint#rules'],
  kics: ["Image Version Using 'latest'", 'Image Version Not Explicit'],
  resourceTypes: ['stage'],
  evaluate(r) {
    const from = stageOf(r).from;
    if (from.stage || from.digest || from.image === 'scratch' || from.image.includes('$')) return [];
    if (from.tag === undefined) return [{ message: `base image ${from.raw} has no tag`, at: ['from'] }];
    if (from.tag === 'latest') return [{ message: `base image ${from.raw} uses the latest tag`, at: ['from'] }];
    return [];
  },
};
