/**
 * Generic values by field name and type: what a column called `email`, `amountCents`, `publishedAt` or
 * `metadata` usually holds. Domain modules override fields where realism or an anomaly needs more.
 *
 * The choice is made once per field (a closure), not per row, because the generator calls it millions of times.
 */
import { createHash } from 'node:crypto';
import { words } from '@leadmetrics/rules';
import type { FieldGenerator, RowContext } from '../context.js';
import type { FieldInfo, ModelInfo } from '../schema/types.js';
import { keyword, phone, slugify, url } from './people.js';
import { DAY, SEED_NOW, iso } from './time.js';
import {
  AI_MODELS,
  CITIES,
  COUNTRIES,
  CURRENCIES,
  FAQ_QUESTIONS,
  INDUSTRIES,
  JOB_TITLES,
  LOCALES,
  MIME_TYPES,
  SENTENCE_PARTS,
  SOCIAL_CHANNELS,
  TIMEZONES,
  TITLE_TEMPLATES,
  TOPIC_NOUNS,
  URL_PATHS,
  USER_AGENTS,
  WORDS,
} from './vocab.js';

const PERSON_MODELS = /user|member|contact|lead|customer|prospect|recipient|author|subscriber|person|profile|invite|attendee/i;

export function sentence(rc: { rng: RowContext['rng'] }): string {
  const { openers, objects, closers } = SENTENCE_PARTS;
  return `${rc.rng.pick(openers)} ${rc.rng.pick(objects)} ${rc.rng.pick(closers)}`;
}

export function paragraph(rc: { rng: RowContext['rng'] }, sentences: number): string {
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) out.push(sentence(rc));
  return out.join(' ');
}

export function title(rc: { rng: RowContext['rng'] }): string {
  const t = rc.rng.pick(TOPIC_NOUNS);
  let t2 = rc.rng.pick(TOPIC_NOUNS);
  if (t2 === t) t2 = TOPIC_NOUNS[(TOPIC_NOUNS.indexOf(t) + 1) % TOPIC_NOUNS.length]!;
  const text = rc.rng
    .pick(TITLE_TEMPLATES)
    .replace('{n}', String(rc.rng.int(3, 12)))
    .replace('{t}', t)
    .replace('{t2}', t2)
    .replace('{y}', String(rc.rng.int(2022, 2026)))
    .replace('{i}', rc.rng.pick(INDUSTRIES));
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function sha256Hex(rc: RowContext): string {
  return createHash('sha256').update(rc.rng.hex(32)).digest('hex');
}

/** Words of a camelCase name, lowercased: `sourceDeliverableId` → ['source', 'deliverable', 'id'] (the linter's splitter). */
export const nameWords = words;

function lastWord(name: string): string {
  const w = nameWords(name);
  return w[w.length - 1] ?? '';
}

/** Picks among listed values with falling weights: the first values (usually the common states) dominate. */
export function listedValue(values: readonly string[]): FieldGenerator {
  const weights = values.map((_, i) => 1 / (1 + i * 0.6));
  return (rc) => rc.rng.weighted(values, weights);
}

const GENERIC_CHOICES: Record<string, readonly string[]> = {
  agent: ['strategy-writer', 'blog-writer', 'outreach-writer', 'context-builder', 'content-ideas', 'seo-auditor', 'newsletter-writer'],
  role: ['owner', 'admin', 'member', 'viewer'],
  channel: SOCIAL_CHANNELS,
  platform: SOCIAL_CHANNELS,
  provider: ['openai', 'anthropic', 'google', 'internal'],
  priority: ['low', 'medium', 'high'],
  frequency: ['daily', 'weekly', 'monthly'],
  interval: ['month', 'year'],
  period: ['monthly', 'quarterly', 'yearly'],
  source: ['website', 'google_ads', 'facebook', 'referral', 'manual', 'import'],
  category: ['general', 'seo', 'content', 'social', 'ads', 'email'],
  type: ['standard', 'custom', 'automated'],
  kind: ['standard', 'custom', 'automated'],
  tier: ['starter', 'growth', 'scale'],
  plan: ['starter', 'growth', 'scale', 'enterprise'],
  action: ['created', 'updated', 'approved', 'rejected', 'published'],
  event: ['created', 'updated', 'approved', 'rejected', 'published'],
  level: ['info', 'warning', 'error'],
  severity: ['low', 'medium', 'high'],
  method: ['GET', 'POST'],
  format: ['markdown', 'html', 'text'],
  language: LOCALES,
  locale: LOCALES,
  timezone: TIMEZONES,
  currency: CURRENCIES,
  country: COUNTRIES,
  city: CITIES,
  industry: INDUSTRIES,
  model: AI_MODELS,
  mime: MIME_TYPES,
  device: ['desktop', 'mobile', 'tablet'],
  sentiment: ['positive', 'neutral', 'negative'],
  tone: ['friendly', 'professional', 'playful', 'authoritative'],
  intent: ['informational', 'commercial', 'transactional', 'navigational'],
};

/** Names of people and companies, and how to reach them. */
function personOrCompanyString(model: ModelInfo, lower: string, last: string): FieldGenerator | undefined {
  const personish = PERSON_MODELS.test(model.name);
  if (last === 'email' || lower === 'email') return (rc) => rc.person().email;
  if (/phone|mobile|whatsapp/.test(lower)) return (rc) => phone(rc.rng);
  if (lower === 'firstname' || lower === 'givenname') return (rc) => rc.person().first;
  if (lower === 'lastname' || lower === 'familyname' || lower === 'surname') return (rc) => rc.person().last;
  if (/^(tenant|company|business|brand|organization|organisation|agency|client)name$/.test(lower)) {
    return (rc) => rc.tenantInfo?.name ?? rc.company().name;
  }
  if (/(full|display|contact|recipient|author|owner|user|sender|reviewer|customer)name$/.test(lower)) {
    return (rc) => rc.person().full;
  }
  if (lower === 'name') {
    if (personish) return (rc) => rc.person().full;
    if (/tenant|company|organization|account|client|brand|business/i.test(model.name)) {
      return (rc) => rc.company().name;
    }
    return (rc) => {
      const t = title(rc);
      return t.length > 60 ? t.slice(0, 60).trim() : t;
    };
  }
  if (lower === 'company' || lower === 'companyname') return (rc) => rc.company().name;
  return undefined;
}

/** Labels, titles and written text. */
function textString(lower: string, last: string): FieldGenerator | undefined {
  if (/(file|original)name$/.test(lower))
    return (rc) => `${slugify(rc.rng.pick(WORDS))}-${rc.rng.int(1, 999)}.${rc.rng.pick(['jpg', 'png', 'webp', 'pdf'])}`;
  if (last === 'name' || last === 'label') return (rc) => `${capital(rc.rng.pick(WORDS))} ${rc.rng.pick(WORDS)}`;
  if (/^(jobtitle|position|designation)$/.test(lower)) return (rc) => rc.rng.pick(JOB_TITLES);
  if (last === 'title' || last === 'subject' || last === 'headline' || last === 'heading') return title;
  if (last === 'slug') {
    return (rc) => slugify(typeof rc.row.title === 'string' ? rc.row.title : typeof rc.row.name === 'string' ? rc.row.name : title(rc));
  }
  if (last === 'question') return (rc) => rc.rng.pick(FAQ_QUESTIONS);
  if (last === 'html') return (rc) => `<h2>${title(rc)}</h2><p>${paragraph(rc, rc.rng.int(1, 3))}</p>`;
  if (last === 'markdown' || last === 'md') return (rc) => `## ${title(rc)}\n\n${paragraph(rc, rc.rng.int(1, 3))}`;
  if (/anchor/.test(lower))
    return (rc) => (rc.rng.chance(0.3) ? rc.rng.pick(['click here', 'this guide', 'read more', 'their website']) : keyword(rc.rng));
  if (/^(content|body|text|answer|prompt|instructions|output|response|transcript|draft)$/.test(last)) {
    return (rc) => paragraph(rc, rc.rng.int(1, 4));
  }
  if (
    /^(description|summary|excerpt|bio|notes|note|reason|message|comment|feedback|rationale|error|details|caption|goal|objective)$/.test(
      last,
    )
  ) {
    return (rc) => (rc.rng.chance(0.2) ? paragraph(rc, 2) : sentence(rc));
  }
  return undefined;
}

/** Websites, links, domains and search terms. */
function webString(lower: string, last: string): FieldGenerator | undefined {
  if (lower === 'websiteurl' || lower === 'website') return (rc) => `https://${rc.tenantInfo?.domain ?? rc.company().domain}/`;
  if (/hosted|pdf|invoiceurl|receipt/.test(lower))
    return (rc) => `https://billing.leadmetrics.example/${rc.rng.hex(16)}${/pdf/.test(lower) ? '.pdf' : ''}`;
  if (/^(url|uri|link|href|website|endpoint|callback|webhook)$/.test(last) || lower.endsWith('url')) {
    if (/image|avatar|logo|thumbnail|photo|icon|cover/.test(lower)) {
      return (rc) =>
        `https://cdn.leadmetrics.example/${rc.rng.hex(8)}/${rc.rng.pick(URL_PATHS)}-${rc.rng.int(1, 9999)}.${rc.rng.pick(['jpg', 'png', 'webp'])}`;
    }
    return (rc) => url(rc.rng, rc.tenantInfo?.domain ?? rc.company().domain);
  }
  if (/^(domain|hostname|host)$/.test(last)) return (rc) => rc.company().domain;
  if (/^(keyword|keywords|query|term|phrase|searchterm|topic|hashtag)$/.test(last)) return (rc) => keyword(rc.rng);
  return undefined;
}

/** Secrets, hashes, keys and ids of outside systems. */
function secretOrExternalIdString(field: FieldInfo, lower: string, last: string): FieldGenerator | undefined {
  if (/password/.test(lower)) return (rc) => `$argon2id$v=19$m=65536,t=3,p=4$${rc.rng.base36(22)}$${rc.rng.base36(43)}`;
  if (/hash|checksum|etag|digest|fingerprint/.test(lower)) return sha256Hex;
  if (/idempotency/.test(lower)) return (rc) => `${rc.rng.pick(['run', 'purchase', 'grant', 'adjust'])}_${rc.rng.hex(20)}`;
  if (last === 'key') return (rc) => `${rc.rng.pick(WORDS)}_${rc.rng.pick(WORDS)}`;
  if (/token|secret|apikey|signature|nonce/.test(lower)) return (rc) => rc.rng.hex(40);
  if (/^stripe|customerid$|subscriptionid$|invoiceid$|paymentintentid$|priceid$|productid$/.test(lower) && !field.foreignKey) {
    const prefix = /customer/.test(lower)
      ? 'cus_'
      : /subscription/.test(lower)
        ? 'sub_'
        : /invoice/.test(lower)
          ? 'in_'
          : /price/.test(lower)
            ? 'price_'
            : /product/.test(lower)
              ? 'prod_'
              : 'pi_';
    return (rc) => `${prefix}${rc.rng.base36(14)}`;
  }
  return undefined;
}

/** Values with a fixed format: addresses, codes, versions, paths, ids. */
function formattedString(lower: string, last: string): FieldGenerator | undefined {
  if (last === 'ip' || lower.endsWith('ipaddress'))
    return (rc) => `${rc.rng.int(11, 223)}.${rc.rng.int(0, 255)}.${rc.rng.int(0, 255)}.${rc.rng.int(1, 254)}`;
  if (/useragent/.test(lower)) return (rc) => rc.rng.pick(USER_AGENTS);
  if (/mimetype|contenttype/.test(lower)) return (rc) => rc.rng.pick(MIME_TYPES);
  if (/colou?r$/.test(lower)) return (rc) => `#${rc.rng.hex(6)}`;
  if (last === 'version') return (rc) => `${rc.rng.int(1, 3)}.${rc.rng.int(0, 9)}.${rc.rng.int(0, 20)}`;
  if (last === 'path') return (rc) => `/${rc.rng.pick(URL_PATHS)}/${slugify(keyword(rc.rng))}`;
  if (last === 'code' || last === 'sku') return (rc) => `${rc.rng.pick(WORDS).slice(0, 4).toUpperCase()}-${rc.rng.int(1000, 9999)}`;
  if (last === 'region' || last === 'state')
    return (rc) => rc.rng.pick(['CA', 'TX', 'NY', 'Kerala', 'Maharashtra', 'Bavaria', 'Ontario', 'NSW']);
  if (last === 'address' || last === 'street')
    return (rc) => `${rc.rng.int(1, 999)} ${rc.rng.pick(['Main', 'High', 'Oak', 'Market', 'Church', 'Station'])} Street`;
  if (last === 'zip' || last === 'postcode' || last === 'postalcode') return (rc) => String(rc.rng.int(10000, 99999));
  if (last === 'id' || last === 'ids') return (rc) => `c${rc.rng.base36(24)}`;
  return undefined;
}

/** A word from the choices of the last name word that has some, else two random words. */
function wordChoiceString(words: string[]): FieldGenerator {
  for (const word of [...words].reverse()) {
    const choices = GENERIC_CHOICES[word];
    if (choices) return (rc) => rc.rng.pick(choices);
  }
  return (rc) => `${capital(rc.rng.pick(WORDS))} ${rc.rng.pick(WORDS)}`;
}

/** The value of a String column, told by the field's name; the first group that knows the name decides. */
function stringGenerator(model: ModelInfo, field: FieldInfo): FieldGenerator {
  const name = field.name;
  const lower = name.toLowerCase();
  const words = nameWords(name);
  const last = words[words.length - 1] ?? '';

  if (field.allowedValues.length > 0) return listedValue(field.allowedValues);
  return (
    personOrCompanyString(model, lower, last) ??
    textString(lower, last) ??
    webString(lower, last) ??
    secretOrExternalIdString(field, lower, last) ??
    formattedString(lower, last) ??
    wordChoiceString(words)
  );
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const MONEY = /amount|price|cost|total|subtotal|fee|revenue|budget|spend|tax|discount|mrr|arr|cents|paid|due|refund|payout|value/;

function intGenerator(field: FieldInfo): FieldGenerator {
  const lower = field.name.toLowerCase();
  if (field.allowedValues.length > 0) {
    const values = field.allowedValues.map(Number);
    return (rc) => rc.rng.pick(values);
  }
  const last = lastWord(field.name);
  if (/credit|token|balance/.test(lower) && !/cents/.test(lower)) return (rc) => rc.rng.int(0, 5000);
  if (/quantity|seats|units/.test(lower)) return (rc) => rc.rng.weighted([1, 2, 3, 4, 5, 8, 10], [6, 4, 3, 3, 2, 1, 1]);
  if (MONEY.test(lower)) return (rc) => rc.rng.int(5, 2500) * 100 + rc.rng.pick([0, 0, 0, 50, 99]);
  if (/words?$|wordcount|length|chars/.test(lower)) return (rc) => rc.rng.int(300, 2500);
  if (/count$|sent$|attempts?$|retries$|retry|failures$/.test(lower)) return (rc) => rc.rng.int(0, 5);
  if (/^(position|order|sortorder|rank|index|sequence|step|ordinal|priority)$/.test(lower)) return (rc) => rc.tenantRow;
  if (last === 'version' || last === 'revision') return (rc) => rc.rng.int(1, 4);
  if (/rating|stars/.test(lower)) return (rc) => rc.rng.weighted([1, 2, 3, 4, 5], [1, 1, 2, 4, 6]);
  if (/score|percent|progress|difficulty|authority|^dr$|^da$|quality|confidence/.test(lower)) return (rc) => rc.rng.int(0, 100);
  if (/statuscode|httpstatus/.test(lower)) return (rc) => rc.rng.weighted([200, 301, 302, 404, 410, 500], [20, 3, 1, 3, 1, 1]);
  if (/duration|latency|elapsed|ms$|timeout/.test(lower)) return (rc) => rc.rng.int(40, 30_000);
  if (/seconds|minutes/.test(lower)) return (rc) => rc.rng.int(5, 3600);
  if (/width|height/.test(lower)) return (rc) => rc.rng.pick([320, 640, 800, 1024, 1200, 1600, 1920, 2400]);
  if (/size|bytes/.test(lower)) return (rc) => rc.rng.int(8_000, 5_000_000);
  if (/volume|impressions|views|visits|sessions|clicks|opens|pageviews/.test(lower))
    return (rc) => Math.floor(Math.pow(rc.rng.next(), 3) * 50_000);
  if (/year/.test(lower)) return (rc) => rc.rng.int(2021, 2025);
  if (/month/.test(lower)) return (rc) => rc.rng.int(1, 12);
  if (/day/.test(lower)) return (rc) => rc.rng.int(1, 28);
  if (/hour/.test(lower)) return (rc) => rc.rng.int(0, 23);
  if (/limit|max|quota|capacity|seats/.test(lower)) return (rc) => rc.rng.pick([5, 10, 25, 50, 100, 250, 1000]);
  return (rc) => rc.rng.int(0, 100);
}

function floatGenerator(field: FieldInfo): FieldGenerator {
  const lower = field.name.toLowerCase();
  if (/rate|ratio|ctr|probability|share|confidence|weight/.test(lower)) return (rc) => Math.round(rc.rng.next() * 10000) / 10000;
  if (/lat/.test(lower)) return (rc) => Math.round((rc.rng.next() * 120 - 60) * 1e6) / 1e6;
  if (/lng|lon/.test(lower)) return (rc) => Math.round((rc.rng.next() * 360 - 180) * 1e6) / 1e6;
  if (MONEY.test(lower) || /cost/.test(lower)) return (rc) => Math.round(rc.rng.next() * 50 * 10000) / 10000;
  return (rc) => Math.round(rc.rng.next() * 100 * 100) / 100;
}

function decimalGenerator(field: FieldInfo): FieldGenerator {
  const scale = Number(field.nativeType?.[1]?.[1] ?? 2);
  const precision = Number(field.nativeType?.[1]?.[0] ?? 12);
  const maxInt = Math.min(100_000, Math.pow(10, Math.max(1, precision - scale)) - 1);
  return (rc) => (rc.rng.next() * Math.min(maxInt, 5000)).toFixed(scale);
}

function dateGenerator(field: FieldInfo): FieldGenerator {
  const lower = field.name.toLowerCase();
  const between = (rc: RowContext, from: number, to: number) => Math.floor(from + rc.rng.next() * Math.max(0, to - from));
  if (field.isUpdatedAt || lower === 'updatedat' || lower === 'modifiedat') {
    return (rc) => (rc.rng.chance(0.4) ? rc.createdAt : between(rc, rc.createdAt, SEED_NOW));
  }
  if (lower === 'createdat' || lower === 'insertedat') return (rc) => rc.createdAt;
  if (/expires|due|ends|end$|until|renews|nextrun|next|scheduled|deadline|trialend|periodend|validto/.test(lower)) {
    return (rc) => rc.createdAt + rc.rng.int(1, 120) * DAY + rc.rng.int(0, 86_399) * 1000;
  }
  if (/month/.test(lower)) {
    return (rc) => {
      const d = new Date(between(rc, rc.createdAt, SEED_NOW));
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
    };
  }
  if (/date$|day$|on$|periodstart|startdate/.test(lower)) {
    return (rc) => Math.floor(between(rc, rc.createdAt, SEED_NOW) / DAY) * DAY;
  }
  return (rc) => between(rc, rc.createdAt, Math.min(SEED_NOW, rc.createdAt + 60 * DAY));
}

function jsonGenerator(field: FieldInfo): FieldGenerator {
  const lower = field.name.toLowerCase();
  const last = lastWord(field.name);
  if (/faqs?$/.test(lower)) {
    return (rc) => Array.from({ length: rc.rng.int(2, 5) }, () => ({ question: rc.rng.pick(FAQ_QUESTIONS), answer: sentence(rc) }));
  }
  if (/logs?$|history|events$|entries$|changes$|steps$|timeline$|attempts$/.test(lower)) {
    return (rc) =>
      Array.from({ length: rc.rng.int(1, 4) }, (_, i) => ({
        at: iso(rc.createdAt + i * rc.rng.int(1, 72) * 3_600_000),
        event: rc.rng.pick(GENERIC_CHOICES.event!),
      }));
  }
  if (/tags|keywords|labels|topics|categories|hashtags|names|ids$/.test(lower)) {
    return (rc) => Array.from({ length: rc.rng.int(1, 5) }, () => keyword(rc.rng));
  }
  if (/links|urls|sources|citations|images/.test(lower)) {
    return (rc) => Array.from({ length: rc.rng.int(1, 4) }, () => url(rc.rng, rc.company().domain));
  }
  if (/settings|config|options|preferences|flags|features/.test(lower)) {
    return (rc) => ({
      enabled: rc.rng.chance(0.8),
      notifyByEmail: rc.rng.chance(0.5),
      frequency: rc.rng.pick(['daily', 'weekly', 'monthly']),
    });
  }
  if (/metrics|stats|scores|usage|totals|counts|breakdown/.test(lower)) {
    return (rc) => ({
      impressions: rc.rng.int(0, 50_000),
      clicks: rc.rng.int(0, 2_000),
      conversions: rc.rng.int(0, 120),
      ctr: Math.round(rc.rng.next() * 1000) / 10000,
    });
  }
  if (/error/.test(lower))
    return (rc) => ({ message: sentence(rc), code: rc.rng.pick(['TIMEOUT', 'RATE_LIMITED', 'UPSTREAM_5XX', 'INVALID_INPUT']) });
  if (last === 'headers') return (rc) => ({ 'content-type': 'application/json', 'x-request-id': rc.rng.hex(16) });
  if (/outline|sections|blocks|items|rows|variants|questions|tasks|recommendations|suggestions|competitors/.test(lower)) {
    return (rc) => Array.from({ length: rc.rng.int(2, 5) }, (_, i) => ({ position: i + 1, title: title(rc), notes: sentence(rc) }));
  }
  return (rc) => ({ source: rc.rng.pick(['web', 'api', 'import', 'agent']), note: sentence(rc), ref: rc.rng.hex(8) });
}

function listGenerator(field: FieldInfo, element: FieldGenerator): FieldGenerator {
  return (rc) => {
    const n = rc.rng.int(0, 4);
    const out: unknown[] = [];
    for (let i = 0; i < n; i++) out.push(element(rc));
    return out;
  };
}

/** Probability that an optional column is NULL, by what the name suggests. */
export function nullProbability(field: FieldInfo): number {
  const lower = field.name.toLowerCase();
  if (/deleted|archived|revoked|cancel|suspended|banned|failed|error|disabled|blocked/.test(lower)) return 0.9;
  if (/^(parent|source|replaced|previous|original|merged)/.test(lower)) return 0.6;
  return 0.2;
}

/** The generic generator for a scalar or enum field, chosen once from its name, type and comment. */
export function genericGenerator(model: ModelInfo, field: FieldInfo, enumValues?: readonly string[]): FieldGenerator {
  let base: FieldGenerator;
  if (field.kind === 'enum') {
    base = listedValue(enumValues && enumValues.length > 0 ? enumValues : ['UNKNOWN']);
  } else {
    switch (field.type) {
      case 'String':
        base = stringGenerator(model, field);
        break;
      case 'Int':
        base = intGenerator(field);
        break;
      case 'BigInt': {
        const inner = intGenerator(field);
        base = (rc) => BigInt(inner(rc) as number);
        break;
      }
      case 'Float':
        base = floatGenerator(field);
        break;
      case 'Decimal':
        base = decimalGenerator(field);
        break;
      case 'Boolean': {
        const lower = field.name.toLowerCase();
        const def = typeof field.default === 'boolean' ? field.default : undefined;
        const pTrue = def === true ? 0.85 : def === false ? 0.2 : /deleted|archived|blocked|failed/.test(lower) ? 0.05 : 0.6;
        base = (rc) => rc.rng.chance(pTrue);
        break;
      }
      case 'DateTime':
        base = dateGenerator(field);
        break;
      case 'Json':
        base = jsonGenerator(field);
        break;
      case 'Bytes':
        base = (rc) => Buffer.from(rc.rng.hex(32), 'hex');
        break;
      default:
        throw new Error(`${model.name}.${field.name}: the seed has no generator for type ${field.type}.`);
    }
  }
  if (field.isList && field.type !== 'Json') {
    // The elements of `tags String[]` are what a field called `tag` would hold.
    const singular = { ...field, isList: false, isRequired: true, name: field.name.replace(/(ies)$/, 'y').replace(/s$/, '') };
    const element = /^(tag|label|topic|category|hashtag|keyword)$/i.test(singular.name)
      ? (rc: RowContext) => keyword(rc.rng)
      : genericGenerator(model, singular, enumValues);
    base = listGenerator(field, element);
  }
  if (!field.isRequired && !field.isList) {
    const pNull = nullProbability(field);
    const inner = base;
    base = (rc) => (rc.rng.chance(pNull) ? null : inner(rc));
  }
  return base;
}
