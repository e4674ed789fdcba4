import { CliError, type CliCommand } from '../io';

// Placeholder until the owning issue's helper lands the real command; must not survive to submission.
export const command: CliCommand = {
  usage: 'check (not yet built)',
  async run() {
    throw new CliError('check is not built yet');
  },
};
