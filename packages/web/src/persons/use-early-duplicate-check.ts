import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import type { PossibleDuplicate } from '../api/types.ts';
import { useDuplicateCheck } from './person-queries.ts';
import { type DuplicateProbe, earlyProbe } from './possible-duplicates.ts';

export interface EarlyDuplicateCheck {
  /** The answer for what is typed now; empty until it is known. */
  duplicates: PossibleDuplicate[];
  /** What was checked (sent again with a request to contact the holder). */
  probe: DuplicateProbe | null;
  /** Changes whenever the name or date means another check: resets what followed the last one. */
  key: string;
}

/**
 * Asks the server, once a name and a full birth date are typed, whether a possible match exists,
 * so the user learns it before filling in the rest. Each check counts against an hourly limit and
 * is audited, so it fires at most once per pause in typing, and never twice for the same name and
 * date while the form is open (typing a name back, or only its spacing or case, asks nothing new).
 * The answers live in this component only: the names in them are forgotten with the form.
 */
export function useEarlyDuplicateCheck(name: string, birthDate: string): EarlyDuplicateCheck {
  const early = earlyProbe(name, birthDate);
  const [settledKey] = useDebouncedValue(early?.key ?? '', 700);
  const [answers, setAnswers] = useState<ReadonlyMap<string, PossibleDuplicate[]>>(new Map());
  const asked = useRef(new Set<string>());
  const latest = useRef(early);
  latest.current = early;
  const { mutateAsync } = useDuplicateCheck();

  useEffect(() => {
    const current = latest.current;
    // Still typing (the settled value is already stale), or asked before: nothing to send.
    if (!settledKey || current?.key !== settledKey || asked.current.has(settledKey)) return;
    asked.current.add(settledKey);
    mutateAsync(current.probe).then(
      ({ possibleDuplicates }) => setAnswers((prev) => new Map(prev).set(settledKey, possibleDuplicates)),
      // A refused check (the hourly limit) is not repeated by typing: registering checks again.
      () => undefined,
    );
  }, [settledKey, mutateAsync]);

  return {
    duplicates: (early && answers.get(early.key)) || [],
    probe: early?.probe ?? null,
    key: early?.key ?? '',
  };
}
