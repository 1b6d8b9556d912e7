// Text made safe for HTML: article text and every field of a record are hostile (`</script>`, `<`,
// `&`, quotes), so nothing reaches the page without going through here.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an element's content or an attribute value in either kind of quotes. */
export function escapeHtml(text: string): string {
  return text.replace(/(?<special>[&<>"'])/g, (c) => ENTITIES[c]!);
}

/**
 * JSON for a `<script type="application/json">`: `<` written as \u003c, so no `</script>` or `<!--`
 * in the data can end the element early; JSON.parse reads it back unchanged.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/(?<lt><)/g, '\\u003c');
}
