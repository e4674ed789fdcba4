#!/usr/bin/env node
// `npx tally`: runs the TypeScript sources through tsx, so the command line needs no build step.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('../electron/cli/main.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2));
