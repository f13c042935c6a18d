declare namespace App {
  interface Locals {
    /** URL segment of the language the main text is written in (English on an untranslated page). */
    contentLanguage?: string;
  }
}
