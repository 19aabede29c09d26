// The spec is bundled as text (see src/types/yaml-text.d.ts) so the emulator serves and enforces exactly the
// version of the contract it was built with, and needs no file system at run time.
import specText from '@connect-tokens/protocol/openapi.yaml';

/** The raw `openapi.yaml` of `@connect-tokens/protocol` that this emulator was built against. */
export const SPEC_TEXT: string = specText;
