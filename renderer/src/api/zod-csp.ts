import { z } from 'zod';

// zod compiles fast object parsers with `new Function`, probing first whether eval is allowed. Our CSP forbids it,
// and the caught probe still reports a CSP violation; jitless skips both. Must run before any schema is built, so
// main.tsx imports this module first.
z.config({ jitless: true });
