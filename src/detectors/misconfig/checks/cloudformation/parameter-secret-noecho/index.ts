import { cfnCheck, isObj, isTrue } from '../cfn.js';

const SECRET_NAME = /(password|passwd|secret|token|apikey|api_key|privatekey|private_key|credential)/i;

// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html#parameters-section-structure-properties (NoEcho)
export const parameterSecretNoecho = cfnCheck({
  id: 'PAL-CFN-091',
  slug: 'parameter-secret-noecho',
  title: 'Secret parameter is not marked NoEcho',
  severity: 'medium',
  description:
    'Without NoEcho, the value of a password or token parameter is shown in the console, in describe-stacks output and in events.',
  remediation:
    'Set NoEcho: true on the parameter (and give it no Default), or use a Secrets Manager dynamic reference instead.',
  references: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/security-best-practices.html#creds',
  ],
  resourceTypes: ['Parameter'],
  evaluate(r) {
    if (!SECRET_NAME.test(r.name) || !isObj(r.value)) return [];
    // Parameters that name a secret (ARN, name, SSM path) rather than hold one are fine.
    if (/(Arn|Name|Id|Path|Length|Rotation)$/i.test(r.name)) return [];
    const type = String(r.value.Type ?? '');
    if (type.startsWith('AWS::SSM::Parameter')) return [];
    if (isTrue(r.value.NoEcho)) return [];
    return [
      {
        message: `parameter '${r.name}' looks like a secret but is not NoEcho`,
        at: r.value.NoEcho !== undefined ? ['NoEcho'] : undefined,
      },
    ];
  },
});
