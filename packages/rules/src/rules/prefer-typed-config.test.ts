import rule from './prefer-typed-config.js';
import { ruleTester } from './_testing.js';

const strategyConfig = `
model TenantImportConfig {
  id           String  @id @default(cuid())
  tenantId     String  @unique
  tenant       Tenant  @relation(fields: [tenantId], references: [id], onDelete: Cascade)
  useWebsite   Boolean @default(true)
  useInterview Boolean @default(true)
  maxSources   Int     @default(10)
}
`;

ruleTester(rule, {
  valid: [
    {
      name: 'every setting in a typed model',
      code: `model Tenant {
  id             String                @id @default(cuid())
  strategyConfig TenantImportConfig?
}
${strategyConfig}`,
    },
    {
      name: 'a JSON settings field with no typed config model beside it',
      code: `model Widget {
  id       String @id @default(cuid())
  settings Json?
}`,
    },
    {
      name: 'a related "config" model that holds no typed settings',
      code: `model Tenant {
  id            String        @id @default(cuid())
  contextConfig Json?
  rawConfig     TenantConfig?
}

model TenantConfig {
  id       String @id @default(cuid())
  tenantId String @unique
  tenant   Tenant @relation(fields: [tenantId], references: [id], onDelete: Cascade)
  payload  Json
}`,
    },
    {
      name: 'a JSON field that is not configuration',
      code: `model Tenant {
  id             String                @id @default(cuid())
  metadata       Json?
  strategyConfig TenantImportConfig?
}
${strategyConfig}`,
    },
  ],
  invalid: [
    {
      name: 'a JSON config beside a typed config model',
      code: `model Tenant {
  id             String                @id @default(cuid())
  contextConfig  Json?
  strategyConfig TenantImportConfig?
}
${strategyConfig}`,
      errors: [
        {
          messageId: 'untypedConfig',
          at: 'contextConfig',
          message: '"Tenant.contextConfig" looks like configuration kept in an untyped JSON blob while "TenantImportConfig"',
        },
      ],
    },
    {
      name: 'the typed model holds the relation on the other side, settings/preferences names',
      code: `model Workspace {
  id              String                @id @default(cuid())
  notificationSettings Json
  uiPreferences   Json?
  billingSettingsId String              @unique
  billingSettings WorkspaceBillingSettings @relation(fields: [billingSettingsId], references: [id], onDelete: Cascade)
}

model WorkspaceBillingSettings {
  id         String     @id @default(cuid())
  autoCharge Boolean    @default(true)
  graceDays  Int        @default(7)
  workspace  Workspace?
}`,
      errors: [
        { messageId: 'untypedConfig', at: 'notificationSettings', message: '"WorkspaceBillingSettings"' },
        { messageId: 'untypedConfig', at: 'uiPreferences', message: '"Workspace.uiPreferences"' },
      ],
    },
    {
      name: 'minTypedColumns lowers the bar',
      options: { minTypedColumns: 1 },
      code: `model Site {
  id         String      @id @default(cuid())
  seoConfig  Json?
  feedConfig FeedConfig?
}

model FeedConfig {
  id      String  @id @default(cuid())
  siteId  String  @unique
  site    Site    @relation(fields: [siteId], references: [id], onDelete: Cascade)
  enabled Boolean @default(true)
}`,
      errors: [{ messageId: 'untypedConfig', at: 'seoConfig', message: '"Site.seoConfig"' }],
    },
  ],
});
