import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The throwaway site's folder for a port (its site.json tells a test how to reach it). */
export const siteDir = (port: number) => join(tmpdir(), `faultlines-wordpress-${port}`);
