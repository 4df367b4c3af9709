$version: "2.0"

// A hand-written subset of Amazon Bedrock Runtime (see README.md): the three streaming operations
// ConverseStream, InvokeModelWithBidirectionalStream and InvokeModelWithResponseStream.

namespace com.amazonaws.bedrockruntime

use aws.api#service
use aws.auth#sigv4
use aws.protocols#restJson1

/// Runs inference on Amazon Bedrock models and streams the answers as events.
@service(sdkId: "Bedrock Runtime", endpointPrefix: "bedrock-runtime")
@sigv4(name: "bedrock")
@restJson1
@auth([sigv4, httpBearerAuth])
@httpBearerAuth
@title("Amazon Bedrock Runtime")
service AmazonBedrockFrontendService {
    version: "2023-09-30"
    operations: [
        ConverseStream
        InvokeModelWithBidirectionalStream
        InvokeModelWithResponseStream
    ]
}

/// Sends a conversation to a model and streams its answer: a message start, content block deltas,
/// a message stop and a metadata event with token usage.
@http(method: "POST", uri: "/model/{modelId}/converse-stream", code: 200)
operation ConverseStream {
    input: ConverseStreamRequest
    output: ConverseStreamResponse
    errors: [
        AccessDeniedException
        InternalServerException
        ModelErrorException
        ModelNotReadyException
        ModelTimeoutException
        ResourceNotFoundException
        ServiceUnavailableException
        ThrottlingException
        ValidationException
    ]
}

/// Streams model-specific request chunks to a model and its answer chunks back, both ways at once
/// (HTTP/2 against the real service; the generated mock reads the input events as they arrive).
@http(method: "POST", uri: "/model/{modelId}/invoke-with-bidirectional-stream", code: 200)
operation InvokeModelWithBidirectionalStream {
    input: InvokeModelWithBidirectionalStreamRequest
    output: InvokeModelWithBidirectionalStreamResponse
    errors: [
        AccessDeniedException
        InternalServerException
        ModelErrorException
        ModelNotReadyException
        ModelStreamErrorException
        ModelTimeoutException
        ResourceNotFoundException
        ServiceUnavailableException
        ThrottlingException
        ValidationException
    ]
}

@input
structure InvokeModelWithBidirectionalStreamRequest {
    @httpLabel
    @required
    modelId: InvokeModelIdentifier

    /// The request chunks.
    @httpPayload
    @required
    body: InvokeModelWithBidirectionalStreamInput
}

@output
structure InvokeModelWithBidirectionalStreamResponse {
    /// The answer chunks.
    @httpPayload
    @required
    body: InvokeModelWithBidirectionalStreamOutput
}

/// The chunks a caller sends.
@streaming
union InvokeModelWithBidirectionalStreamInput {
    chunk: BidirectionalInputPayloadPart
}

/// The chunks of the answer, and the exceptions that can end it.
@streaming
union InvokeModelWithBidirectionalStreamOutput {
    chunk: BidirectionalOutputPayloadPart
    internalServerException: InternalServerException
    modelStreamErrorException: ModelStreamErrorException
    validationException: ValidationException
    throttlingException: ThrottlingException
    modelTimeoutException: ModelTimeoutException
    serviceUnavailableException: ServiceUnavailableException
}

/// One request chunk.
@sensitive
structure BidirectionalInputPayloadPart {
    bytes: PartBody
}

/// One answer chunk.
@sensitive
structure BidirectionalOutputPayloadPart {
    bytes: PartBody
}

/// Invokes a model with a model-specific request body and streams the answer in chunks.
@http(method: "POST", uri: "/model/{modelId}/invoke-with-response-stream", code: 200)
operation InvokeModelWithResponseStream {
    input: InvokeModelWithResponseStreamRequest
    output: InvokeModelWithResponseStreamResponse
    errors: [
        AccessDeniedException
        InternalServerException
        ModelErrorException
        ModelNotReadyException
        ModelStreamErrorException
        ModelTimeoutException
        ResourceNotFoundException
        ServiceUnavailableException
        ThrottlingException
        ValidationException
    ]
}

@input
structure ConverseStreamRequest {
    /// The model or inference profile to run, e.g. `anthropic.claude-3-haiku-20240307-v1:0`.
    @httpLabel
    @required
    modelId: ConversationalModelId

    /// The conversation so far.
    messages: Messages

    /// System prompts.
    system: SystemContentBlocks

    /// Sampling parameters shared by every model.
    inferenceConfig: InferenceConfiguration

    /// Model-specific request fields, passed through unchanged.
    additionalModelRequestFields: Document
}

@output
structure ConverseStreamResponse {
    /// The events of the answer.
    @httpPayload
    stream: ConverseStreamOutput
}

@length(min: 1, max: 2048)
string ConversationalModelId

list Messages {
    member: Message
}

/// One turn of the conversation.
structure Message {
    @required
    role: ConversationRole

    @required
    content: ContentBlocks
}

enum ConversationRole {
    USER = "user"
    ASSISTANT = "assistant"
}

list ContentBlocks {
    member: ContentBlock
}

/// A block of message content (this subset models text only).
union ContentBlock {
    text: String
}

list SystemContentBlocks {
    member: SystemContentBlock
}

union SystemContentBlock {
    text: NonEmptyString
}

@length(min: 1)
string NonEmptyString

structure InferenceConfiguration {
    @range(min: 1)
    maxTokens: Integer

    @range(min: 0, max: 1)
    temperature: Float

    @range(min: 0, max: 1)
    topP: Float

    @length(max: 2500)
    stopSequences: NonEmptyStringList
}

list NonEmptyStringList {
    member: NonEmptyString
}

/// The events of a streamed answer, and the exceptions that can end it.
@streaming
union ConverseStreamOutput {
    messageStart: MessageStartEvent
    contentBlockStart: ContentBlockStartEvent
    contentBlockDelta: ContentBlockDeltaEvent
    contentBlockStop: ContentBlockStopEvent
    messageStop: MessageStopEvent
    metadata: ConverseStreamMetadataEvent
    internalServerException: InternalServerException
    modelStreamErrorException: ModelStreamErrorException
    validationException: ValidationException
    throttlingException: ThrottlingException
    serviceUnavailableException: ServiceUnavailableException
}

/// The answer starts.
structure MessageStartEvent {
    @required
    role: ConversationRole
}

/// A content block (a tool use) starts.
structure ContentBlockStartEvent {
    @required
    start: ContentBlockStart

    @required
    contentBlockIndex: NonNegativeInteger
}

union ContentBlockStart {
    toolUse: ToolUseBlockStart
}

structure ToolUseBlockStart {
    @required
    toolUseId: ToolUseId

    @required
    name: ToolName
}

@length(min: 1, max: 64)
@pattern("^[a-zA-Z0-9_.:-]+$")
string ToolUseId

@length(min: 1, max: 64)
@pattern("^[a-zA-Z0-9_-]+$")
string ToolName

@range(min: 0)
integer NonNegativeInteger

/// The next piece of a content block.
structure ContentBlockDeltaEvent {
    @required
    delta: ContentBlockDelta

    @required
    contentBlockIndex: NonNegativeInteger
}

union ContentBlockDelta {
    /// Text the model generated.
    text: String

    /// Part of a tool use's input (JSON text).
    toolUse: ToolUseBlockDelta

    /// Part of the model's reasoning.
    reasoningContent: ReasoningContentBlockDelta
}

structure ToolUseBlockDelta {
    @required
    input: String
}

@sensitive
union ReasoningContentBlockDelta {
    text: String
    redactedContent: Blob
    signature: String
}

/// A content block ends.
structure ContentBlockStopEvent {
    @required
    contentBlockIndex: NonNegativeInteger
}

/// The answer ends.
structure MessageStopEvent {
    @required
    stopReason: StopReason

    additionalModelResponseFields: Document
}

enum StopReason {
    END_TURN = "end_turn"
    TOOL_USE = "tool_use"
    MAX_TOKENS = "max_tokens"
    STOP_SEQUENCE = "stop_sequence"
    GUARDRAIL_INTERVENED = "guardrail_intervened"
    CONTENT_FILTERED = "content_filtered"
}

/// Token usage and latency of the answer.
structure ConverseStreamMetadataEvent {
    @required
    usage: TokenUsage

    @required
    metrics: ConverseStreamMetrics
}

structure TokenUsage {
    @required
    @range(min: 0)
    inputTokens: Integer

    @required
    @range(min: 0)
    outputTokens: Integer

    @required
    @range(min: 0)
    totalTokens: Integer

    @range(min: 0)
    cacheReadInputTokens: Integer

    @range(min: 0)
    cacheWriteInputTokens: Integer
}

structure ConverseStreamMetrics {
    /// Milliseconds from the request to the last event.
    @required
    latencyMs: Long
}

@input
structure InvokeModelWithResponseStreamRequest {
    /// The model-specific request (JSON for most models).
    @httpPayload
    body: Body

    @httpHeader("Content-Type")
    contentType: MimeType

    @httpHeader("X-Amzn-Bedrock-Accept")
    accept: MimeType

    @httpLabel
    @required
    modelId: InvokeModelIdentifier
}

@output
structure InvokeModelWithResponseStreamResponse {
    /// The chunks of the model-specific answer.
    @httpPayload
    @required
    body: ResponseStream

    @httpHeader("X-Amzn-Bedrock-Content-Type")
    @required
    contentType: MimeType
}

@length(min: 0, max: 25000000)
@sensitive
blob Body

string MimeType

@length(min: 1, max: 2048)
string InvokeModelIdentifier

/// The chunks of a model-specific answer, and the exceptions that can end it.
@streaming
union ResponseStream {
    chunk: PayloadPart
    internalServerException: InternalServerException
    modelStreamErrorException: ModelStreamErrorException
    validationException: ValidationException
    throttlingException: ThrottlingException
    modelTimeoutException: ModelTimeoutException
    serviceUnavailableException: ServiceUnavailableException
}

/// One chunk of the answer.
@sensitive
structure PayloadPart {
    /// The chunk's bytes (base64 in the event's JSON payload).
    bytes: PartBody
}

@length(max: 1000000)
@sensitive
blob PartBody

@pattern("^[\\s\\S]*$")
string NonBlankString

/// The request is not authorised for this model.
@error("client")
@httpError(403)
structure AccessDeniedException {
    message: NonBlankString
}

/// The service failed; retry the request.
@error("server")
@httpError(500)
structure InternalServerException {
    message: NonBlankString
}

/// The model failed to process the request.
@error("client")
@httpError(424)
structure ModelErrorException {
    message: NonBlankString

    @range(min: 100, max: 599)
    originalStatusCode: Integer

    resourceName: NonBlankString
}

/// The model is not ready yet; retry later.
@error("client")
@httpError(429)
@retryable
structure ModelNotReadyException {
    message: NonBlankString
}

/// The model failed while streaming its answer.
@error("client")
@httpError(424)
structure ModelStreamErrorException {
    message: NonBlankString

    @range(min: 100, max: 599)
    originalStatusCode: Integer

    originalMessage: NonBlankString
}

/// The model took too long to answer.
@error("client")
@httpError(408)
structure ModelTimeoutException {
    message: NonBlankString
}

/// The model or resource does not exist.
@error("client")
@httpError(404)
structure ResourceNotFoundException {
    message: NonBlankString
}

/// The service is not available right now.
@error("server")
@httpError(503)
structure ServiceUnavailableException {
    message: NonBlankString
}

/// Too many requests: the account's quota is used up for now.
@error("client")
@httpError(429)
structure ThrottlingException {
    message: NonBlankString
}

/// The request does not satisfy the operation's constraints.
@error("client")
@httpError(400)
structure ValidationException {
    message: NonBlankString
}
