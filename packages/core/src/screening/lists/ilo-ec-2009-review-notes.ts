import type { LocalizedText } from '../indicator-list.ts';

/**
 * Why items are flagged for review and what is known of each list, in every language. The flags
 * come from a check of the shipped lists against every public source that could be found
 * (docs/standards/indicators.md, "What is known of each list"): nothing was changed on their
 * strength, since the only item-level source is not the publication.
 */
export const reviewReasons = {
  outOfAlphabeticalOrder: {
    en: 'Within each grade the publication orders its items alphabetically; this one sits out of that order at the end of the medium items, so it may be weak. Check against the publication.',
    az: 'Nəşr hər dərəcədə göstəriciləri əlifba sırası ilə düzür; bu göstərici orta göstəricilərin sonunda həmin sıradan kənarda durur, ona görə də zəif ola bilər. Nəşrlə yoxlayın.',
    ru: 'Внутри каждой степени публикация располагает индикаторы по алфавиту; этот стоит вне этого порядка в конце средних, поэтому он может быть слабым. Сверьте с публикацией.',
  },
  strongForChildren: {
    en: 'An unofficial reproduction of the publication gives this item as strong for children, not medium. Check against the publication.',
    az: 'Nəşrin qeyri-rəsmi surətində bu göstərici uşaqlar üçün orta deyil, güclüdür. Nəşrlə yoxlayın.',
    ru: 'В неофициальном воспроизведении публикации этот индикатор для детей сильный, а не средний. Сверьте с публикацией.',
  },
  notInChildList: {
    en: 'An unofficial reproduction of the publication does not have this item in the list for children at all. Check against the publication.',
    az: 'Nəşrin qeyri-rəsmi surətində bu göstərici uşaqlar üçün siyahıda ümumiyyətlə yoxdur. Nəşrlə yoxlayın.',
    ru: 'В неофициальном воспроизведении публикации этого индикатора в списке для детей нет вовсе. Сверьте с публикацией.',
  },
  strongInSexualLists: {
    en: 'An unofficial reproduction of the publication gives this item as strong in both sexual-exploitation lists. Check against the publication.',
    az: 'Nəşrin qeyri-rəsmi surətində bu göstərici cinsi istismarın hər iki siyahısında güclüdür. Nəşrlə yoxlayın.',
    ru: 'В неофициальном воспроизведении публикации этот индикатор сильный в обоих списках сексуальной эксплуатации. Сверьте с публикацией.',
  },
  noStrongInSexualLists: {
    en: 'An unofficial reproduction of the publication has no strong item in this dimension of the sexual-exploitation lists. Check against the publication.',
    az: 'Nəşrin qeyri-rəsmi surətində cinsi istismar siyahılarının bu ölçüsündə güclü göstərici yoxdur. Nəşrlə yoxlayın.',
    ru: 'В неофициальном воспроизведении публикации в этом измерении списков сексуальной эксплуатации нет сильных индикаторов. Сверьте с публикацией.',
  },
} satisfies Record<string, LocalizedText>;

export const listNotes = {
  adultLabour: {
    en: 'Items and strengths agree with the only item-level reproduction of the publication that could be found, which is not authoritative. Not yet checked against the publication itself.',
    az: 'Göstəricilər və onların dərəcələri nəşrin tapıla bilən yeganə bənd-bənd surəti ilə üst-üstə düşür, lakin həmin surət mötəbər deyil. Nəşrin özü ilə hələ yoxlanılmayıb.',
    ru: 'Индикаторы и их степени совпадают с единственным найденным поэлементным воспроизведением публикации, которое не является авторитетным. С самой публикацией ещё не сверены.',
  },
  childLabour: {
    en: 'Derived from the list for adults, labour exploitation, by the differences the publication is summarised as making (no weak items; threats of violence, debt bondage and abduction strong). An unofficial reproduction differs on six items, flagged for review.',
    az: 'Böyüklər, əmək istismarı siyahısından nəşrin xülasəsində deyilən fərqlərlə törədilib (zəif göstərici yoxdur; zorakılıq hədəsi, borc əsarəti və qaçırılma güclüdür). Qeyri-rəsmi surət altı göstəricidə fərqlənir; onlar yoxlama üçün işarələnib.',
    ru: 'Выведен из списка для взрослых, трудовая эксплуатация, по различиям, которые приписывает публикации её краткое изложение (слабых индикаторов нет; угроза насилия, долговая кабала и похищение — сильные). Неофициальное воспроизведение расходится в шести индикаторах, они отмечены для проверки.',
  },
  adultSexual: {
    en: 'No item-level source was found: the items and strengths are those of the list for adults, labour exploitation. Verify against the publication before relying on it.',
    az: 'Bənd-bənd mənbə tapılmayıb: göstəricilər və dərəcələr böyüklər, əmək istismarı siyahısından götürülüb. Ona etibar etməzdən əvvəl nəşrlə yoxlayın.',
    ru: 'Поэлементного источника не найдено: индикаторы и степени взяты из списка для взрослых, трудовая эксплуатация. Прежде чем полагаться на него, сверьте с публикацией.',
  },
  childSexual: {
    en: 'No item-level source was found: the strong and medium items are those of the list for children, labour exploitation, and the items weak for adults stay weak. Verify against the publication before relying on it.',
    az: 'Bənd-bənd mənbə tapılmayıb: güclü və orta göstəricilər uşaqlar, əmək istismarı siyahısından götürülüb, böyüklər üçün zəif olanlar zəif qalıb. Ona etibar etməzdən əvvəl nəşrlə yoxlayın.',
    ru: 'Поэлементного источника не найдено: сильные и средние индикаторы взяты из списка для детей, трудовая эксплуатация, а слабые для взрослых остались слабыми. Прежде чем полагаться на него, сверьте с публикацией.',
  },
} satisfies Record<string, LocalizedText>;
