/** What a user's TOTP secret is sealed to (db's sealed-columns.ts names the same string). */
export function secondFactorAad(userId: string): string {
  return `second_factor.secret.${userId}`;
}
