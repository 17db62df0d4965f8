import type { Rng } from '../random.js';
import {
  COMPANY_STEMS,
  COMPANY_SUFFIXES,
  FIRST_NAMES,
  FREE_MAIL,
  KEYWORD_MODIFIERS,
  KEYWORD_TOPICS,
  CITIES,
  LAST_NAMES,
  TLDS,
  URL_PATHS,
} from './vocab.js';

export interface Person {
  first: string;
  last: string;
  full: string;
  email: string;
}

export interface Company {
  name: string;
  slug: string;
  domain: string;
}

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

export function company(rng: Rng): Company {
  const name = `${rng.pick(COMPANY_STEMS)} ${rng.pick(COMPANY_SUFFIXES)}`;
  const slug = slugify(name);
  return { name, slug, domain: `${slug.replace(/-/g, '')}.${rng.pick(TLDS)}` };
}

/** A person; their email is at `domain` when given (a colleague), else at a free-mail provider or own domain. */
export function person(rng: Rng, domain?: string): Person {
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(LAST_NAMES);
  const local = rng.chance(0.7) ? `${first}.${last}` : `${first[0]}${last}`;
  const host = domain ?? (rng.chance(0.6) ? rng.pick(FREE_MAIL) : company(rng).domain);
  return { first, last, full: `${first} ${last}`, email: `${local}@${host}`.toLowerCase() };
}

export function phone(rng: Rng): string {
  const country = rng.weighted(['+1', '+44', '+91', '+49', '+61'], [5, 2, 3, 1, 1]);
  const digits = country === '+1' ? 10 : country === '+91' ? 10 : 10;
  let n = String(rng.int(2, 9));
  for (let i = 1; i < digits; i++) n += String(rng.int(0, 9));
  return `${country}${n}`;
}

export function keyword(rng: Rng): string {
  const topic = rng.pick(KEYWORD_TOPICS);
  const r = rng.next();
  if (r < 0.35) return `${rng.pick(KEYWORD_MODIFIERS)} ${topic}`;
  if (r < 0.6) return `${topic} ${rng.pick(CITIES).toLowerCase()}`;
  if (r < 0.75) return `${topic} near me`;
  return topic;
}

export function url(rng: Rng, domain: string): string {
  const r = rng.next();
  if (r < 0.2) return `https://${domain}/`;
  if (r < 0.6) return `https://${domain}/${rng.pick(URL_PATHS)}`;
  return `https://${domain}/${rng.pick(URL_PATHS)}/${slugify(keyword(rng))}`;
}
