/**
 * Helpers for GitHub Actions checks over the resources of src/analyzers/github-actions/parse.ts.
 * Untrusted inputs follow GitHub Security Lab's list of attacker-controlled contexts:
 * https://securitylab.github.com/resources/github-actions-untrusted-input/
 */
import type { ParsedResource } from '../../check.js';

export type Obj = Record<string, unknown>;

export function obj(v: unknown): Obj {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {};
}

/** The workflow document a job or step belongs to. */
export function workflowOf(r: ParsedResource): Obj {
  if (r.type === 'workflow') return obj(r.value);
  return obj(r.siblings.find((s) => s.type === 'workflow')?.value);
}

/** The job resource a step belongs to (`jobs.<id>.steps[n]` → `jobs.<id>`). */
export function jobOf(r: ParsedResource): ParsedResource | undefined {
  const m = /^(jobs\.[^.[]+)/.exec(r.name);
  return m ? r.siblings.find((s) => s.type === 'job' && s.name === m[1]) : undefined;
}

/** Event names of `on:` (string, list or map form). */
export function triggers(wf: Obj): Set<string> {
  // YAML 1.1 parsers read a bare `on` key as boolean true; the yaml package (1.2) keeps "on".
  const on = wf.on ?? wf.true;
  if (typeof on === 'string') return new Set([on]);
  if (Array.isArray(on)) return new Set(on.map(String));
  return new Set(Object.keys(obj(on)));
}

/** Events whose workflows run with the base repository's secrets and a write token while handling data from forks. */
export const PRIVILEGED_TRIGGERS = ['pull_request_target', 'workflow_run'];
/** Events anyone can cause on a public repository. */
export const PUBLIC_TRIGGERS = ['pull_request', 'pull_request_target', 'workflow_run', 'issue_comment', 'issues', 'discussion', 'discussion_comment', 'pull_request_review', 'pull_request_review_comment', 'fork', 'watch'];

const UNTRUSTED_CONTEXT =
  /\bgithub\.head_ref\b|\bgithub\.event\.(?:issue\.(?:title|body)|pull_request\.(?:title|body|head\.(?:ref|label|repo\.default_branch))|comment\.body|review\.body|review_comment\.body|pages\.[\w*[\]]+\.page_name|commits\.[\w*[\]]+\.(?:message|author\.(?:email|name))|head_commit\.(?:message|author\.(?:email|name))|discussion\.(?:title|body)|workflow_run\.(?:head_branch|display_title|head_commit\.(?:message|author\.(?:email|name))|pull_requests\.[\w*[\]]+\.head\.ref))\b/;

/**
 * Event fields not on Security Lab's list that are still free text an outsider may set (names, paths,
 * messages of objects in the event payload). Repository settings, workflow_dispatch inputs and the
 * sender's login are chosen by people with write access or are restricted, so they stay trusted.
 */
const FREE_TEXT_EVENT_FIELD =
  /\bgithub\.event\.(?!repository\.|inputs\.|sender\.|organization\.|enterprise\.|installation\.)[\w.*[\]-]*\.(?:title|body|message|name|path|ref|label|email|description|display_title|head_branch)\b/;

/** Untrusted contexts used inside `${{ … }}` expressions of `text`. */
export function untrustedExpressions(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) {
    const u = UNTRUSTED_CONTEXT.exec(m[1]!) ?? FREE_TEXT_EVENT_FIELD.exec(m[1]!);
    if (u) out.push(u[0]);
  }
  return out;
}

/** `owner/repo[/path]@ref` of a `uses:`; undefined for local (`./`) actions and docker:// images. */
export function parseUses(uses: unknown): { action: string; owner: string; ref?: string } | undefined {
  if (typeof uses !== 'string' || uses.startsWith('./') || uses.startsWith('docker://')) return undefined;
  const at = uses.lastIndexOf('@');
  const action = at < 0 ? uses : uses.slice(0, at);
  const out: { action: string; owner: string; ref?: string } = { action, owner: action.split('/')[0]!.toLowerCase() };
  if (at >= 0) out.ref = uses.slice(at + 1);
  return out;
}

export const GHA_REFS = {
  hardening: 'https://docs.github.com/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions',
  injection: 'https://securitylab.github.com/resources/github-actions-untrusted-input/',
  pwnRequest: 'https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/',
  permissions: 'https://docs.github.com/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token',
  syntax: 'https://docs.github.com/actions/writing-workflows/workflow-syntax-for-github-actions',
} as const;
