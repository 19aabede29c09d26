import pkg from '../package.json';

/** This package's version, recorded in `summary.json`. */
export const VERSION: string = pkg.version;
/** This package's name. */
export const PACKAGE_NAME: string = pkg.name;
