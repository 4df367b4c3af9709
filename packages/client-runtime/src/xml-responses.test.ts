/**
 * The client with the XML-based codecs (awsQuery, ec2Query, restXml) against unreadable and error responses:
 * every outcome is a typed `ServiceException` of the service with `$metadata`, never a raw parser error.
 */
import { describe, expect, it } from 'vitest';
import { awsQueryClient, ec2QueryClient, restXmlClient, type ClientCodec, type HttpResponse, type OperationSchema, type ServiceSchema, type StructureSchema } from '@anvil/runtime';
import { Client, MALFORMED_RESPONSE, ServiceException, UNKNOWN_ERROR, type RequestHandler } from './index.js';

const S = { type: 'string' } as const;
const NoSuchEntity: StructureSchema = {
  type: 'structure',
  id: 'x#NoSuchEntityException',
  name: 'NoSuchEntityException',
  error: 'client',
  awsQueryError: { code: 'NoSuchEntity', httpResponseCode: 404 },
  members: { message: { target: S } },
};
const GetUser: OperationSchema = {
  http: { method: 'GET', uri: '/users/{UserName}', code: 200 },
  id: 'x#GetUser',
  name: 'GetUser',
  input: { type: 'structure', name: 'GetUserRequest', members: { UserName: { target: S, required: true, httpLabel: true } } },
  output: { type: 'structure', name: 'GetUserResponse', members: { UserName: { target: S, required: true } } },
  errors: [NoSuchEntity],
};
const service = (protocol: 'awsQuery' | 'ec2Query' | 'restXml'): ServiceSchema => ({ id: 'x#Iam', name: 'Iam', sdkId: 'IAM', version: '2010-05-08', protocol, errors: [] });

class IamServiceException extends ServiceException {}
class NoSuchEntityException extends IamServiceException {}

function client(codec: ClientCodec, response: HttpResponse): Client {
  const requestHandler: RequestHandler = async () => response;
  const protocol = codec.name === 'ec2Query' || codec.name === 'restXml' ? codec.name : 'awsQuery';
  return new Client(
    { service: service(protocol), errors: { NoSuchEntityException }, baseException: IamServiceException, codec },
    { region: 'us-east-1', endpoint: 'https://iam.example.com', credentials: { accessKeyId: 'AKID', secretAccessKey: 'secret' }, maxAttempts: 1, requestHandler },
  );
}

const text = (status: number, body: string, headers: Record<string, string> = {}): HttpResponse => ({ status, headers, body: new TextEncoder().encode(body) });

async function failure(codec: ClientCodec, response: HttpResponse): Promise<ServiceException> {
  const error = await client(codec, response).send(GetUser, { UserName: 'ann' }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(IamServiceException);
  return error as ServiceException;
}

describe('awsQuery client responses', () => {
  it('a modeled error becomes its class with members, message, the awsQuery code and the body request id', async () => {
    const body = '<ErrorResponse><Error><Type>Sender</Type><Code>NoSuchEntity</Code><Message>no ann</Message></Error><RequestId>req-1</RequestId></ErrorResponse>';
    const e = await failure(awsQueryClient, text(404, body));
    expect(e).toBeInstanceOf(NoSuchEntityException);
    expect(e).toMatchObject({ name: 'NoSuchEntityException', $fault: 'client', message: 'no ann', $queryError: { code: 'NoSuchEntity', type: 'Sender' } });
    expect((e as unknown as { message: string }).message).toBe('no ann');
    expect(e.$metadata).toMatchObject({ httpStatusCode: 404, requestId: 'req-1', attempts: 1 });
  });

  it('a request-id header wins over the body', async () => {
    const body = '<ErrorResponse><Error><Code>NoSuchEntity</Code></Error><RequestId>from-body</RequestId></ErrorResponse>';
    const e = await failure(awsQueryClient, text(404, body, { 'x-amzn-requestid': 'from-header' }));
    expect(e.$metadata.requestId).toBe('from-header');
  });

  it.each([
    ['an HTML 502 page', 502, '<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>'],
    ['truncated XML', 500, '<ErrorResponse><Error><Code>Throttl'],
    ['an empty body', 503, ''],
  ])('%s becomes an Unknown error of the service with $metadata', async (_label, status, body) => {
    const e = await failure(awsQueryClient, text(status, body, { 'x-amzn-requestid': 'rid' }));
    expect(e.name).toBe(UNKNOWN_ERROR);
    expect(e.$fault).toBe('server');
    expect(e.$metadata).toMatchObject({ httpStatusCode: status, requestId: 'rid' });
  });

  it.each([
    ['an HTML page', '<html><body>maintenance</body>'],
    ['plain text', 'OK'],
  ])('a 200 with %s becomes a MalformedResponseError with the parser message as cause', async (_label, body) => {
    const e = await failure(awsQueryClient, text(200, body, { 'x-amzn-requestid': 'rid' }));
    expect(e.name).toBe(MALFORMED_RESPONSE);
    expect(e.$fault).toBe('server');
    expect(e.$metadata).toMatchObject({ httpStatusCode: 200, requestId: 'rid' });
    expect(e.message).toMatch(/invalid XML body/);
  });
});

describe('ec2Query client responses', () => {
  it('reads <Response><Errors><Error> and <RequestID>', async () => {
    const body = '<Response><Errors><Error><Code>NoSuchEntityException</Code><Message>gone</Message></Error></Errors><RequestID>ec2-req</RequestID></Response>';
    const e = await failure(ec2QueryClient, text(400, body));
    expect(e).toBeInstanceOf(NoSuchEntityException);
    expect(e).toMatchObject({ message: 'gone', $metadata: { httpStatusCode: 400, requestId: 'ec2-req' } });
  });

  it('an unmodeled code keeps its name on the base exception', async () => {
    const body = '<Response><Errors><Error><Code>UnauthorizedOperation</Code><Message>no</Message></Error></Errors><RequestID>r</RequestID></Response>';
    const e = await failure(ec2QueryClient, text(403, body));
    expect(e.constructor).toBe(IamServiceException);
    expect(e).toMatchObject({ name: 'UnauthorizedOperation', $fault: 'client', message: 'no' });
  });
});

describe('restXml client responses', () => {
  it('reads a bare <Error> (S3) with the x-amz-request-id and x-amz-id-2 headers into $metadata', async () => {
    const body = '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>NoSuchEntityException</Code><Message>none</Message><RequestId>body-id</RequestId></Error>';
    const e = await failure(restXmlClient, text(404, body, { 'x-amz-request-id': 'hdr-id', 'x-amz-id-2': 'ext' }));
    expect(e).toBeInstanceOf(NoSuchEntityException);
    expect(e).toMatchObject({ message: 'none', $metadata: { httpStatusCode: 404, requestId: 'hdr-id', extendedRequestId: 'ext' } });
  });

  it.each([
    ['an HTML 403 page', 403, '<html><body>Forbidden</body></html>', UNKNOWN_ERROR, 'client'],
    ['a 200 with an HTML page', 200, '<html><body>hi</body>', MALFORMED_RESPONSE, 'server'],
  ] as const)('%s becomes a typed error of the service', async (_label, status, body, name, fault) => {
    const e = await failure(restXmlClient, text(status, body));
    expect(e).toMatchObject({ name, $fault: fault, $metadata: { httpStatusCode: status } });
  });
});
