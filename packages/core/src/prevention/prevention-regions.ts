/**
 * The regions of prevention statistics (Azerbaijan's economic regions, 2021). The places a
 * country keeps (cities and districts, `prevention-places.ts`) each belong to one of them, so
 * activities are counted by region and distinct places are counted, not typed.
 */
export const preventionRegions = [
  'baku',
  'absheron_khizi',
  'mountainous_shirvan',
  'ganja_dashkasan',
  'karabakh',
  'gazakh_tovuz',
  'guba_khachmaz',
  'lankaran_astara',
  'central_aran',
  'mil_mughan',
  'shaki_zagatala',
  'east_zangezur',
  'shirvan_salyan',
  'nakhchivan',
  'abroad',
] as const;
export type PreventionRegion = (typeof preventionRegions)[number];
