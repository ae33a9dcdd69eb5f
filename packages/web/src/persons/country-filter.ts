import type { ComboboxItem, ComboboxParsedItem, OptionsFilter } from '@mantine/core';

/**
 * Countries found by any part of their name in the interface language, or by their exact code
 * ("tr", "UZ"): workers who know the codes keep typing them, the others type the name.
 */
export const filterCountries: OptionsFilter = ({ options, search }) => {
  const query = search.trim().toLocaleLowerCase();
  if (!query) return options;
  return (options as ComboboxParsedItem[]).filter((option) => {
    const item = option as ComboboxItem;
    return item.label.toLocaleLowerCase().includes(query) || item.value.toLowerCase() === query;
  });
};
