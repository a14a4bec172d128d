/**
 * Escaping for the HTML report. Findings carry attacker-controlled text (file paths, secret context,
 * package names, advisory titles), so every string from the Report goes through one of these.
 */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * JSON safe inside `<script type="application/json">`: `<`, `>` and `&` become \u escapes so neither
 * `</script>` nor `<!--` can end or bend the data block, and U+2028/U+2029 are escaped for old parsers
 * that treat them as line ends. JSON.parse reads the escapes back as the original characters.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'),
  );
}

/**
 * Only http(s) references become links: a `javascript:` or `data:` URL in an advisory must never be
 * clickable in a page that may be opened from a CI artifact store.
 */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
