import { z } from 'zod';

// The web app's Content-Security-Policy forbids eval. zod compiles fast object parsers with `new Function`
// unless told not to, and even its probe for eval is reported as a CSP violation; core code the app imports
// (script checking, checklists) uses zod, so switch that off before any schema is built. Imported first.
z.config({ jitless: true });
