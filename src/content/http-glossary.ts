/**
 * One-line explanations of the headers learners meet here, keyed by lower-case name.
 * Sources: Accept, RFC 9110 §12.5.1 (a server may also ignore it and answer anyway); Retry-After, RFC 9110 §10.2.3
 * (delay-seconds or an HTTP-date).
 */
export const HEADER_NOTES: Readonly<Record<string, string>> = {
  host: 'Which site the request is for; one server can host many sites.',
  'content-type': 'What the body is (its media type), so the receiver knows how to parse it.',
  'content-length': 'How many bytes the body has, so the receiver knows where the message ends.',
  accept: 'Which formats the client can read in the answer. The server picks one of them, answers 406, or ignores the header and answers anyway.',
  'x-request-id': 'A unique id for this exchange; quote it when you report a problem, so it can be found in the logs.',
  'x-model-version': 'Which model version answered: with several versions deployed, this tells you which one you got.',
  'server-timing': 'How long the server spent on each step (milliseconds), measured on the server.',
  'cache-control': 'Whether and how long a client or proxy may keep this answer instead of asking again.',
  'content-disposition': 'Whether to show the body or save it as a file, and the file name to use.',
  allow: 'The methods this URL does accept (sent with 405).',
  'retry-after': 'How long to wait before trying again: a number of seconds, or an HTTP date such as Wed, 21 Oct 2026 07:28:00 GMT (sent with 503 and 429).',
  location: 'The URL of the resource this request just created (sent with 201).',
  'accept-post': 'The body formats this URL accepts for POST (sent with 415).',
  'user-agent': 'Which program sent the request.',
  authorization: 'Credentials proving who is calling; real endpoints require it, this teaching endpoint does not.',
};

/** What a status code means and what the client should do about it. */
export interface StatusNote {
  meaning: string;
  clientShould: string;
}

/**
 * Meanings of the status codes this API uses. 4xx: "the client seems to have erred" (RFC 9110 §15.5), but 429 asks
 * the client to wait and retry, not to change the request (RFC 6585 §4).
 */
export const STATUS_NOTES: Readonly<Record<number, StatusNote>> = {
  200: { meaning: 'The request worked; the body has the answer.', clientShould: 'Use the body.' },
  201: { meaning: 'Something new was created.', clientShould: 'Find it at the Location header.' },
  204: { meaning: 'It worked, and there is nothing to send back.', clientShould: 'Carry on; expect no body.' },
  400: { meaning: 'The server could not read the body at all (broken JSON or CSV).', clientShould: 'Fix the syntax; the detail says where.' },
  404: { meaning: 'Nothing lives at this URL.', clientShould: 'Check the path and the endpoint name.' },
  405: { meaning: 'This URL exists, but not for this method.', clientShould: 'Use a method from the Allow header.' },
  406: { meaning: 'The server cannot answer in any format the Accept header allows.', clientShould: 'Accept application/json.' },
  409: { meaning: 'The request conflicts with what already exists.', clientShould: 'Choose another name or version.' },
  413: { meaning: 'The request is larger than the endpoint allows.', clientShould: 'Send fewer instances per request (split the batch).' },
  415: { meaning: 'The server does not read bodies of this Content-Type.', clientShould: 'Send JSON or CSV and say so in Content-Type.' },
  422: { meaning: 'The body is readable, but some values are wrong.', clientShould: 'Fix each field named in errors[].pointer (a list this API adds to the standard problem details).' },
  429: { meaning: 'Too many requests in a short time; the request itself may be fine.', clientShould: 'Wait as long as Retry-After says, then send the same request again.' },
  500: { meaning: 'The server failed; your request may be fine.', clientShould: 'Retry later; report the request id if it persists.' },
  503: { meaning: 'The service cannot answer right now (no model serving, or starting up).', clientShould: 'Wait as long as Retry-After says, then retry. If no version is deployed, a retry only helps once someone deploys one.' },
};

/** Short annotations of the parts of an exchange, in the order they appear. */
export const PART_NOTES = {
  method: 'The verb: what to do. GET reads, POST sends data to be processed, PUT replaces, DELETE removes.',
  url: 'The address of the resource. For predictions it names the endpoint: /api/endpoints/penguins/invocations.',
  requestHeaders: 'Facts about the request: what the body is, what answer formats are welcome.',
  requestBody: 'The data itself: here, the penguin measurements the model will read.',
  status: 'Three digits that say how it went: 2xx success, 4xx a client error (usually the request must change; after 429 Too Many Requests, the same request can succeed once you wait), 5xx the server failed.',
  responseHeaders: 'Facts about the answer: its format, which model version answered, how long each step took.',
  responseBody: 'The answer itself: predictions, or problem details explaining an error.',
} as const;
