import type { Locale } from '../model.ts';
import type { IndicatorProvenance, ListProvenance } from './provenance.ts';

/**
 * Indicator lists are data, not code (docs/standards/indicators.md): a country loads its own list in
 * its own languages, and a screening records which list key and version scored it. Lists are
 * therefore plain, JSON-compatible values; every version ever used is kept by whoever stores them.
 */

/** Text in every interface language: a screener must be able to read each item in their own. */
export type LocalizedText = Record<Locale, string>;

export const scoringRules = ['ilo_ec_2009', 'presence_only'] as const;
/**
 * `ilo_ec_2009`: dimension scoring and the presumed-victim rule of the ILO/EC Delphi indicators.
 * `presence_only`: the ILO 2012 forced-labour indicators carry no weights and decide nothing.
 */
export type ScoringRule = (typeof scoringRules)[number];

export const listPopulations = ['adult', 'child', 'any'] as const;
export type ListPopulation = (typeof listPopulations)[number];

export const listExploitations = ['labour', 'sexual', 'any'] as const;
export type ListExploitation = (typeof listExploitations)[number];

export const dimensionRoles = [
  'deceptive_recruitment',
  'coercive_recruitment',
  'recruitment_abuse_of_vulnerability',
  'exploitative_conditions',
  'coercion_at_destination',
  'abuse_of_vulnerability_at_destination',
  'none',
] as const;
/**
 * What a dimension means to the rule, separate from its key, so that a country's list can name
 * and split its dimensions as its SOP does while still being scored by the same rule.
 */
export type DimensionRole = (typeof dimensionRoles)[number];

/** Any positive one of these satisfies the "recruitment" (act) part of the rule. */
export const recruitmentRoles: readonly DimensionRole[] = [
  'deceptive_recruitment',
  'coercive_recruitment',
  'recruitment_abuse_of_vulnerability',
];
/** Any positive one of these satisfies the adult-only "means at destination" part. */
export const destinationRoles: readonly DimensionRole[] = [
  'coercion_at_destination',
  'abuse_of_vulnerability_at_destination',
];

export const indicatorStrengths = ['strong', 'medium', 'weak'] as const;
export type IndicatorStrength = (typeof indicatorStrengths)[number];

export interface IndicatorDimension {
  key: string;
  role: DimensionRole;
  title: LocalizedText;
}

export interface Indicator {
  /** Unique within the list; answers refer to it, so it must never change within a version. */
  key: string;
  /** Key of the dimension this indicator belongs to. */
  dimension: string;
  /** Null for presence_only lists, which carry no weights. */
  strength: IndicatorStrength | null;
  label: LocalizedText;
  help?: LocalizedText;
  /** Where the item comes from and how sure we are (absent: unverified, no source recorded). */
  provenance?: IndicatorProvenance;
}

export interface IndicatorList {
  /** Stable name of the list across versions, e.g. 'ilo-ec-2009-adult-labour'. */
  key: string;
  /** Integer from 1; a changed list is a new version, never an edit of a used one. */
  version: number;
  title: LocalizedText;
  description: LocalizedText;
  population: ListPopulation;
  exploitation: ListExploitation;
  rule: ScoringRule;
  dimensions: IndicatorDimension[];
  indicators: Indicator[];
  /** Absent in lists stored before provenance was recorded: they read as unverified. */
  provenance?: ListProvenance;
}
