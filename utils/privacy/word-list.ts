/** Splits a whitespace-separated word list written as a template literal, so data lists stay compact. */
export function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}
