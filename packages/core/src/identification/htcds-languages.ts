/**
 * ISO 639-1 (the two-letter codes OpenNRM stores) to ISO 639-2/T (the three-letter codes HTCDS asks
 * for), every language that has a two-letter code. Imports also take ISO 639-2/B, the
 * bibliographic variants some systems write (ger, fre, per).
 */
const table =
  'aa:aar ab:abk ae:ave af:afr ak:aka am:amh an:arg ar:ara as:asm av:ava ay:aym az:aze ba:bak be:bel ' +
  'bg:bul bi:bis bm:bam bn:ben bo:bod br:bre bs:bos ca:cat ce:che ch:cha co:cos cr:cre cs:ces cu:chu ' +
  'cv:chv cy:cym da:dan de:deu dv:div dz:dzo ee:ewe el:ell en:eng eo:epo es:spa et:est eu:eus fa:fas ' +
  'ff:ful fi:fin fj:fij fo:fao fr:fra fy:fry ga:gle gd:gla gl:glg gn:grn gu:guj gv:glv ha:hau he:heb ' +
  'hi:hin ho:hmo hr:hrv ht:hat hu:hun hy:hye hz:her ia:ina id:ind ie:ile ig:ibo ii:iii ik:ipk io:ido ' +
  'is:isl it:ita iu:iku ja:jpn jv:jav ka:kat kg:kon ki:kik kj:kua kk:kaz kl:kal km:khm kn:kan ko:kor ' +
  'kr:kau ks:kas ku:kur kv:kom kw:cor ky:kir la:lat lb:ltz lg:lug li:lim ln:lin lo:lao lt:lit lu:lub ' +
  'lv:lav mg:mlg mh:mah mi:mri mk:mkd ml:mal mn:mon mr:mar ms:msa mt:mlt my:mya na:nau nb:nob nd:nde ' +
  'ne:nep ng:ndo nl:nld nn:nno no:nor nr:nbl nv:nav ny:nya oc:oci oj:oji om:orm or:ori os:oss pa:pan ' +
  'pi:pli pl:pol ps:pus pt:por qu:que rm:roh rn:run ro:ron ru:rus rw:kin sa:san sc:srd sd:snd se:sme ' +
  'sg:sag si:sin sk:slk sl:slv sm:smo sn:sna so:som sq:sqi sr:srp ss:ssw st:sot su:sun sv:swe sw:swa ' +
  'ta:tam te:tel tg:tgk th:tha ti:tir tk:tuk tl:tgl tn:tsn to:ton tr:tur ts:tso tt:tat tw:twi ty:tah ' +
  'ug:uig uk:ukr ur:urd uz:uzb ve:ven vi:vie vo:vol wa:wln wo:wol xh:xho yi:yid yo:yor za:zha zh:zho zu:zul';
const bibliographic =
  'bo:tib cs:cze cy:wel de:ger el:gre eu:baq fa:per fr:fre hy:arm is:ice ka:geo mi:mao mk:mac ms:may ' +
  'my:bur nl:dut ro:rum sk:slo sq:alb zh:chi';

const pairs = (text: string) => text.split(' ').map((p) => p.split(':') as [string, string]);
const toThree = new Map(pairs(table));
const toTwo = new Map([...pairs(table), ...pairs(bibliographic)].map(([two, three]) => [three, two]));

/** A stored language code as HTCDS writes it; a code without a two-letter form is already ISO 639-2. */
export function toIso6392(code: string): string {
  return toThree.get(code) ?? code;
}

/** An ISO 639-2 (T or B) or 639-1 code as OpenNRM stores it; null when it is neither. */
export function fromIso6392(code: string): string | null {
  const lower = code.trim().toLowerCase();
  if (toThree.has(lower)) return lower;
  return toTwo.get(lower) ?? (/^[a-z]{3}$/.test(lower) ? lower : null);
}
