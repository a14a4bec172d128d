import { cfnCheck, checkSetting, nonEmpty } from '../cfn.js';

// https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html
export const apigwStageAccessLogging = cfnCheck({
  id: 'PAL-CFN-141',
  slug: 'apigw-stage-access-logging',
  title: 'API Gateway stage has no access logging',
  severity: 'low',
  description:
    'Without access logs there is no record of who called the API, from where, and with what result.',
  remediation:
    'Set AccessLogSetting.DestinationArn (AccessLogSettings on HTTP/WebSocket APIs) to a CloudWatch Logs group or Firehose stream.',
  references: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html'],
  resourceTypes: ['AWS::ApiGateway::Stage', 'AWS::ApiGatewayV2::Stage'],
  evaluate(r) {
    const key = r.type === 'AWS::ApiGatewayV2::Stage' ? 'AccessLogSettings' : 'AccessLogSetting';
    return checkSetting(r, {
      path: ['Properties', key, 'DestinationArn'],
      ok: nonEmpty,
      problem: 'has no access logging',
    });
  },
});
