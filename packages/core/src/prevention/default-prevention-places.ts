import type { PreventionRegion } from './prevention-regions.ts';

/** A city or district where prevention work happens; counted as one distinct place. */
export interface PreventionPlace {
  /** Stable code (what records store): lower case, digits and hyphens. */
  code: string;
  /** Its name as the country writes it in Latin script. */
  name: string;
  kind: 'city' | 'district' | 'abroad';
  region: PreventionRegion;
}

/**
 * The places shipped for Azerbaijan: the cities of republican subordination and the districts,
 * each in its economic region (2021), and one place for work done abroad (at consulates, say).
 * An administrator replaces the list in the prevention settings; records keep their codes.
 */
export const defaultPreventionPlaces: readonly PreventionPlace[] = [
  { code: 'baku', name: 'Baku', kind: 'city', region: 'baku' },
  { code: 'sumgait', name: 'Sumgait', kind: 'city', region: 'absheron_khizi' },
  { code: 'absheron', name: 'Absheron', kind: 'district', region: 'absheron_khizi' },
  { code: 'khizi', name: 'Khizi', kind: 'district', region: 'absheron_khizi' },
  { code: 'shamakhi', name: 'Shamakhi', kind: 'district', region: 'mountainous_shirvan' },
  { code: 'ismayilli', name: 'Ismayilli', kind: 'district', region: 'mountainous_shirvan' },
  { code: 'aghsu', name: 'Aghsu', kind: 'district', region: 'mountainous_shirvan' },
  { code: 'gobustan', name: 'Gobustan', kind: 'district', region: 'mountainous_shirvan' },
  { code: 'ganja', name: 'Ganja', kind: 'city', region: 'ganja_dashkasan' },
  { code: 'dashkasan', name: 'Dashkasan', kind: 'district', region: 'ganja_dashkasan' },
  { code: 'goygol', name: 'Goygol', kind: 'district', region: 'ganja_dashkasan' },
  { code: 'naftalan', name: 'Naftalan', kind: 'city', region: 'ganja_dashkasan' },
  { code: 'khankendi', name: 'Khankendi', kind: 'city', region: 'karabakh' },
  { code: 'aghjabadi', name: 'Aghjabadi', kind: 'district', region: 'karabakh' },
  { code: 'agdam', name: 'Agdam', kind: 'district', region: 'karabakh' },
  { code: 'barda', name: 'Barda', kind: 'district', region: 'karabakh' },
  { code: 'fuzuli', name: 'Fuzuli', kind: 'district', region: 'karabakh' },
  { code: 'khojali', name: 'Khojali', kind: 'district', region: 'karabakh' },
  { code: 'khojavend', name: 'Khojavend', kind: 'district', region: 'karabakh' },
  { code: 'shusha', name: 'Shusha', kind: 'city', region: 'karabakh' },
  { code: 'tartar', name: 'Tartar', kind: 'district', region: 'karabakh' },
  { code: 'aghstafa', name: 'Aghstafa', kind: 'district', region: 'gazakh_tovuz' },
  { code: 'gadabay', name: 'Gadabay', kind: 'district', region: 'gazakh_tovuz' },
  { code: 'gazakh', name: 'Gazakh', kind: 'district', region: 'gazakh_tovuz' },
  { code: 'shamkir', name: 'Shamkir', kind: 'district', region: 'gazakh_tovuz' },
  { code: 'tovuz', name: 'Tovuz', kind: 'district', region: 'gazakh_tovuz' },
  { code: 'guba', name: 'Guba', kind: 'district', region: 'guba_khachmaz' },
  { code: 'gusar', name: 'Gusar', kind: 'district', region: 'guba_khachmaz' },
  { code: 'khachmaz', name: 'Khachmaz', kind: 'district', region: 'guba_khachmaz' },
  { code: 'shabran', name: 'Shabran', kind: 'district', region: 'guba_khachmaz' },
  { code: 'siyazan', name: 'Siyazan', kind: 'district', region: 'guba_khachmaz' },
  { code: 'lankaran', name: 'Lankaran', kind: 'city', region: 'lankaran_astara' },
  { code: 'astara', name: 'Astara', kind: 'district', region: 'lankaran_astara' },
  { code: 'jalilabad', name: 'Jalilabad', kind: 'district', region: 'lankaran_astara' },
  { code: 'lerik', name: 'Lerik', kind: 'district', region: 'lankaran_astara' },
  { code: 'masally', name: 'Masally', kind: 'district', region: 'lankaran_astara' },
  { code: 'yardimli', name: 'Yardimli', kind: 'district', region: 'lankaran_astara' },
  { code: 'mingachevir', name: 'Mingachevir', kind: 'city', region: 'central_aran' },
  { code: 'aghdash', name: 'Aghdash', kind: 'district', region: 'central_aran' },
  { code: 'goychay', name: 'Goychay', kind: 'district', region: 'central_aran' },
  { code: 'kurdamir', name: 'Kurdamir', kind: 'district', region: 'central_aran' },
  { code: 'ujar', name: 'Ujar', kind: 'district', region: 'central_aran' },
  { code: 'yevlakh', name: 'Yevlakh', kind: 'district', region: 'central_aran' },
  { code: 'zardab', name: 'Zardab', kind: 'district', region: 'central_aran' },
  { code: 'beylagan', name: 'Beylagan', kind: 'district', region: 'mil_mughan' },
  { code: 'imishli', name: 'Imishli', kind: 'district', region: 'mil_mughan' },
  { code: 'saatly', name: 'Saatly', kind: 'district', region: 'mil_mughan' },
  { code: 'sabirabad', name: 'Sabirabad', kind: 'district', region: 'mil_mughan' },
  { code: 'shaki', name: 'Shaki', kind: 'city', region: 'shaki_zagatala' },
  { code: 'balakan', name: 'Balakan', kind: 'district', region: 'shaki_zagatala' },
  { code: 'gabala', name: 'Gabala', kind: 'district', region: 'shaki_zagatala' },
  { code: 'gakh', name: 'Gakh', kind: 'district', region: 'shaki_zagatala' },
  { code: 'oghuz', name: 'Oghuz', kind: 'district', region: 'shaki_zagatala' },
  { code: 'zagatala', name: 'Zagatala', kind: 'district', region: 'shaki_zagatala' },
  { code: 'jabrayil', name: 'Jabrayil', kind: 'district', region: 'east_zangezur' },
  { code: 'kalbajar', name: 'Kalbajar', kind: 'district', region: 'east_zangezur' },
  { code: 'gubadli', name: 'Gubadli', kind: 'district', region: 'east_zangezur' },
  { code: 'lachin', name: 'Lachin', kind: 'district', region: 'east_zangezur' },
  { code: 'zangilan', name: 'Zangilan', kind: 'district', region: 'east_zangezur' },
  { code: 'shirvan', name: 'Shirvan', kind: 'city', region: 'shirvan_salyan' },
  { code: 'bilasuvar', name: 'Bilasuvar', kind: 'district', region: 'shirvan_salyan' },
  { code: 'hajigabul', name: 'Hajigabul', kind: 'district', region: 'shirvan_salyan' },
  { code: 'neftchala', name: 'Neftchala', kind: 'district', region: 'shirvan_salyan' },
  { code: 'salyan', name: 'Salyan', kind: 'district', region: 'shirvan_salyan' },
  { code: 'nakhchivan', name: 'Nakhchivan', kind: 'city', region: 'nakhchivan' },
  { code: 'babek', name: 'Babek', kind: 'district', region: 'nakhchivan' },
  { code: 'julfa', name: 'Julfa', kind: 'district', region: 'nakhchivan' },
  { code: 'kangarli', name: 'Kangarli', kind: 'district', region: 'nakhchivan' },
  { code: 'ordubad', name: 'Ordubad', kind: 'district', region: 'nakhchivan' },
  { code: 'sadarak', name: 'Sadarak', kind: 'district', region: 'nakhchivan' },
  { code: 'shahbuz', name: 'Shahbuz', kind: 'district', region: 'nakhchivan' },
  { code: 'sharur', name: 'Sharur', kind: 'district', region: 'nakhchivan' },
  { code: 'abroad', name: 'Abroad', kind: 'abroad', region: 'abroad' },
];
