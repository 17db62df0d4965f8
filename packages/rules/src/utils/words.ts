/**
 * Splits an identifier into lower-case words: camelCase, PascalCase, snake_case, kebab-case and acronyms.
 * `sourceDeliverableId` -> [source, deliverable, id]; `HTTPServerURL` -> [http, server, url]; `oauth2Token` -> [oauth2, token].
 *
 * It reads character codes and slices each word out once: rules split every model and field name of a schema, and
 * building words a character at a time was the largest source of garbage in a short run.
 */
export function words(name: string): string[] {
  const result: string[] = [];
  let start = -1;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (!isAsciiLetterOrDigit(c)) {
      if (start >= 0) result.push(name.slice(start, i).toLowerCase());
      start = -1;
      continue;
    }
    if (start >= 0 && isUpper(c)) {
      const prev = name.charCodeAt(i - 1);
      const next = name.charCodeAt(i + 1);
      // A new word starts at `aB` (camel hump) and at the last capital of an acronym followed by lower case (`HTTPServer`).
      if (isLower(prev) || isDigit(prev) || (isUpper(prev) && isLower(next))) {
        result.push(name.slice(start, i).toLowerCase());
        start = i;
      }
    }
    if (start < 0) start = i;
  }
  if (start >= 0) result.push(name.slice(start).toLowerCase());
  return result;
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isAsciiLetterOrDigit(c: number): boolean {
  return isUpper(c) || isLower(c) || isDigit(c);
}
