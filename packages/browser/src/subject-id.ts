/**
 * A new pseudonymous subject id: `p-` and 22 base64url characters encoding 128 bits from
 * `crypto.getRandomValues`, so ids cannot be guessed or linked to a person. The server stores
 * only a keyed hash of it. (`crypto.randomUUID` is avoided: pages served over plain HTTP lack
 * it.)
 */
export function createSubjectId(): string {
  return `p-${randomToken()}`;
}

/** 22 base64url characters encoding 128 random bits. */
export function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .slice(0, 22);
}
