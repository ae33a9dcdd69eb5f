// Narrative drafting (filled in by its module).
export {};
