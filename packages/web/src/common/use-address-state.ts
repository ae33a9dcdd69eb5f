import { useSearchParams } from 'react-router';

/** A change to the state kept in the address: from the state as it is now to the next one. */
export type AddressChange<T> = (current: T) => T;

/**
 * State kept in the address bar (filters, orders, the opened item), so a link, a reload or Back
 * shows the same screen. A change is applied to the address as it is *now*, not to the last
 * render: React Router renders a navigation in a transition, so a second change made before that
 * render (Clear filters, then an urgency) would otherwise start from the old address and bring
 * back what the first change removed.
 */
export function useAddressState<T>(
  parse: (params: URLSearchParams) => T,
  toParams: (state: T) => URLSearchParams,
  options: { replace?: boolean } = {},
): readonly [T, (change: AddressChange<T>) => void] {
  const [params, setParams] = useSearchParams();
  const update = (change: AddressChange<T>) =>
    setParams(() => toParams(change(parse(new URLSearchParams(window.location.search)))), options);
  return [parse(params), update] as const;
}
