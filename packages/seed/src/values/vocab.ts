/**
 * Word lists the generators draw from. Small on purpose: combinations give variety, and realistic-looking values
 * make the migrations' reports and the docs' examples readable. Written for this project, not copied from a library.
 */

export const FIRST_NAMES = [
  'Aarav', 'Abigail', 'Adrian', 'Aisha', 'Alejandro', 'Amara', 'Amelia', 'Ananya', 'Andrea', 'Arjun', 'Ava', 'Benjamin',
  'Camila', 'Carlos', 'Charlotte', 'Chen', 'Chloe', 'Daniel', 'Deepa', 'Diego', 'Elena', 'Elif', 'Emma', 'Ethan',
  'Fatima', 'Felix', 'Freya', 'Gabriel', 'Grace', 'Hana', 'Harper', 'Hiroshi', 'Ibrahim', 'Ines', 'Isaac', 'Isla',
  'Jack', 'James', 'Jia', 'Jonas', 'Julia', 'Kai', 'Karan', 'Kenji', 'Laila', 'Leah', 'Leo', 'Liam', 'Lucas', 'Lucia',
  'Maya', 'Mateo', 'Mei', 'Mia', 'Mohammed', 'Nadia', 'Noah', 'Nora', 'Oliver', 'Olivia', 'Omar', 'Priya', 'Rafael',
  'Rahul', 'Riya', 'Rosa', 'Samuel', 'Sara', 'Sebastian', 'Sofia', 'Sven', 'Tariq', 'Thomas', 'Valentina', 'Vikram',
  'William', 'Yara', 'Yusuf', 'Zara', 'Zoe',
];

export const LAST_NAMES = [
  'Adams', 'Ahmed', 'Alvarez', 'Andersen', 'Bauer', 'Becker', 'Bianchi', 'Brown', 'Campbell', 'Chen', 'Costa', 'Das',
  'Dubois', 'Evans', 'Fernandez', 'Fischer', 'Garcia', 'Gupta', 'Hansen', 'Hernandez', 'Hoffmann', 'Ito', 'Iyer',
  'Jansen', 'Johnson', 'Kaur', 'Khan', 'Kim', 'Kowalski', 'Kumar', 'Larsen', 'Lee', 'Lopez', 'Martin', 'Martinez',
  'Meyer', 'Mishra', 'Moreau', 'Muller', 'Murphy', 'Nair', 'Nakamura', 'Nguyen', 'Novak', 'OBrien', 'Okafor',
  'Olsen', 'Patel', 'Pereira', 'Petrov', 'Quinn', 'Reddy', 'Rossi', 'Santos', 'Sato', 'Schmidt', 'Shah', 'Silva',
  'Singh', 'Smith', 'Suzuki', 'Tanaka', 'Taylor', 'Thomas', 'Tran', 'Verma', 'Wagner', 'Walker', 'Wang', 'Weber',
  'Williams', 'Wilson', 'Wong', 'Yamamoto', 'Zhang',
];

/** Two-part company names: a stem and a suffix. */
export const COMPANY_STEMS = [
  'Acme', 'Apex', 'Aurora', 'Beacon', 'Bluepeak', 'Brightline', 'Cedar', 'Clearpath', 'Cobalt', 'Copperleaf',
  'Crestview', 'Elm', 'Evergreen', 'Fairway', 'Foxglove', 'Granite', 'Harbor', 'Highland', 'Ironwood', 'Juniper',
  'Keystone', 'Lakeside', 'Lighthouse', 'Maple', 'Meridian', 'Northwind', 'Oakridge', 'Orchid', 'Pinecrest', 'Pioneer',
  'Quartz', 'Redwood', 'Riverbend', 'Sagebrush', 'Sapphire', 'Silverline', 'Skyward', 'Summit', 'Sunrise', 'Tidewater',
  'Trailhead', 'Twinbrook', 'Vantage', 'Westfield', 'Willow', 'Zenith',
];
export const COMPANY_SUFFIXES = [
  'Dental', 'Realty', 'Legal', 'Fitness', 'Bakery', 'Roofing', 'Plumbing', 'Consulting', 'Analytics', 'Studios',
  'Clinic', 'Motors', 'Logistics', 'Interiors', 'Landscaping', 'Accounting', 'Coffee', 'Pet Care', 'Solar', 'Academy',
  'Travel', 'Labs', 'Outfitters', 'Builders', 'Wellness', 'Media', 'Foods', 'Insurance', 'Software', 'Events',
];

export const INDUSTRIES = [
  'dental', 'real estate', 'legal services', 'fitness', 'home services', 'saas', 'e-commerce', 'healthcare',
  'hospitality', 'education', 'automotive', 'finance', 'construction', 'travel', 'retail', 'manufacturing',
];

export const CITIES = [
  'Austin', 'Bangalore', 'Barcelona', 'Berlin', 'Boston', 'Chicago', 'Denver', 'Dubai', 'Dublin', 'Kochi', 'Lisbon',
  'London', 'Manchester', 'Melbourne', 'Mumbai', 'Munich', 'New York', 'Paris', 'Pune', 'Seattle', 'Singapore',
  'Sydney', 'Toronto', 'Vancouver',
];
export const COUNTRIES = ['US', 'GB', 'IN', 'DE', 'FR', 'ES', 'AU', 'CA', 'AE', 'SG', 'IE', 'NL', 'PT'];
export const TIMEZONES = [
  'America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'Europe/London', 'Europe/Berlin',
  'Europe/Paris', 'Asia/Kolkata', 'Asia/Dubai', 'Asia/Singapore', 'Australia/Sydney',
];
export const LOCALES = ['en', 'en-US', 'en-GB', 'de', 'fr', 'es', 'hi'];
export const CURRENCIES = ['USD', 'EUR', 'GBP', 'INR', 'AUD'];

export const TLDS = ['com', 'com', 'com', 'io', 'co', 'net', 'org', 'co.uk', 'de', 'in', 'com.au'];
export const FREE_MAIL = ['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'proton.me'];

/** Keyword building blocks: modifier + topic + (optional) place. */
export const KEYWORD_TOPICS = [
  'dentist', 'teeth whitening', 'invisalign', 'personal injury lawyer', 'divorce attorney', 'yoga studio',
  'crossfit gym', 'roof repair', 'emergency plumber', 'solar panels', 'accounting software', 'crm for small business',
  'email marketing', 'seo agency', 'web design', 'wedding photographer', 'dog grooming', 'coffee roaster',
  'real estate agent', 'home inspection', 'kitchen remodel', 'hvac repair', 'tax preparation', 'car detailing',
  'physiotherapy', 'meal prep delivery', 'online course platform', 'project management tool', 'vegan bakery',
  'boutique hotel', 'bike repair', 'language school', 'pet insurance', 'landscape design', 'moving company',
];
export const KEYWORD_MODIFIERS = [
  'best', 'affordable', 'cheap', 'top rated', 'local', 'emergency', '24 hour', 'near me', 'how to choose',
  'cost of', 'reviews', 'vs', 'guide to', 'benefits of', 'open now',
];

export const TOPIC_NOUNS = [
  'local SEO', 'Google Business Profile', 'backlinks', 'content calendar', 'email newsletter', 'landing pages',
  'conversion rate', 'customer reviews', 'social proof', 'paid search', 'brand voice', 'lead magnets', 'case studies',
  'schema markup', 'site speed', 'keyword research', 'link building', 'marketing automation', 'retargeting',
  'video marketing', 'blog strategy', 'competitor analysis',
];
export const TITLE_TEMPLATES = [
  '{n} ways to improve your {t}',
  'The complete guide to {t} in {y}',
  'Why {t} matters for {i} businesses',
  'How we doubled leads with {t}',
  '{t}: mistakes to avoid',
  'A checklist for {t}',
  'What every {i} owner should know about {t}',
  '{t} vs {t2}: which wins?',
  'Getting started with {t}',
  '{n} {t} tips for {y}',
];

export const SENTENCE_PARTS = {
  openers: [
    'We reviewed', 'This month we focused on', 'Our team audited', 'The client asked us to improve', 'We published',
    'Traffic grew after we updated', 'We recommend prioritising', 'The next step is to expand', 'Data shows that',
  ],
  objects: [
    'the service pages', 'the Google Business Profile', 'three cornerstone articles', 'the local citations',
    'the contact form', 'internal links', 'the pricing page', 'meta descriptions', 'the FAQ section',
    'outreach to local directories', 'the newsletter sequence', 'review responses',
  ],
  closers: [
    'to lift organic visibility.', 'before the next reporting cycle.', 'which improved click-through rate.',
    'with clear calls to action.', 'for the highest-intent keywords.', 'based on last quarter\'s results.',
    'and tracked conversions weekly.', 'to reduce bounce rate.',
  ],
};

export const FAQ_QUESTIONS = [
  'How long does it take to see results?', 'Do you offer a free consultation?', 'What areas do you serve?',
  'How much does it cost?', 'Are you licensed and insured?', 'Can I book online?', 'Do you offer financing?',
  'What should I bring to my first appointment?', 'How do I cancel or reschedule?', 'Do you work weekends?',
  'Is there a warranty?', 'How do I get a quote?',
];

export const JOB_TITLES = [
  'Founder', 'Owner', 'Marketing Manager', 'Head of Growth', 'Office Manager', 'Operations Director', 'CEO',
  'Content Lead', 'SEO Specialist', 'Account Manager', 'Practice Manager', 'Sales Director',
];

export const SOCIAL_CHANNELS = ['facebook', 'instagram', 'linkedin', 'x', 'youtube', 'tiktok', 'google_business'];
export const MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/svg+xml', 'application/pdf', 'video/mp4'];
export const USER_AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
  'Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0',
];
export const AI_MODELS = ['gpt-4o', 'gpt-4o-mini', 'claude-sonnet-4', 'claude-haiku-4', 'gemini-2.0-flash'];
export const URL_PATHS = [
  'services', 'about', 'contact', 'blog', 'pricing', 'locations', 'reviews', 'faq', 'team', 'resources', 'book',
  'case-studies', 'partners',
];
export const WORDS = [
  'growth', 'local', 'search', 'brand', 'content', 'insight', 'report', 'audit', 'launch', 'review', 'campaign',
  'outreach', 'quarterly', 'summary', 'plan', 'draft', 'update', 'weekly', 'pipeline', 'funnel', 'offer', 'signal',
];
