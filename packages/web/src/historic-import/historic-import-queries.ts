import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client.ts';

const runsKey = ['historic-imports'] as const;

export interface ImportUpload {
  organisationId: string;
  fileName: string;
  contentBase64: string;
}

/** The file as base64 for the JSON body (the server reads .xlsx, .csv and .zip). */
export function readFileBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

export function useImportTemplate() {
  return useQuery({
    queryKey: ['historic-import-template'],
    queryFn: () => unwrap(api.GET('/api/historic-imports/template')),
  });
}

export function useHistoricImports() {
  return useQuery({
    queryKey: runsKey,
    queryFn: () => unwrap(api.GET('/api/historic-imports')).then((r) => r.runs),
  });
}

/** The dry run: the server tries every row and writes nothing. */
export function useCheckImport() {
  return useMutation({
    mutationFn: (body: ImportUpload) => unwrap(api.POST('/api/historic-imports/check', { body })),
  });
}

/** The real run, of exactly the file checked (its hash). */
export function useRunImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ImportUpload & { expectedSha256: string }) =>
      unwrap(api.POST('/api/historic-imports', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: runsKey }),
  });
}
