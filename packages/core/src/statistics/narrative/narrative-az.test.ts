import { describe, expect, it } from 'vitest';
import { draftNarrative } from './draft-narrative.ts';
import { edgeCases, edgeCasesFor } from './narrative-cases.ts';
import { narrativeProblems } from './narrative-invariants.ts';

// The edge cases of narrative-cases.ts, each checked against the paragraph(s) written by hand.
const expected: Record<string, string> = {
  'victims 0':
    '2014-cü ildə ölkədə insan alverinin heç bir qurbanı müəyyən edilməmişdir; 2013-cü ildə isə 5 qurban müəyyən edilmişdir.',
  'decisions 0': '2014-cü ildə heç bir şəxs üzrə müəyyən edilmə barədə ilk qərarın son tarixi çatmamışdır.',
  'referrals 0':
    '2014-cü ildə heç bir yönləndirmə göndərilməmişdir; 2013-cü ildə isə 5 yönləndirmə göndərilmişdir.',
  'victims 1':
    '2014-cü ildə ölkədə insan alverinin 1 qurbanı müəyyən edilmişdir (qadın), bu da 2013-cü ildəki 5 qurban ilə müqayisədə azdır.',
  'decisions 1':
    '2014-cü ildə 1 nəfər üzrə müəyyən edilmə barədə ilk qərarın son tarixi çatmışdır; qərar vaxtında qəbul edilmişdir.',
  'referrals 1':
    '2014-cü ildə 1 yönləndirmə göndərilmişdir, bu da 2013-cü ildəki 5 yönləndirmə ilə müqayisədə azdır. Yönləndirmə qəbul edilmişdir.',
  'victims 2':
    '2014-cü ildə ölkədə insan alverinin 2 qurbanı müəyyən edilmişdir (2 qadın), bu da 2013-cü ildəki 5 qurban ilə müqayisədə azdır.',
  'decisions 2':
    '2014-cü ildə 2 nəfər üzrə müəyyən edilmə barədə ilk qərarın son tarixi çatmışdır: vaxtında qəbul edilmişdir — 2.',
  'referrals 2':
    '2014-cü ildə 2 yönləndirmə göndərilmişdir, bu da 2013-cü ildəki 5 yönləndirmə ilə müqayisədə azdır. Onlardan: qəbul edilmişdir — 2.',
  'victims 5':
    '2014-cü ildə ölkədə insan alverinin 5 qurbanı müəyyən edilmişdir (5 qadın), bu da 2013-cü ildəki qədərdir.',
  'decisions 5':
    '2014-cü ildə 5 nəfər üzrə müəyyən edilmə barədə ilk qərarın son tarixi çatmışdır: vaxtında qəbul edilmişdir — 5.',
  'referrals 5':
    '2014-cü ildə 5 yönləndirmə göndərilmişdir, bu da 2013-cü ildəki qədərdir. Onlardan: qəbul edilmişdir — 5.',
  'victims 11':
    '2014-cü ildə ölkədə insan alverinin 11 qurbanı müəyyən edilmişdir (11 qadın), bu da 2013-cü ildəki 5 qurban ilə müqayisədə çoxdur.',
  'decisions 11':
    '2014-cü ildə 11 nəfər üzrə müəyyən edilmə barədə ilk qərarın son tarixi çatmışdır: vaxtında qəbul edilmişdir — 11.',
  'referrals 11':
    '2014-cü ildə 11 yönləndirmə göndərilmişdir, bu da 2013-cü ildəki 5 yönləndirmə ilə müqayisədə çoxdur. Onlardan: qəbul edilmişdir — 11.',
  'victims 21':
    '2014-cü ildə ölkədə insan alverinin 21 qurbanı müəyyən edilmişdir (21 qadın), bu da 2013-cü ildəki 5 qurban ilə müqayisədə çoxdur.',
  'decisions 21':
    '2014-cü ildə 21 nəfər üzrə müəyyən edilmə barədə ilk qərarın son tarixi çatmışdır: vaxtında qəbul edilmişdir — 21.',
  'referrals 21':
    '2014-cü ildə 21 yönləndirmə göndərilmişdir, bu da 2013-cü ildəki 5 yönləndirmə ilə müqayisədə çoxdur. Onlardan: qəbul edilmişdir — 21.',
  'victims 22':
    '2014-cü ildə ölkədə insan alverinin 22 qurbanı müəyyən edilmişdir (22 qadın), bu da 2013-cü ildəki 5 qurban ilə müqayisədə çoxdur.',
  'decisions 22':
    '2014-cü ildə 22 nəfər üzrə müəyyən edilmə barədə ilk qərarın son tarixi çatmışdır: vaxtında qəbul edilmişdir — 22.',
  'referrals 22':
    '2014-cü ildə 22 yönləndirmə göndərilmişdir, bu da 2013-cü ildəki 5 yönləndirmə ilə müqayisədə çoxdur. Onlardan: qəbul edilmişdir — 22.',
  'victims 101':
    '2014-cü ildə ölkədə insan alverinin 101 qurbanı müəyyən edilmişdir (101 qadın), bu da 2013-cü ildəki 5 qurban ilə müqayisədə çoxdur.',
  'decisions 101':
    '2014-cü ildə 101 nəfər üzrə müəyyən edilmə barədə ilk qərarın son tarixi çatmışdır: vaxtında qəbul edilmişdir — 101.',
  'referrals 101':
    '2014-cü ildə 101 yönləndirmə göndərilmişdir, bu da 2013-cü ildəki 5 yönləndirmə ilə müqayisədə çoxdur. Onlardan: qəbul edilmişdir — 101.',
  'victims 1234':
    '2014-cü ildə ölkədə insan alverinin 1.234 qurbanı müəyyən edilmişdir (1.234 qadın), bu da 2013-cü ildəki 5 qurban ilə müqayisədə çoxdur.',
  'decisions 1234':
    '2014-cü ildə 1.234 nəfər üzrə müəyyən edilmə barədə ilk qərarın son tarixi çatmışdır: vaxtında qəbul edilmişdir — 1.234.',
  'referrals 1234':
    '2014-cü ildə 1.234 yönləndirmə göndərilmişdir, bu da 2013-cü ildəki 5 yönləndirmə ilə müqayisədə çoxdur. Onlardan: qəbul edilmişdir — 1.234.',
  'victims none in either year':
    '2014-cü və 2013-cü illərdə ölkədə insan alverinin heç bir qurbanı müəyyən edilməmişdir.',
  'referrals none in either year': '2014-cü və 2013-cü illərdə heç bir yönləndirmə göndərilməmişdir.',
  'victims up from none':
    '2014-cü ildə ölkədə insan alverinin 3 qurbanı müəyyən edilmişdir (3 qadın); 2013-cü ildə isə heç bir qurban müəyyən edilməmişdir.',
  'victims in full':
    '2014-cü ildə ölkədə insan alverinin 314 qurbanı müəyyən edilmişdir (200 qadın, 14 qız, 90 kişi, 6 oğlan və cinsiyyəti məlum olmayan 4 nəfər), bu da 2013-cü ildəki 300 qurban ilə müqayisədə çoxdur. Müəyyən edən orqana görə: dövlət orqanları — 260, yalnız qeyri-hökumət təşkilatları — 54. İstismar formasına görə: cinsi istismar — 190, əmək istismarı — 110, forması müəyyən edilməmişdir — 14. İnsan alverinin növünə görə: daxili insan alveri — 200, transmilli insan alveri — 114. Vətəndaşlığa görə: ölkə vətəndaşları — 309, xarici vətəndaşlar — 1. 2014-cü ildə: insan alveri əlamətlərinə görə skrininqdən keçənlər — 601 nəfər, ehtimal olunan qurban hesab edilənlər — 321 nəfər.',
  'one victim':
    '2014-cü ildə ölkədə insan alverinin 1 qurbanı müəyyən edilmişdir (qız), bu da 2013-cü ildəki qədərdir. Qurban yalnız qeyri-hökumət təşkilatları tərəfindən müəyyən edilmişdir.',
  'hidden figures':
    '2014-cü ildə ölkədə insan alverinin 53 qurbanı müəyyən edilmişdir (qadınlar — sayı açıqlanmır, qızlar — sayı açıqlanmır, kişilər — 10), bu da 2013-cü ildəki 60 qurban ilə müqayisədə azdır. Vətəndaşlığa görə: ölkə vətəndaşları — sayı açıqlanmır, xarici vətəndaşlar — sayı açıqlanmır.',
  'hidden previous':
    '2014-cü ildə 40 yönləndirmə göndərilmişdir; 2013-cü il üzrə yönləndirmə sayı açıqlanmır. Onlardan: qəbul edilmişdir — 40.',
  'decisions in full':
    '2014-cü ildə 50 nəfər üzrə müəyyən edilmə barədə ilk qərarın son tarixi çatmışdır: vaxtında qəbul edilmişdir — 40, gecikmə ilə qəbul edilmiş və ya hesabat tarixinədək qəbul edilməmişdir — 8, son tarix hesabat tarixinədək keçməmişdir — 2. Hesabat tarixinə: insan alverinin qurbanı kimi müəyyən edilmişdir — 39, qurban olmadığı müəyyən edilmişdir — 9, qərar hələ qəbul edilməmişdir — 2. İlk «ehtimal olunan qurban» skrininqindən ilk qərara qədər median müddət 4,5 gün olmuşdur (yetkinlər — 4 gün, uşaqlar — 1 gün).',
  'one decision, found not a victim':
    '2014-cü ildə 1 nəfər üzrə müəyyən edilmə barədə ilk qərarın son tarixi çatmışdır; qərar gecikmə ilə qəbul edilmiş və ya hesabat tarixinədək qəbul edilməmişdir. Hesabat tarixinə şəxsin qurban olmadığı müəyyən edilmişdir.',
  'referrals in full':
    '2014-cü ildə 616 yönləndirmə göndərilmişdir; 2013-cü ildə isə heç bir yönləndirmə göndərilməmişdir. Onlardan: qəbul edilmişdir — 300, icra edilmişdir — 102, rədd edilmişdir — 60, geri götürülmüşdür — 28, hesabat tarixinə cavab gözləyirdi — 126. Cavab müddətinə görə: vaxtında cavablandırılmışdır — 402, gecikmə ilə cavablandırılmışdır — 163, müddəti keçmiş və cavablandırılmamışdır — 23, cavabdan əvvəl geri götürülmüşdür — 28. Yönləndirmənin göndərilməsindən qəbul və ya rədd edilməsinə qədər median müddət 3,5 gün olmuşdur. Şəxsin kimlik məlumatları alana ötürülmüşdür: razılıq əsasında — 500, uşaq qaydası ilə — 40, razılıq olmadan (audit jurnalına yazılmaqla) — 1; ötürülməmişdir — 75.',
  'the country':
    '2014-cü ildə Azərbaycanda insan alverinin 22 qurbanı müəyyən edilmişdir (22 qadın), bu da 2013-cü ildəki 5 qurban ilə müqayisədə çoxdur.',
  'a region':
    '2014-cü ildə «Ganja» regionunda insan alverinin 22 qurbanı müəyyən edilmişdir (22 qadın), bu da 2013-cü ildəki 5 qurban ilə müqayisədə çoxdur. 2014-cü ildə «Ganja» regionunda 2 yönləndirmə göndərilmişdir; 2013-cü ildə isə heç bir yönləndirmə göndərilməmişdir. Onlardan: hesabat tarixinə cavab gözləyirdi — 2.',
  'an organisation':
    '2014-cü ildə «Clean Start» təşkilatının məlumatlarına görə insan alverinin 22 qurbanı müəyyən edilmişdir (22 qadın), bu da 2013-cü ildəki 5 qurban ilə müqayisədə çoxdur.',
  'a half year':
    '2025-ci ilin 1 yanvar – 30 iyun dövründə ölkədə insan alverinin 22 qurbanı müəyyən edilmişdir (22 qadın), bu da 2024-cü ilin 1 iyul – 31 dekabr dövründəki 5 qurban ilə müqayisədə çoxdur. 2025-ci ilin 1 yanvar – 30 iyun dövründə 3 nəfər üzrə müəyyən edilmə barədə ilk qərarın son tarixi çatmışdır: vaxtında qəbul edilmişdir — 3.',
  'a half year, none in either':
    '2025-ci ilin 1 yanvar – 30 iyun dövründə və 2024-cü ilin 1 iyul – 31 dekabr dövründə ölkədə insan alverinin heç bir qurbanı müəyyən edilməmişdir.',
  'April to March':
    '2014-cü ilin 1 aprel – 2015-ci ilin 31 mart dövründə ölkədə insan alverinin 22 qurbanı müəyyən edilmişdir (22 qadın), bu da 2013-cü ilin 1 aprel – 2014-cü ilin 31 mart dövründəki 5 qurban ilə müqayisədə çoxdur.',
  'US spelling':
    '2014-cü ildə ölkədə insan alverinin 22 qurbanı müəyyən edilmişdir (22 qadın), bu da 2013-cü ildəki 5 qurban ilə müqayisədə çoxdur. Müəyyən edən orqana görə: dövlət orqanları — 20, yalnız qeyri-hökumət təşkilatları — 2.',
  'a CTDC dataset':
    '2014-cü ildə verilənlər toplusunda insan alverinin 22 qurbanı qeydə alınmışdır (22 qadın), bu da 2013-cü ildəki 5 qurban ilə müqayisədə çoxdur.',
};

describe('Azerbaijani narrative: hand-written sentences for the edge cases', () => {
  it('has a written sentence for every case', () => {
    expect(Object.keys(expected).sort()).toEqual(Object.keys(edgeCases).sort());
  });

  it.each(edgeCasesFor('az'))('%s', (name, input) => {
    const paragraphs = draftNarrative(input);
    expect(paragraphs.map((paragraph) => paragraph.text).join(' ')).toBe(expected[name]);
    expect(narrativeProblems(input, paragraphs)).toEqual([]);
  });
});
