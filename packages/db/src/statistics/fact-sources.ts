import type { SourceKind } from '@opennrm/core';
import { ctdcVictims } from './ctdc-facts.ts';
import type { FactSource } from './fact-source.ts';
import { personsPresumed, personsScreened, victimsIdentified } from './national-person-facts.ts';
import { decisionsDue, referralsSent } from './national-process-facts.ts';
import { preventionFactSources } from './prevention-facts.ts';
import { prosecutionFactSources } from './prosecution-facts.ts';
import { protectionFactSources } from './protection-facts.ts';

/** Every fact's SQL, per source kind. A new module adds its FactSource here (and its fact in core). */
const sources: readonly FactSource[] = [
  personsScreened,
  personsPresumed,
  victimsIdentified,
  decisionsDue,
  referralsSent,
  ctdcVictims,
  ...prosecutionFactSources,
  ...protectionFactSources,
  ...preventionFactSources,
];

export function factSourceOf(fact: string, source: SourceKind): FactSource | undefined {
  return sources.find((candidate) => candidate.fact === fact && candidate.source === source);
}
