/** Collections for the checker feature (merged into src/content.config.ts). */
export const checkerCollections = {};
