/**
 * zod, configured before any schema is built. No code generation: zod's JIT uses `new Function`,
 * which a strict CSP (no 'unsafe-eval') forbids and reports even when zod falls back — and zod
 * probes for it when an object schema is constructed, so the setting must come first. Every
 * schema module imports z from here. Validation speed is ample without the JIT.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
