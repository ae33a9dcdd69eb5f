import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client.ts';
import type { Role, User, UserCreateInput, UserUpdateInput } from '../api/types.ts';

export const usersKey = ['users'] as const;

export interface UserFilters {
  organisationId?: string;
  role?: Role;
  search?: string;
}

export function useUsers(filters: UserFilters = {}, enabled = true) {
  return useQuery({
    queryKey: [...usersKey, 'list', filters],
    queryFn: () =>
      unwrap(
        api.GET('/api/users', {
          params: {
            query: { organisationId: filters.organisationId, role: filters.role, search: filters.search },
          },
        }),
      ).then((r) => r.users),
    enabled,
  });
}

export function useUser(id: string) {
  return useQuery({
    queryKey: [...usersKey, 'one', id],
    queryFn: () => unwrap(api.GET('/api/users/{id}', { params: { path: { id } } })).then((r) => r.user),
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UserCreateInput) =>
      unwrap(api.POST('/api/users', { body: input })).then((r) => r.user),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}

/** Every change to one user answers with the user; the cached copy and the lists follow it. */
function useUserMutation<I>(id: string, request: (input: I) => Promise<User | undefined>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (user) => {
      if (user) queryClient.setQueryData([...usersKey, 'one', id], user);
      return queryClient.invalidateQueries({ queryKey: [...usersKey, 'list'] });
    },
  });
}

export function useUpdateUser(id: string) {
  return useUserMutation(id, (input: UserUpdateInput) =>
    unwrap(api.PATCH('/api/users/{id}', { params: { path: { id } }, body: input })).then((r) => r.user),
  );
}

export function useUnlockUser(id: string) {
  return useUserMutation(id, () =>
    unwrap(api.POST('/api/users/{id}/unlock', { params: { path: { id } } })).then((r) => r.user),
  );
}

export function useResetPassword(id: string) {
  return useMutation({
    mutationFn: (password: string) =>
      unwrap(api.POST('/api/users/{id}/password', { params: { path: { id } }, body: { password } })),
  });
}

export function isLocked(user: User, now = Date.now()): boolean {
  return user.lockedUntil !== null && new Date(user.lockedUntil).getTime() > now;
}
