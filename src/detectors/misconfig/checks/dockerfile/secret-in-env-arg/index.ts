import type { MisconfigCheck } from '../../../check.js';
import type { CheckResult } from '../../../check.js';
import { at, instructions, stageOf, shellWords, type DockerInstruction } from '../shared.js';

const SECRET_NAME = /(passw(or)?d|passwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credential|auth[_-]?key)/i;
// Names that hold where a secret lives, not the secret.
const NOT_SECRET = /(_FILE|_PATH|_DIR|_URL|_URI|_ENDPOINT|_HOST|_PORT|_NAME|_USER(NAME)?|_ID|_LENGTH|_EXPIRY|_TTL)$/i;
const PLACEHOLDER = /^(changeme|change_me|placeholder|xxx+|\*+|<.*>|none|null|false|true|example)$/i;

/** `ENV a=b c=d`, `ENV a b` (legacy single form), `ARG a=b`. */
function pairs(ins: DockerInstruction): [string, string | undefined][] {
  const words = shellWords(ins.value);
  if (ins.cmd === 'ENV' && words.length >= 2 && !words[0]!.includes('=')) return [[words[0]!, words.slice(1).join(' ')]];
  return words.map((w) => {
    const eq = w.indexOf('=');
    return eq < 0 ? [w, undefined] : [w.slice(0, eq), w.slice(eq + 1)];
  });
}

export const secretInEnvArg: MisconfigCheck = {
  id: 'PAL-DF-006',
  slug: 'secret-in-env-arg',
  platform: 'dockerfile',
  title: 'Secret in ENV or ARG',
  severity: 'critical',
  description:
    'ENV values are stored in the image config and ARG values in the build history (`docker history`), so a password, token or key put there is readable by anyone who can pull the image.',
  remediation: 'Pass secrets at build time with `RUN --mount=type=secret` and at run time through the orchestrator secret store; never bake them into ENV/ARG.',
  references: ['https://docs.docker.com/reference/dockerfile/#env', 'https://docs.docker.com/build/building/secrets/'],
  kics: ['Passwords And Secrets - Generic Password', 'Passwords And Secrets - Generic Secret'],
  resourceTypes: ['stage'],
  evaluate(r) {
    const out: CheckResult[] = [];
    for (const { ins, index } of instructions(stageOf(r))) {
      if (ins.cmd !== 'ENV' && ins.cmd !== 'ARG') continue;
      for (const [name, value] of pairs(ins)) {
        if (!SECRET_NAME.test(name) || NOT_SECRET.test(name)) continue;
        // An ARG without default only declares a build argument; a `$VAR` value is a reference, not a secret.
        if (value === undefined || value === '' || /^\$\{?[A-Za-z_]/.test(value) || PLACEHOLDER.test(value)) continue;
        out.push({ message: `${ins.cmd} ${name} holds a literal secret`, at: at(index) });
      }
    }
    return out;
  },
};
