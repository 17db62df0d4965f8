/**
 * Splits an identifier into lower-case words: camelCase, PascalCase, snake_case, kebab-case and acronyms.
 * `sourceDeliverableId` -> [source, deliverable, id]; `HTTPServerURL` -> [http, server, url]; `oauth2Token` -> [oauth2, token].
 */
export function words(name: string): string[] {
  const result: string[] = [];
  let current = '';
  for (let i = 0; i < name.length; i++) {
    const c = name[i];
    if (!/[A-Za-z0-9]/.test(c)) {
      if (current) result.push(current);
      current = '';
      continue;
    }
    const isUpper = c >= 'A' && c <= 'Z';
    if (isUpper && current) {
      const prev = name[i - 1];
      const next = name[i + 1] ?? '';
      const prevLowerOrDigit = (prev >= 'a' && prev <= 'z') || (prev >= '0' && prev <= '9');
      const prevUpper = prev >= 'A' && prev <= 'Z';
      const nextLower = next >= 'a' && next <= 'z';
      // A new word starts at `aB` (camel hump) and at the last capital of an acronym followed by lower case (`HTTPServer`).
      if (prevLowerOrDigit || (prevUpper && nextLower)) {
        result.push(current);
        current = '';
      }
    }
    current += c.toLowerCase();
  }
  if (current) result.push(current);
  return result;
}
