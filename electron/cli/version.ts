/** The version `claimdesk --version` prints: package.json's, bundled in at build time. */
import { version } from '../../package.json';

export const CLAIMDESK_VERSION: string = version;
