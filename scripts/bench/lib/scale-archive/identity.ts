/**
 * Who wrote a report: the template's broker (every name and alias it prints, its e-mail domain,
 * its SAC licence prefix) and its analysts (names, e-mails, licences) replaced, in one pass over
 * the text, by the report's broker and made-up analysts. The broker's evidence stays consistent
 * (institute lines, company name, e-mails, licences), so the parser's vote names the new broker.
 */
import { namesOf } from '../../../../src/converter/parse/metadata/brokers/registry.ts';
import type { Random } from './random.ts';
import type { TemplateFacts } from './template.ts';
import { brokerContacts, pickAnalystNames, type Broker } from './vocabulary.ts';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function newLicence(prefix: string, random: Random): string {
  return `${prefix}${random.int(1, 5)}${String(random.int(0, 99_999_999)).padStart(8, '0')}`;
}

/** The replacements that turn the template's authors into the report's. */
function identityMap(facts: TemplateFacts, broker: Broker, random: Random): Map<string, string> {
  const map = new Map<string, string>();
  const names = pickAnalystNames(random, facts.analysts.length);
  facts.analysts.forEach((analyst, k) => map.set(analyst.name, names[k]!.name));
  // A seed whose broker the parser does not know keeps its contacts: they must not name a known one.
  if (!facts.broker) return map;
  const { domain, licencePrefix } = brokerContacts(broker);
  for (const name of namesOf(facts.broker)) map.set(name, broker.name);
  for (const seedDomain of facts.domains) map.set(seedDomain, domain);
  for (const licence of facts.licences) map.set(licence, newLicence(licencePrefix, random));
  facts.analysts.forEach((analyst, k) => {
    if (analyst.email) map.set(analyst.email, `${names[k]!.login}@${domain}`);
  });
  return map;
}

/** A function that rewrites a text's authorship as `broker` with fresh analysts. */
export function identityRewriter(facts: TemplateFacts, broker: Broker, random: Random): (text: string) => string {
  const map = identityMap(facts, broker, random);
  const keys = [...map.keys()].filter((key) => key !== '' && map.get(key) !== key);
  if (keys.length === 0) return (text) => text;
  // Longest first: an e-mail address wins over the domain inside it.
  const pattern = new RegExp(keys.sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'g');
  return (text) => text.replace(pattern, (match) => map.get(match) ?? match);
}
