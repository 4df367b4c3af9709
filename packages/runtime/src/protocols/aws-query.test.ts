import { describe, expect, it } from 'vitest';
import { utf8Decode, utf8Encode } from '../bytes/utf8.js';
import { SerializationError } from '../codecs/serialization-error.js';
import type { OperationSchema, ServiceSchema, StructureSchema } from '../schema/index.js';
import { MalformedRequestError } from './codec.js';
import { awsQuery } from './aws-query.js';
import { ec2Query } from './ec2-query.js';

const S = { type: 'string' } as const;
const NoSuchEntity: StructureSchema = {
  type: 'structure',
  name: 'NoSuchEntityException',
  error: 'client',
  httpError: 404,
  awsQueryError: { code: 'NoSuchEntity', httpResponseCode: 404 },
  members: { message: { target: S } },
};
const Throttled: StructureSchema = { type: 'structure', name: 'Throttled', error: 'server', members: { Reason: { target: S } } };
const Input: StructureSchema = {
  type: 'structure',
  name: 'ListUsersRequest',
  members: {
    PathPrefix: { target: S },
    Tags: { target: { type: 'list', member: { target: S } } },
    MaxItems: { target: { type: 'integer' } },
    token: { target: S, idempotencyToken: true },
  },
};
const User: StructureSchema = { type: 'structure', name: 'User', members: { UserName: { target: S, required: true }, Created: { target: { type: 'timestamp' } } } };
const Output: StructureSchema = {
  type: 'structure',
  name: 'ListUsersResponse',
  xmlName: 'IgnoredWrapper',
  members: { Users: { target: { type: 'list', member: { target: User } }, required: true }, IsTruncated: { target: { type: 'boolean' }, default: false } },
};
const ListUsers: OperationSchema = { id: 'x#ListUsers', name: 'ListUsers', input: Input, output: Output, errors: [NoSuchEntity] };
const service = (protocol: 'awsQuery' | 'ec2Query'): ServiceSchema => ({
  id: 'x#Svc',
  name: 'Svc',
  sdkId: 'Svc',
  version: '2010-05-08',
  protocol,
  errors: [Throttled],
  xmlNamespace: { uri: 'https://iam.amazonaws.com/doc/2010-05-08/' },
});
const IAM = service('awsQuery');
const EC2 = service('ec2Query');
const token = { idempotencyToken: () => 'tok' };

describe('awsQuery requests', () => {
  it('are POST / with a form body the mock matches and parses back', () => {
    const request = awsQuery.serializeRequest(IAM, ListUsers, { PathPrefix: '/a b/', Tags: [], MaxItems: 2 }, token);
    expect(request).toMatchObject({ method: 'POST', path: '/', query: [], headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(utf8Decode(request.body!)).toBe('Action=ListUsers&Version=2010-05-08&PathPrefix=%2Fa%20b%2F&Tags=&MaxItems=2&token=tok');
    expect(awsQuery.matchRequest(IAM, ListUsers, request)).toBe(true);
    expect(awsQuery.parseRequest(IAM, ListUsers, request)).toEqual({ PathPrefix: '/a b/', Tags: [], MaxItems: 2, token: 'tok' });
  });

  it('are matched by Action only, on POST /', () => {
    const request = awsQuery.serializeRequest(IAM, ListUsers, {}, token);
    expect(awsQuery.matchRequest(IAM, { ...ListUsers, name: 'GetUser' }, request)).toBe(false);
    expect(awsQuery.matchRequest(IAM, ListUsers, { ...request, path: '/foo' })).toBe(false);
    expect(awsQuery.matchRequest(IAM, ListUsers, { ...request, method: 'GET' })).toBe(false);
  });

  it('are rejected by the mock with 415 without the form content type, and 400 on a bad value', () => {
    const request = awsQuery.serializeRequest(IAM, ListUsers, { MaxItems: 1 }, token);
    expect(() => awsQuery.parseRequest(IAM, ListUsers, { ...request, headers: { 'content-type': 'application/json' } })).toThrow(
      expect.objectContaining({ status: 415, code: 'UnsupportedMediaTypeException' }),
    );
    const bad = { ...request, body: utf8Encode('Action=ListUsers&Version=2010-05-08&MaxItems=many') };
    let caught: unknown;
    try {
      awsQuery.parseRequest(IAM, ListUsers, bad);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(MalformedRequestError);
    expect((caught as MalformedRequestError).message).toMatch(/expected an integer .* \(at \/MaxItems\)/);
  });
});

describe('awsQuery responses', () => {
  const output = { Users: [{ UserName: 'ann', Created: new Date(Date.UTC(2020, 0, 1)) }], IsTruncated: true };

  it('wrap the output in <OpResponse><OpResult> with the service namespace and the request id', () => {
    const response = awsQuery.serializeResponse(IAM, ListUsers, output, { requestId: 'rid-1' });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/xml');
    expect(utf8Decode(response.body!)).toBe(
      '<ListUsersResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><ListUsersResult>' +
        '<Users><member><UserName>ann</UserName><Created>2020-01-01T00:00:00Z</Created></member></Users><IsTruncated>true</IsTruncated>' +
        '</ListUsersResult><ResponseMetadata><RequestId>rid-1</RequestId></ResponseMetadata></ListUsersResponse>',
    );
    expect(awsQuery.parseResponse(IAM, ListUsers, response)).toEqual(output);
  });

  it('fill defaults and error-correct required members the client did not get', () => {
    const body = utf8Encode('<ListUsersResponse><ListUsersResult/></ListUsersResponse>');
    expect(awsQuery.parseResponse(IAM, ListUsers, { status: 200, headers: {}, body })).toEqual({ Users: [], IsTruncated: false });
  });

  it('throw a SerializationError for a body that is not XML (the client turns it into a typed error)', () => {
    const html = utf8Encode('<html><body><h1>502 Bad Gateway</h1></body>');
    expect(() => awsQuery.parseResponse(IAM, ListUsers, { status: 200, headers: {}, body: html })).toThrow(SerializationError);
  });
});

describe('awsQuery errors', () => {
  it('use the @awsQueryError code and status, <Message>, Type and RequestId; the client resolves them back', () => {
    const response = awsQuery.serializeError(IAM, ListUsers, NoSuchEntity, { message: 'no user ann' }, { requestId: 'rid-2' });
    expect(response.status).toBe(404);
    expect(utf8Decode(response.body!)).toBe(
      '<ErrorResponse><Error><Type>Sender</Type><Code>NoSuchEntity</Code><Message>no user ann</Message></Error><RequestId>rid-2</RequestId></ErrorResponse>',
    );
    const parsed = awsQuery.parseError(IAM, ListUsers, response);
    expect(parsed).toEqual({
      code: 'NoSuchEntityException',
      schema: NoSuchEntity,
      members: { message: 'no user ann' },
      message: 'no user ann',
      requestId: 'rid-2',
      queryError: { code: 'NoSuchEntity', type: 'Sender' },
    });
  });

  it('resolve service-level errors by shape name, server faults as Receiver', () => {
    const response = awsQuery.serializeError(IAM, ListUsers, Throttled, { Reason: 'busy' });
    expect(response.status).toBe(500);
    expect(utf8Decode(response.body!)).toContain('<Type>Receiver</Type><Code>Throttled</Code><Reason>busy</Reason>');
    expect(awsQuery.parseError(IAM, ListUsers, response)).toMatchObject({ code: 'Throttled', schema: Throttled, members: { Reason: 'busy' } });
  });

  it.each([
    ['an HTML page', '<html><body>Service Unavailable</body></html>'],
    ['garbage', '}{ not xml'],
    ['nothing', ''],
    ['XML of another shape', '<Oops><Why>because</Why></Oops>'],
  ])('give code Unknown for %s, never a parser error', (_label, text) => {
    const parsed = awsQuery.parseError(IAM, ListUsers, { status: 503, headers: {}, body: utf8Encode(text) });
    expect(parsed).toEqual({ code: 'Unknown', members: {} });
  });

  it('keep an unmodeled code and its message', () => {
    const body = utf8Encode('<ErrorResponse><Error><Type>Sender</Type><Code>InvalidClientTokenId</Code><Message>bad token</Message></Error><RequestId>r</RequestId></ErrorResponse>');
    expect(awsQuery.parseError(IAM, ListUsers, { status: 403, headers: {}, body })).toEqual({
      code: 'InvalidClientTokenId',
      members: {},
      message: 'bad token',
      requestId: 'r',
      queryError: { code: 'InvalidClientTokenId', type: 'Sender' },
    });
  });
});

describe('ec2Query', () => {
  it('sends capitalised keys and no empty lists', () => {
    const request = ec2Query.serializeRequest(EC2, ListUsers, { PathPrefix: 'p', Tags: [], MaxItems: 1 }, token);
    expect(utf8Decode(request.body!)).toBe('Action=ListUsers&Version=2010-05-08&PathPrefix=p&MaxItems=1&Token=tok');
    expect(ec2Query.parseRequest(EC2, ListUsers, request)).toEqual({ PathPrefix: 'p', MaxItems: 1, token: 'tok' });
  });

  it('answers without a Result wrapper, with <requestId>, and <Response><Errors> errors', () => {
    const response = ec2Query.serializeResponse(EC2, ListUsers, { Users: [], IsTruncated: false }, { requestId: 'r3' });
    expect(response.headers['content-type']).toBe('text/xml;charset=UTF-8');
    expect(utf8Decode(response.body!)).toBe(
      '<ListUsersResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><Users/><IsTruncated>false</IsTruncated><requestId>r3</requestId></ListUsersResponse>',
    );
    expect(ec2Query.parseResponse(EC2, ListUsers, response)).toEqual({ Users: [], IsTruncated: false });
    const error = ec2Query.serializeError(EC2, ListUsers, NoSuchEntity, { message: 'gone' }, { requestId: 'r4' });
    expect(utf8Decode(error.body!)).toBe('<Response><Errors><Error><Code>NoSuchEntityException</Code><Message>gone</Message></Error></Errors><RequestID>r4</RequestID></Response>');
    expect(ec2Query.parseError(EC2, ListUsers, error)).toEqual({ code: 'NoSuchEntityException', schema: NoSuchEntity, members: { message: 'gone' }, message: 'gone', requestId: 'r4' });
  });
});
