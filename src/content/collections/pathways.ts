/** Collections for the pathways feature (merged into src/content.config.ts). */
export const pathwaysCollections = {};
