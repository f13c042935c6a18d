/** Collections for the journeys feature (merged into src/content.config.ts). */
export const journeysCollections = {};
