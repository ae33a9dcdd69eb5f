import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client.ts';
import type { components } from '../api/generated/openapi.d.ts';
import { supportKey } from './protection-queries.ts';

type Schemas = components['schemas'];
export type RecordPermitInput = Schemas['RecordResidencePermit'];
export type RecordReturnInput = Schemas['RecordReturn'];
export type CreateFacilityInput = Schemas['CreateFacility'];
export type AdmitInput = Schemas['Admit'];
export type DischargeInput = Schemas['Discharge'];
export type CreateBudgetLineInput = Schemas['CreateBudgetLine'];
export type AllocateInput = Schemas['Allocate'];
export type DisburseInput = Schemas['Disburse'];

/** What the forms of protection send. Each refreshes only what it changed; none clears a form on failure. */
export function useRecordPermit(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordPermitInput) =>
      unwrap(api.POST('/api/persons/{id}/residence-permits', { params: { path: { id: personId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: supportKey(personId) }),
  });
}

export function useRecordReturn(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordReturnInput) =>
      unwrap(api.POST('/api/persons/{id}/returns', { params: { path: { id: personId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: supportKey(personId) }),
  });
}

export function useRegisterFacility() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateFacilityInput) => unwrap(api.POST('/api/shelters', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['shelters'] }),
  });
}

export function useAdmit(facilityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AdmitInput) =>
      unwrap(api.POST('/api/shelters/{id}/stays', { params: { path: { id: facilityId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['shelters'] }),
  });
}

export function useDischarge() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ stayId, ...body }: DischargeInput & { stayId: string }) =>
      unwrap(api.POST('/api/shelter-stays/{id}/discharge', { params: { path: { id: stayId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['shelters'] }),
  });
}

/** The persons a shelter's staff may admit: those they work with (the list answers only those). */
export function useAdmissiblePersons(enabled: boolean) {
  return useQuery({
    gcTime: 0,
    enabled,
    queryKey: ['persons', 'admissible'],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/persons', { params: { query: { limit: 200 } }, signal })).then((r) =>
        [...r.persons].sort((a, b) => a.code.localeCompare(b.code)),
      ),
  });
}

export function useCreateBudgetLine() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateBudgetLineInput) => unwrap(api.POST('/api/funding/budget-lines', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['funding'] }),
  });
}

export function useAllocate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ lineId, ...body }: AllocateInput & { lineId: string }) =>
      unwrap(
        api.POST('/api/funding/budget-lines/{id}/allocations', { params: { path: { id: lineId } }, body }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['funding'] }),
  });
}

export function useDisburse() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ allocationId, ...body }: DisburseInput & { allocationId: string }) =>
      unwrap(
        api.POST('/api/funding/allocations/{id}/disbursements', {
          params: { path: { id: allocationId } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['funding'] }),
  });
}
