/** Tables of migration 32 (retention and erasure). */
export interface RetentionTables {
  person_legal_holds: {
    person_id: string;
    reason: string;
    set_by: string;
    set_at: Date;
  };
}
