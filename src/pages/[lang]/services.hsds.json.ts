/** Open data: `/<lang>/services.hsds.json`, the directory as an HSDS 3.0 / Open Referral UK export (not a page). */
import type { APIRoute } from 'astro';
import { servicesExport } from '../../components/ServiceDirectory/openData';
import { enabledLanguages } from '../../i18n/languages';
import { hsdsJson } from '../../lib/hsds/serviceToHsds';

export function getStaticPaths() {
  return enabledLanguages.map((l) => ({ params: { lang: l.path } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  return new Response(hsdsJson(await servicesExport(params.lang!, site!)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
