/** English text of the retention page (administrator) and data subject requests (officer). */
export const enRetention = {
  retention: {
    title: 'Retention',
    intro:
      'How long personal data is kept after the last event, and on what legal basis. When it runs out, what identifies a person is destroyed; the counts of the statistics stay.',
    enabled: 'Apply the rules every night',
    enabledHelp: 'Off until you have confirmed the periods of your law.',
    years: 'Years',
    legalBasis: 'Legal basis',
    type: {
      person: 'Persons (after the last event)',
      hotline_contact: 'Hotline callers (after the contact)',
      criminal_case: 'Defendants’ names (after the final judgment)',
      notification: 'Notifications (after they were made)',
    },
    save: 'Save',
    plan: 'What a run would do now',
    due: 'Persons to anonymise',
    held: 'Persons held',
    hotlineContacts: 'Hotline contacts to anonymise',
    defendants: 'Defendants’ names to erase',
    notifications: 'Notifications to delete',
    codes: 'Codes',
    none: 'None',
    hold: {
      open_case: 'criminal case not finally judged',
      open_stay: 'shelter stay not ended',
      legal_hold: 'legal hold',
    },
    holds: 'Legal holds',
    holdCode: 'Person code',
    holdReason: 'Reason',
    addHold: 'Hold',
    release: 'Release',
    noHolds: 'No person is held.',
    releaseTitle: 'Release the hold on {{code}}?',
    releaseMessage:
      'The retention rules and erasure apply to this person again: at the next nightly run their identity may be destroyed if their period has run out.',
  },
  subjectRequests: {
    title: 'Data subject requests',
    intro:
      'Answer a person’s lawful request: export everything held on them, or erase what identifies them. Both are recorded in the audit log with your reference.',
    code: 'Person code',
    reference: 'Request reference',
    referenceHelp:
      'The reference in your register, for example DPO-2026/17. Letters, digits and . _ / - only.',
    basis: 'Legal basis of the erasure',
    bases: {
      no_longer_necessary: 'No longer necessary',
      consent_withdrawn: 'Consent withdrawn',
      objection: 'Objection',
      unlawful_processing: 'Unlawful processing',
      legal_obligation: 'Legal obligation',
    },
    export: 'Export everything held',
    erase: 'Erase',
    erased: 'Erased {{code}}. The person’s identity is gone; the figures keep their counts.',
    confirmTitle: 'Erase {{code}}?',
    confirmMessage:
      'What identifies this person (name, birth date, contact details, documents, free-text notes) is destroyed for good, on the basis “{{basis}}”. This cannot be undone. The figures keep their counts, and the audit log keeps that you erased it, with your reference.',
    confirmErase: 'Erase for good',
  },
};
