B="node .exp-bundle.mjs"
$B lambda "import { LambdaLiteClient, getFunction } from '@anvil-gen/lambda-client'; const c = new LambdaLiteClient({region:'us-east-1'}); export const run = (n) => getFunction(c, { FunctionName: n });" /tmp/lean/lambda.js
$B dynamodb "import { DynamodbLiteClient, getItem } from '@anvil-gen/dynamodb-client'; const c = new DynamodbLiteClient({region:'us-east-1'}); export const run = (n) => getItem(c, { TableName: n, Key: {} });" /tmp/lean/ddb.js
$B drsfull "import { DrsfullLiteClient, retryDataReplication } from '@anvil-gen/drsfull-client'; const c = new DrsfullLiteClient({region:'us-east-1'}); export const run = (n) => retryDataReplication(c, { sourceServerID: n });" /tmp/lean/drsfull.js
$B drs "import { DrsLiteClient, retryDataReplication } from '@anvil-gen/drs-client'; const c = new DrsLiteClient({region:'us-east-1'}); export const run = (n) => retryDataReplication(c, { sourceServerID: n });" /tmp/lean/drs.js
