/** The components an MDX page may use without importing them. */
import Fact from './Fact.astro';
import Contact from './Contact.astro';
import Service from './Service.astro';
import Term from './Term.astro';
import Nation from './Nation.astro';
import AskAdviser from './AskAdviser.astro';
import Questions from './Questions.astro';
import LocalLink from './LocalLink.astro';
import SourceList from './SourceList.astro';
import GlossaryList from './GlossaryList.astro';

export const mdxComponents = { Fact, Contact, Service, Term, Nation, AskAdviser, Questions, SourceList, GlossaryList, a: LocalLink };
