import { cloneDataset } from '../../backend/git/share';
import { CliError, type CliCommand } from '../io';
import { refuseUnknownOptions } from './options';

export const command: CliCommand = {
  usage: 'clone <url> <dataset>   open a shared dataset from git into a new folder',
  async run(args, io) {
    refuseUnknownOptions(args, ' (clone takes no options)');
    if (args.length !== 2) throw new CliError('give the remote and a new folder, e.g. tally clone /shared/team.git data/team');
    await cloneDataset(args[0], args[1]);
    io.out(`${args[1]}: cloned from ${args[0]}`);
    return 0;
  },
};
