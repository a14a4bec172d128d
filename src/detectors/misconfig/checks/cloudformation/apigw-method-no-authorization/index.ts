import { cfnCheck, props } from '../cfn.js';

// https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-to-api.html
export const apigwMethodNoAuthorization = cfnCheck({
  id: 'PAL-CFN-140',
  slug: 'apigw-method-no-authorization',
  title: 'API Gateway method has no authorization',
  severity: 'medium',
  description:
    'AuthorizationType NONE without an API key lets anyone on the internet call the method and the backend behind it.',
  remediation:
    'Use AWS_IAM, COGNITO_USER_POOLS or a CUSTOM authorizer (or at least ApiKeyRequired with a usage plan) for non-public methods.',
  references: [
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-to-api.html',
  ],
  resourceTypes: ['AWS::ApiGateway::Method'],
  evaluate(r) {
    const p = props(r);
    // CORS preflight (OPTIONS) must stay unauthenticated.
    if (p.HttpMethod === 'OPTIONS' || p.AuthorizationType !== 'NONE') return [];
    if (p.ApiKeyRequired === true || p.ApiKeyRequired === 'true') return [];
    return [
      {
        message: `method '${r.name}' (${String(p.HttpMethod)}) has AuthorizationType NONE`,
        at: ['Properties', 'AuthorizationType'],
      },
    ];
  },
});
