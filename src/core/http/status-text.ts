/** Reason phrases of the status codes Deploy Lab uses (RFC 9110; 429 and 431 RFC 6585; 507 RFC 4918), keyed by code. */
export const STATUS_TEXT: Readonly<Record<number, string>> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
  507: 'Insufficient Storage',
};

/** Returns the reason phrase for a status code ("Not Found" for 404), or "" when unknown. */
export function statusText(status: number): string {
  return STATUS_TEXT[status] ?? '';
}

/** Names the family of a status code: "success", "redirect", "client error" or "server error". */
export function statusFamily(status: number): 'informational' | 'success' | 'redirect' | 'client error' | 'server error' {
  if (status >= 500) return 'server error';
  if (status >= 400) return 'client error';
  if (status >= 300) return 'redirect';
  if (status >= 200) return 'success';
  return 'informational';
}
