import { cfnCheck, get, isObj } from '../cfn.js';

// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-deployment-stagedescription.html
export const apigwDeploymentAccessLogging = cfnCheck({
  id: 'PAL-CFN-142',
  slug: 'apigw-deployment-access-logging',
  title: 'API Gateway deployment creates a stage without access logging',
  severity: 'low',
  description:
    'A Deployment with StageName creates its stage implicitly; without StageDescription.AccessLogSetting that stage records no access logs.',
  remediation:
    'Add StageDescription.AccessLogSetting (DestinationArn and Format), or declare the stage as an AWS::ApiGateway::Stage with AccessLogSetting.',
  references: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html'],
  kics: ['API Gateway Deployment Without Access Log Setting'],
  resourceTypes: ['AWS::ApiGateway::Deployment'],
  evaluate(r) {
    const desc = get(r.value, ['Properties', 'StageDescription']);
    if (isObj(desc) && desc.AccessLogSetting !== undefined) return [];
    // Without StageName/StageDescription no stage is created here (an AWS::ApiGateway::Stage is checked on its own).
    if (get(r.value, ['Properties', 'StageName']) === undefined && !isObj(desc)) return [];
    return [{ message: `deployment '${r.name}' creates a stage without access logging` }];
  },
});
