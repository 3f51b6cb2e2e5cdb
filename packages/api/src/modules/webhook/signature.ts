import { createHmac } from 'node:crypto';

/**
 * The `Samverkan-Signature` header of a delivery: `t=<unix seconds>,v1=<hex>`, where the hex is
 * the HMAC-SHA256, keyed with the webhook's secret (its text, UTF-8), of `<t>.<raw body>`. A
 * receiver computes the same over the body it got and compares (in constant time), and refuses
 * a `t` far from its own clock: a replayed request is refused once it is old.
 */
export function signatureHeader(secret: string, body: string, at: Date): string {
  const timestamp = Math.floor(at.getTime() / 1000);
  const signature = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${signature}`;
}
