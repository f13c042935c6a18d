/**
 * The one place the build reads the day it is built "as of": `WAYMARK_AS_OF=YYYY-MM-DD` to preview a fact's change
 * before it takes effect (or check a past state), otherwise today. Facts state the version in force on this day, and
 * services not checked for 12 months before it say "check before use".
 */
import { asOfDay } from '../lib/factVersions';

export const AS_OF: Date = asOfDay(process.env.WAYMARK_AS_OF, new Date());
