/** The `VITE_*` variables the console reads (see `ConsoleEnv` in `config.ts`). */
interface ImportMetaEnv {
  readonly VITE_DRS_ENDPOINT?: string;
  readonly VITE_DRS_REGION?: string;
}
