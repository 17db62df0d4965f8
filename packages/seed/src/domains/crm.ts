/**
 * CRM: contacts, leads and the leads' own contact entries.
 *
 * Plants finding 8 (Lead keeps its own LeadContact entries beside the universal Contact model): every LeadContact
 * row is an entry the unification must carry over, and a share of the email entries name a person who already
 * is a Contact of the same tenant, written with other letter case or stray spaces.
 */
import type { RowSeed, SeedContext } from '../context.js';
import type { Rng } from '../random.js';
import { phone } from '../values/people.js';
import { FREE_MAIL } from '../values/vocab.js';

/** The comparison ANOMALIES.md defines for emails: lower-cased and trimmed. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

type Variant = 'case' | 'spacing' | 'case_and_spacing';
const VARIANTS: Variant[] = ['case', 'spacing', 'case_and_spacing'];

function capitalise(email: string): string {
  const [local, domain] = email.split('@');
  const word = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  return `${local!.split('.').map(word).join('.')}@${word(domain!)}`;
}

/** The same address as a person would type it again: other case, stray spaces, or both. Never equal to `email`. */
function variantOf(email: string, variant: Variant, rng: Rng): string {
  const spaced = (e: string) => rng.pick([` ${e}`, `${e} `, `  ${e} `]);
  let out = variant === 'spacing' ? spaced(email) : variant === 'case' ? capitalise(email) : spaced(capitalise(email));
  if (out === email) out = email.toUpperCase();
  return out;
}

function emailFromName(fullName: string, rng: Rng): string {
  const [first, ...rest] = fullName.toLowerCase().split(/\s+/);
  const last = rest.join('') || 'lead';
  const local = rng.chance(0.7) ? `${first}.${last}` : `${first!.charAt(0)}${last}`;
  return `${local}@${rng.pick(FREE_MAIL)}`;
}

/**
 * Turns some lead entries with an email into near-copies of a contact's email of the same tenant (case and
 * spacing variants): the entries the contact merge must recognise. Only tenants with contacts can have them.
 */
function plantContactDuplicates(
  ctx: SeedContext,
  seeds: RowSeed[],
  emailSeeds: readonly number[],
  contactEmails: Map<number, Map<string, string>>,
  rng: ReturnType<SeedContext['rng']>,
): { pairs: Record<string, string>; byVariant: Record<Variant, number> } {
  const eligible = emailSeeds.filter((s) => (contactEmails.get(seeds[s]!.tenant)?.size ?? 0) > 0);
  const chosen = ctx.choose('lead_contact_duplicates_contact', eligible.length);
  const pairs: Record<string, string> = {};
  const byVariant: Record<Variant, number> = { case: 0, spacing: 0, case_and_spacing: 0 };
  let n = 0;
  eligible.forEach((s, j) => {
    if (!chosen.has(j)) return;
    const seed = seeds[s]!;
    const contacts = [...contactEmails.get(seed.tenant)!.entries()];
    const [email, contactId] = contacts[rng.int(0, contacts.length - 1)]!;
    const variant = VARIANTS[n++ % VARIANTS.length]!;
    seed.values!.value = variantOf(email, variant, rng);
    seed.values!.__duplicates = contactId;
    byVariant[variant]++;
  });
  return { pairs, byVariant };
}

export function seedCrm(ctx: SeedContext): void {
  ctx.after('LeadContact', 'Contact');

  ctx.override('Contact', {
    finish: (rows, _ctx, tenants) => {
      // Normalised email → contact id, per tenant: what a lead's entry can duplicate.
      const byTenant = new Map<number, Map<string, string>>();
      rows.forEach((row, i) => {
        if (typeof row.email !== 'string') return;
        const map = byTenant.get(tenants[i]!) ?? new Map<string, string>();
        map.set(normaliseEmail(row.email), String(row.id));
        byTenant.set(tenants[i]!, map);
      });
      ctx.shared.set('crm:contactEmails', byTenant);
    },
  });

  ctx.override('Lead', {
    finish: (rows) => {
      ctx.shared.set(
        'crm:leadNames',
        rows.map((r) => String(r.fullName)),
      );
    },
  });

  ctx.override('LeadContact', {
    rows: () => {
      const leads = ctx.table('Lead');
      const names = ctx.shared.get('crm:leadNames') as string[];
      const contactEmails = ctx.shared.get('crm:contactEmails') as Map<number, Map<string, string>>;
      const rng = ctx.rng('crm:leadContacts');
      const seeds: RowSeed[] = [];
      const emailSeeds: number[] = [];
      leads.ids.forEach((leadId, i) => {
        const t = leads.tenantOf[i]!;
        const base = { tenantId: ctx.tenants[t]!.id, leadId, createdAt: leads.createdAt[i] };
        if (rng.chance(0.9)) {
          const taken = contactEmails.get(t);
          let email = emailFromName(names[i]!, rng);
          // An ordinary entry must not collide with a contact by accident: only planted ones do.
          for (let n = 2; taken?.has(normaliseEmail(email)); n++) email = email.replace('@', `${n}@`);
          emailSeeds.push(seeds.length);
          seeds.push({ tenant: t, values: { ...base, channel: 'email', value: email, isPrimary: true } });
        }
        if (rng.chance(0.5)) seeds.push({ tenant: t, values: { ...base, channel: 'phone', value: phone(rng), isPrimary: true } });
        if (rng.chance(0.2)) seeds.push({ tenant: t, values: { ...base, channel: 'whatsapp', value: phone(rng), isPrimary: true } });
      });

      const { pairs, byVariant } = plantContactDuplicates(ctx, seeds, emailSeeds, contactEmails, rng);
      ctx.state('crm:duplicateDetails', () => ({ pairs, byVariant }));
      return seeds;
    },
    finish: (rows) => {
      const { pairs, byVariant } = ctx.shared.get('crm:duplicateDetails') as {
        pairs: Record<string, string>;
        byVariant: Record<Variant, number>;
      };
      const byChannel: Record<string, number> = { email: 0, phone: 0, whatsapp: 0 };
      const leads = new Set<string>();
      for (const row of rows) {
        byChannel[String(row.channel)] = (byChannel[String(row.channel)] ?? 0) + 1;
        leads.add(String(row.leadId));
        ctx.anomalies.add('lead_contact_entries', String(row.id));
        if (row.__duplicates) {
          pairs[String(row.id)] = String(row.__duplicates);
          ctx.anomalies.add('lead_contact_duplicates_contact', String(row.id));
          delete row.__duplicates;
        }
      }
      ctx.anomalies.population('lead_contact_entries', rows.length);
      ctx.anomalies.details('lead_contact_entries', {
        byChannel,
        leadsWithEntries: leads.size,
        leadsWithoutEntries: ctx.table('Lead').ids.length - leads.size,
      });
      ctx.anomalies.details('lead_contact_duplicates_contact', { contactOf: pairs, byVariant });
    },
  });
}
