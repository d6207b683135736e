/**
 * RFC 3986 percent-encoding as used by both Alibaba Cloud signature versions.
 *
 * Only the unreserved characters A-Z a-z 0-9 - _ . ~ stay literal; everything
 * else is UTF-8 encoded and written as %XX with upper-case hex digits. This is
 * `encodeURIComponent` with the five characters it leaves alone (! ' ( ) *)
 * escaped as well, so a space becomes %20 (never +) and ~ is never escaped.
 *
 * Throws URIError for strings holding a lone surrogate, which have no UTF-8
 * form; decodeRequest only ever produces well-formed strings.
 */
export function encode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase(),
  );
}
