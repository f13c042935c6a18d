/**
 * Where each language's files are: `<base>/en/…` holds the English files (every field), `<base>/<lang>/…` the
 * translations (words only). Entry ids keep the language folder: `en/rights/index`, `ar/rights/index`.
 */
import { glob } from 'astro/loaders';

export const englishFiles = (base: string, extension: 'mdx' | 'yaml') => glob({ pattern: `en/**/*.${extension}`, base });

export const translatedFiles = (base: string, extension: 'mdx' | 'yaml') => glob({ pattern: [`**/*.${extension}`, '!en/**'], base });
