import type { GraphField, GraphModel } from '../types.js';
import { defineRule, option } from './_define.js';
import { nameParts } from './support/names.js';
import { joinAsProse } from './support/prose.js';
import { expiryField, isScalar, neighbours, owningRelations } from './support/structure.js';
import { tenancy, tenantFieldOf, tenantOwnedModels } from './support/tenancy.js';

/** Words that, before `Name`, make it a person's name (recipientName, contactName, ownerName...). */
const PERSON_WORDS = [
  'recipient',
  'contact',
  'owner',
  'customer',
  'person',
  'user',
  'sender',
  'author',
  'member',
  'employee',
  'buyer',
  'seller',
  'guest',
  'patient',
  'student',
  'applicant',
  'candidate',
  'lead',
  'subscriber',
  'attendee',
  'signer',
  'prospect',
  'first',
  'last',
  'full',
  'given',
  'family',
  'middle',
  'legal',
  'maiden',
  'nick',
];

/** Words before `Address` that make it a machine address, not a postal or mail one. */
const MACHINE_ADDRESS = new Set(['ip', 'mac', 'wallet', 'server', 'host', 'web', 'url', 'contract', 'node', 'memory']);

function looksPersonal(field: GraphField, personWords: Set<string>): boolean {
  if (!isScalar(field) || !/^(String|DateTime)$/.test(field.type)) return false;
  const w = nameParts(field.name);
  const last = w[w.length - 1];
  const before = w[w.length - 2];
  if (field.type === 'DateTime') {
    return w.join('') === 'dateofbirth' || w.join('') === 'birthdate' || last === 'birthday' || last === 'dob';
  }
  if (['email', 'emails', 'phone', 'phones', 'mobile', 'whatsapp', 'telephone', 'surname', 'username'].includes(last)) return true;
  if (last === 'number' && ['phone', 'mobile', 'whatsapp', 'telephone'].includes(before)) return true;
  if (last === 'name' && before !== undefined && personWords.has(before)) return true;
  const addressAt = w.indexOf('address');
  if (addressAt >= 0) {
    if (w[addressAt - 1] === 'email') return true;
    return !MACHINE_ADDRESS.has(w[addressAt - 1]);
  }
  return w.join('') === 'dateofbirth' || w.join('') === 'birthdate';
}

/**
 * A short-lived credential of a login account (password reset, sign-in link, verification token): a token with an
 * expiry. Its email is the account holder's own, kept only until the token expires, and it belongs to the account
 * rather than to any tenant the account works in.
 */
function isAccountCredential(model: GraphModel): boolean {
  if (!expiryField(model)) return false;
  return model.fields.some((f) => f.type === 'String' && nameParts(f.name).includes('token'));
}

/**
 * A store of login accounts: one row per email address (`email @unique`). Each row is the person's own account,
 * which they sign in with and can delete; it is not data one tenant collected about someone. Rows that must belong
 * to such an account (its OAuth links, its sessions) are the account's too.
 */
function accountStore(model: GraphModel): boolean {
  return model.indexes.some(
    (i) => (i.kind === 'unique' || i.kind === 'id') && i.fields.length === 1 && nameParts(i.fields[0]).at(-1) === 'email',
  );
}

export default defineRule({
  meta: {
    id: 'ban-personal-data-in-shared-model',
    // The premise (no tenant owns the model) comes from the structure, but which fields hold personal data is read
    // from their names: a guess, so warning by default. A team that knows its shared models raises it to error in
    // its lint-schema.config.json (this repository does, for both of its schemas).
    defaultSeverity: 'warning',
    description:
      "Disallow personal data (emails, phone numbers, people's names, postal addresses, birth dates) on a model that belongs to no tenant.",
    rationale:
      'Rows of a model with no tenant key and no link to tenant data are shared by every tenant: personal data one tenant collected becomes readable by all the others, and erasing a tenant (or answering a data-subject request) cannot find it.',
    help: 'Move the personal fields into a tenant-scoped model, or scope this model by the tenant key.',
    messages: {
      personalDataInSharedModel:
        '"{{model}}" belongs to no tenant, yet {{fields}} look like personal data: what one tenant collects is readable by every tenant and is not erased with it.',
    },
    examples: {
      incorrect: `model Organization {
  id        String     @id @default(cuid())
  prospects Prospect[]
}

model Prospect {
  id             String       @id @default(cuid())
  organizationId String
  organization   Organization @relation(fields: [organizationId], references: [id], onDelete: Cascade)
  domain         String
}

/// Shared lookup results, one row per domain, used by every organization.
model DomainLookup {
  id         String  @id @default(cuid())
  domain     String  @unique
  ownerEmail String?
  ownerName  String?
}`,
      correct: `model Organization {
  id        String     @id @default(cuid())
  prospects Prospect[]
}

model Prospect {
  id             String       @id @default(cuid())
  organizationId String
  organization   Organization @relation(fields: [organizationId], references: [id], onDelete: Cascade)
  domain         String
  email          String
  name           String?
}

/// Shared lookup results, one row per domain: structure only.
model DomainLookup {
  id             String  @id @default(cuid())
  domain         String  @unique
  contactFormUrl String?
}`,
    },
    whenNotToUse:
      'Login accounts (a model unique by email), rows that must belong to one, and short-lived account credentials (a token with a required expiry, such as a password reset) are not reported. In single-tenant schemas, or when the shared model is itself the tenant-independent identity store (with its own erasure path) and the graph cannot see the link to tenant data; suppress with the reason.',
  },
  options: {
    personWords: option.strings(
      "Words that, in front of `Name`, make a field a person's name (`recipientName`, `ownerName`...).",
      PERSON_WORDS,
    ),
  },
  model(model, context) {
    const { graph } = context;
    if (!tenancy(graph)?.model) return;
    const owned = tenantOwnedModels(graph);
    if (owned.has(model) || tenantFieldOf(model, graph)) return;
    // Linked to tenant data (a user reached through a membership table, a parent of tenant rows): not shared.
    if ([...neighbours(model, graph)].some((n) => owned.has(n))) return;
    if (isAccountCredential(model) || accountStore(model) || owningRelations(model).some((r) => !r.field.optional && accountStore(r.to)))
      return;
    const personWords = new Set(context.options.personWords);
    const personal = model.fields.filter((f) => looksPersonal(f, personWords));
    if (personal.length === 0) return;
    context.report({
      model,
      messageId: 'personalDataInSharedModel',
      data: { model: model.name, fields: joinAsProse(personal.map((f) => `"${f.name}"`)) },
    });
  },
});
