/** Collections for the cards feature (merged into src/content.config.ts). */
export const cardsCollections = {};
