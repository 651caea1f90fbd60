/**
 * Escapes text for XML character data and attribute values alike, so one helper serves every
 * place data reaches the SVG: `&`, `<`, `>`, both quotes, and the control characters XML 1.0
 * forbids (dropped; they cannot be written even as references).
 * @example escapeXml('<script>alert("x")</script>') // "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"
 */
export function escapeXml(text: string): string {
  return text.replace(XML_SPECIAL, (ch) => XML_ENTITIES[ch] ?? '').replace(LONE_SURROGATE, '\uFFFD');
}

// eslint-disable-next-line no-control-regex -- the control characters are exactly what we remove
const XML_SPECIAL = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Half of a surrogate pair on its own is not a character, and XML parsers reject it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const XML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
