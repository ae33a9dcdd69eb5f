/**
 * Whether the signed-in user holds a permission (`resource:action`). The server may one day send
 * scoped entries such as `user:read:all`; a prefix match keeps the navigation working if it does.
 */
export function can(permissions: readonly string[] | undefined, permission: string): boolean {
  if (!permissions) return false;
  return permissions.some((p) => p === permission || p.startsWith(`${permission}:`));
}

export function canAny(permissions: readonly string[] | undefined, list: readonly string[]): boolean {
  return list.some((permission) => can(permissions, permission));
}
