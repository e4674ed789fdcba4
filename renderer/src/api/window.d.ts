import type { TallyWindowApi } from '../../../shared/api/shell';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser mode. */
    readonly tally?: TallyWindowApi;
  }
}

export {};
