/**
 * WorkOS secret API keys look like `sk_live_…` or `sk_test_…`. The playground never needs one
 * (it answers with a mock), so it warns when code contains one and never puts one in a link.
 */
const SECRET = /\bsk_(?:live|test)_[A-Za-z0-9]+/;

/**
 * The first string in `text` that looks like a WorkOS secret key, shortened so the warning
 * itself does not repeat the secret (`sk_test_…`), or undefined.
 * @example findSecret("new WorkOS('sk_test_abc123')") // 'sk_test_…'
 */
export function findSecret(text: string): string | undefined {
  const match = SECRET.exec(text);
  return match ? `${match[0].slice(0, match[0].indexOf('_', 3) + 1)}…` : undefined;
}

/** What the console says when a secret-looking key shows up (one wording, so it is shown once). */
export function secretNote(masked: string): string {
  return `This looks like a real WorkOS secret key (${masked}). It was not sent anywhere: in the playground every WorkOS call is answered by a mock inside this page. Keep real keys out of code you share.`;
}
