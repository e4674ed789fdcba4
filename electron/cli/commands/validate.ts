import { CliError, type CliCommand } from '../io';

// Placeholder until the owning issue's helper lands the real command; must not survive to submission.
export const command: CliCommand = {
  usage: 'validate (not yet built)',
  async run() {
    throw new CliError('validate is not built yet');
  },
};
