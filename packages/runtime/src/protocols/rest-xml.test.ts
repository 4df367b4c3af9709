import { describe, expect, it } from 'vitest';
import { utf8Decode, utf8Encode } from '../bytes/utf8.js';
import type { OperationSchema, ServiceSchema, StructureSchema } from '../schema/index.js';
import { MalformedRequestError } from './codec.js';
import { restXml } from './rest-xml.js';

const S = { type: 'string' } as const;
const Tagging: StructureSchema = {
  type: 'structure',
  name: 'Tagging',
  members: { TagSet: { target: { type: 'list', member: { target: { type: 'structure', name: 'Tag', members: { Key: { target: S }, Value: { target: S } } }, xmlName: 'Tag' } } } },
};
const PutTaggingInput: StructureSchema = {
  type: 'structure',
  name: 'PutBucketTaggingRequest',
  members: {
    Bucket: { target: S, required: true, httpLabel: true },
    ContentMD5: { target: S, httpHeader: 'Content-MD5' },
    Tagging: { target: Tagging, httpPayload: true, xmlName: 'Tagging' },
  },
};
const CreateInput: StructureSchema = {
  type: 'structure',
  name: 'CreateThingRequest',
  xmlName: 'CreateThing',
  members: { Name: { target: S, httpLabel: true, required: true }, kind: { target: S, xmlAttribute: true }, Size: { target: { type: 'long' } } },
};
const CreateOutput: StructureSchema = { type: 'structure', name: 'CreateThingOutput', members: { Id: { target: S }, ETag: { target: S, httpHeader: 'ETag' } } };
const NoSuchBucket: StructureSchema = { type: 'structure', name: 'NoSuchBucket', error: 'client', httpError: 404, members: { BucketName: { target: S }, Region: { target: S, httpHeader: 'x-amz-bucket-region' } } };
const Unit: StructureSchema = { type: 'structure', name: 'Unit', id: 'smithy.api#Unit', members: {} };

const PutBucketTagging: OperationSchema = { id: 'x#PutBucketTagging', name: 'PutBucketTagging', input: PutTaggingInput, output: Unit, errors: [NoSuchBucket], http: { method: 'PUT', uri: '/{Bucket}?tagging', code: 204 } };
const CreateThing: OperationSchema = { id: 'x#CreateThing', name: 'CreateThing', input: CreateInput, output: CreateOutput, errors: [], http: { method: 'POST', uri: '/things/{Name}', code: 200 } };
const GetLocation: OperationSchema = {
  id: 'x#GetBucketLocation',
  name: 'GetBucketLocation',
  input: { type: 'structure', name: 'GetBucketLocationRequest', members: { Bucket: { target: S, httpLabel: true, required: true } } },
  output: { type: 'structure', name: 'GetBucketLocationOutput', members: { LocationConstraint: { target: S } } },
  errors: [],
  http: { method: 'GET', uri: '/{Bucket}?location', code: 200 },
  s3UnwrappedXmlOutput: true,
};
const S3: ServiceSchema = {
  id: 'x#S3',
  name: 'S3',
  sdkId: 'S3',
  version: '2006-03-01',
  protocol: 'restXml',
  errors: [],
  xmlNamespace: { uri: 'http://s3.amazonaws.com/doc/2006-03-01/' },
  restXmlNoErrorWrapping: true,
};

describe('restXml requests', () => {
  it('bind labels and headers, write the payload structure under its member @xmlName, and parse back on the mock', () => {
    const input = { Bucket: 'b', ContentMD5: 'md5', Tagging: { TagSet: [{ Key: 'k', Value: 'v & w' }] } };
    const request = restXml.serializeRequest(S3, PutBucketTagging, input);
    expect(request).toMatchObject({ method: 'PUT', path: '/b', query: [['tagging', '']], headers: { 'content-md5': 'md5', 'content-type': 'application/xml' } });
    expect(utf8Decode(request.body!)).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<Tagging xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><TagSet><Tag><Key>k</Key><Value>v &amp; w</Value></Tag></TagSet></Tagging>');
    expect(restXml.matchRequest(S3, PutBucketTagging, request)).toBe(true);
    expect(restXml.parseRequest(S3, PutBucketTagging, request)).toEqual(input);
  });

  it('write the unbound members as one document named by the structure @xmlName, with attributes', () => {
    const request = restXml.serializeRequest(S3, CreateThing, { Name: 'n', kind: 'big', Size: 9007199254740991 });
    expect(utf8Decode(request.body!)).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<CreateThing xmlns="http://s3.amazonaws.com/doc/2006-03-01/" kind="big"><Size>9007199254740991</Size></CreateThing>');
    expect(restXml.parseRequest(S3, CreateThing, request)).toEqual({ Name: 'n', kind: 'big', Size: 9007199254740991 });
  });

  it('mock: 415 for a body of another content type; a body without Content-Type is read by the binding', () => {
    const request = restXml.serializeRequest(S3, CreateThing, { Name: 'n', Size: 1 });
    expect(() => restXml.parseRequest(S3, CreateThing, { ...request, headers: { 'content-type': 'application/json' } })).toThrow(MalformedRequestError);
    expect(restXml.parseRequest(S3, CreateThing, { ...request, headers: {} })).toEqual({ Name: 'n', Size: 1 });
    expect(restXml.parseRequest(S3, CreateThing, { ...request, headers: { 'content-type': 'application/xml; charset=utf-8' } })).toEqual({ Name: 'n', Size: 1 });
  });
});

describe('restXml responses', () => {
  it('mock documents start with the XML declaration; clients read them and the header members', () => {
    const response = restXml.serializeResponse(S3, CreateThing, { Id: 'i<1>', ETag: '"e"' });
    expect(response).toMatchObject({ status: 200, headers: { etag: '"e"', 'content-type': 'application/xml' } });
    expect(utf8Decode(response.body!)).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<CreateThingOutput xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Id>i&lt;1&gt;</Id></CreateThingOutput>');
    expect(restXml.parseResponse(S3, CreateThing, response)).toEqual({ Id: 'i<1>', ETag: '"e"' });
  });

  it('an output without body members has no body but says Content-Type: application/xml; status from @http', () => {
    expect(restXml.serializeResponse(S3, PutBucketTagging, {})).toEqual({ status: 204, headers: { 'content-type': 'application/xml' } });
  });

  it('s3UnwrappedXmlOutput: the member element is the document, both ways', () => {
    const response = restXml.serializeResponse(S3, GetLocation, { LocationConstraint: 'us-west-2' });
    expect(utf8Decode(response.body!)).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<LocationConstraint xmlns="http://s3.amazonaws.com/doc/2006-03-01/">us-west-2</LocationConstraint>');
    expect(restXml.parseResponse(S3, GetLocation, response)).toEqual({ LocationConstraint: 'us-west-2' });
  });
});

describe('restXml errors', () => {
  it('noErrorWrapping: a bare <Error> with the request id; header members in headers; the client reads it all back', () => {
    const response = restXml.serializeError(S3, PutBucketTagging, NoSuchBucket, { BucketName: 'b', Region: 'eu-west-1' }, { requestId: 'r1' });
    expect(response.status).toBe(404);
    expect(response.headers).toEqual({ 'content-type': 'application/xml', 'x-amz-bucket-region': 'eu-west-1' });
    expect(utf8Decode(response.body!)).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<Error><Type>Sender</Type><Code>NoSuchBucket</Code><BucketName>b</BucketName><RequestId>r1</RequestId></Error>');
    expect(restXml.parseError(S3, PutBucketTagging, response)).toEqual({ code: 'NoSuchBucket', schema: NoSuchBucket, members: { BucketName: 'b', Region: 'eu-west-1' }, requestId: 'r1' });
  });

  it('wrapped errors of other restXml services are read the same way', () => {
    const body = utf8Encode('<ErrorResponse><Error><Type>Sender</Type><Code>NoSuchBucket</Code><Message>gone</Message></Error><RequestId>r2</RequestId></ErrorResponse>');
    expect(restXml.parseError({ ...S3, restXmlNoErrorWrapping: undefined } as ServiceSchema, PutBucketTagging, { status: 404, headers: {}, body })).toEqual({
      code: 'NoSuchBucket',
      schema: NoSuchBucket,
      members: {},
      message: 'gone',
      requestId: 'r2',
    });
    const wrapped = restXml.serializeError({ ...S3, restXmlNoErrorWrapping: undefined } as ServiceSchema, PutBucketTagging, NoSuchBucket, {});
    expect(utf8Decode(wrapped.body!)).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<ErrorResponse><Error><Type>Sender</Type><Code>NoSuchBucket</Code></Error></ErrorResponse>');
  });

  it("a NotFound without @httpError (S3 HeadObject/HeadBucket) is 404 on the mock; a bodiless restXml 404 reads back as NotFound, as AWS SDKs read it", () => {
    const NotFound: StructureSchema = { type: 'structure', name: 'NotFound', error: 'client', members: {} };
    const HeadObject: OperationSchema = {
      id: 'x#HeadObject',
      name: 'HeadObject',
      input: { type: 'structure', name: 'HeadObjectRequest', members: { Bucket: { target: S, httpLabel: true, required: true }, Key: { target: S, httpLabel: true, required: true } } },
      output: Unit,
      errors: [NotFound],
      http: { method: 'HEAD', uri: '/{Bucket}/{Key+}', code: 200 },
    };
    expect(restXml.serializeError(S3, HeadObject, NotFound, {}).status).toBe(404);
    // only the name NotFound without @httpError: other client errors keep the 400 default, an @httpError wins
    expect(restXml.serializeError(S3, HeadObject, { ...NotFound, name: 'Missing' }, {}).status).toBe(400);
    expect(restXml.serializeError(S3, HeadObject, { ...NotFound, httpError: 410 }, {}).status).toBe(410);
    // a HEAD response has no body: the status alone names the error
    expect(restXml.parseError(S3, HeadObject, { status: 404, headers: { 'x-amz-request-id': 'r3' } })).toEqual({ code: 'NotFound', schema: NotFound, members: {} });
    expect(restXml.parseError(S3, HeadObject, { status: 403, headers: {} })).toEqual({ code: 'Unknown', members: {} });
    // a body's code wins over the status
    expect(restXml.parseError(S3, HeadObject, { status: 404, headers: {}, body: utf8Encode('<Error><Code>NoSuchBucket</Code></Error>') }).code).toBe('NoSuchBucket');
  });
});
