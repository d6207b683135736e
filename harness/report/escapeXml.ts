/**
 * Characters XML 1.0 cannot carry (C0 controls but tab and line breaks, lone surrogates, U+FFFE,
 * U+FFFF), plus DEL and the C1 controls, which are legal but never meant: all are dropped.
 */
const UNWANTED = /[^\t\n\r\x20-\x7E\xA0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** The text without the characters a report cannot show (see UNWANTED). */
export function stripControl(text: string): string {
  return text.replace(UNWANTED, '');
}

/** Text content for XML or HTML: `&`, `<`, `>`, both quotes escaped, control characters dropped. */
export function escapeXml(text: string): string {
  return stripControl(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** An attribute value (to put between double quotes): as escapeXml, and line breaks and tabs kept as references so parsers do not fold them. */
export function escapeXmlAttr(text: string): string {
  return escapeXml(text).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}
