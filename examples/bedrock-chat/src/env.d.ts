/** The `VITE_*` variables the chat reads (see `ChatEnv` in `config.ts`). */
interface ImportMetaEnv {
  readonly VITE_BEDROCK_ENDPOINT?: string;
  readonly VITE_BEDROCK_REGION?: string;
  readonly VITE_BEDROCK_MODEL_ID?: string;
}
