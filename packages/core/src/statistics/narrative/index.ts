export { draftNarrative, type NarrativeInput } from './draft-narrative.ts';
