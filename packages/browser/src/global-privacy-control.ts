/**
 * True when the user agent sends the Global Privacy Control signal
 * (`navigator.globalPrivacyControl`, GPC specification §3). California treats it as a valid
 * request to opt out of sale and sharing (11 CCR § 7025); Colorado, Connecticut and Texas
 * likewise. Answers `false` where there is no `navigator` (server rendering).
 *
 * @param navigatorLike The navigator to read; default `globalThis.navigator`.
 */
export function detectGlobalPrivacyControl(
  navigatorLike: object | undefined = globalThis.navigator,
): boolean {
  return (
    (navigatorLike as { globalPrivacyControl?: unknown } | undefined)?.globalPrivacyControl === true
  );
}
