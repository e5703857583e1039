/**
 * The Content-Security-Policy sent with every page and asset of the app protocol. Scripts only
 * from the app itself, no eval, no plugins, no network: the UI is offline by design, so anything
 * injected into an article cannot load code or send data anywhere. Inline styles stay allowed
 * because React and Lexical set style attributes.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
