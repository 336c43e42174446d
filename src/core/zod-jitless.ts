import { z } from 'zod';

// zod compiles fast object parsers with `new Function` after probing whether eval is allowed. Under our
// Content-Security-Policy (no 'unsafe-eval', Trusted Types) that probe is refused and reported as a
// violation, even though zod catches the error. Jitless parsing is a little slower and never probes.
// Import this module before any module that creates a schema: zod reads the flag when a schema is made.
z.config({ jitless: true });
