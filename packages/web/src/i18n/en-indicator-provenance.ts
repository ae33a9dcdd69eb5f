/** English text of how sure an indicator list is (issue 18): its status, source, review flags, verification. */
export const enIndicatorProvenance = {
  provenance: {
    heading: 'How sure this list is',
    status: {
      verified: 'Verified against the publication',
      derived: 'Derived, not verified',
      unverified: 'Not verified against the publication',
    },
    explain: {
      verified: 'Every item was checked against the document named below.',
      derived: 'Derived from “{{from}}”: verify against the publication before relying on it.',
      unverified: 'Not yet checked against the publication: verify it before relying on it.',
    },
    source: 'Source: {{publication}}, {{page}}',
    page: 'page {{page}}',
    noPage: 'page not recorded',
    noSource: 'No publication is named for this list.',
    verifiedBy: 'Verified by {{name}} on {{date}} against “{{document}}”.',
    underReview: 'Items flagged for review: {{count}}',
    flagged: 'Flagged for review',
    columnStatus: 'Status',
    columnSource: 'Source',
    usedStatus: 'List status when used: {{status}}',
    verify: 'Mark as verified',
    verifyTitle: 'Mark “{{title}}” (version {{version}}) as verified',
    verifyIntro:
      'Record that you compared every item of this version, its wording, dimension and strength, with the publication. If any item differs, do not verify it: load a corrected version instead.',
    document: 'Document checked against',
    documentHelp: 'Title, edition and language of the publication you compared every item with.',
    pageLabel: 'Page or pages',
    note: 'Note',
    flaggedChecked: 'I checked the {{count}} items flagged for review too',
    flaggedRequired: 'Check the items flagged for review, then tick this box.',
    submit: 'Record the verification',
    done: 'Recorded: version {{version}} is verified.',
    childRuleTitle: 'How the rule treats a child',
    childRule:
      'For a child, coercion or abuse of vulnerability at destination is not required: a positive recruitment dimension and exploitative conditions suffice. But every recruitment indicator in this list is a form of deception, coercion or abuse of vulnerability, so a child recruited for exploitation without any of them can never be positive here, although the law counts the child as a victim. Decide on the facts and give your reason.',
  },
};
