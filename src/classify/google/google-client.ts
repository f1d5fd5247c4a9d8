// Builds the Cloud Natural Language client in REST mode and gives each call its own AbortSignal.
// Quirks handled here (checked on Node 20 with @google-cloud/language 7 / google-gax 5):
// - `fallback: true` is REST + JSON; gRPC could not be pointed at a test server or mocked with nock.
// - `projectId` is explicit, else the client probes the GCE metadata server for seconds.
// - The REST stub passes neither a per-call timeout nor a cancel handle through the generated method,
//   and gaxios' own `timeout` (AbortSignal.any over AbortSignal.timeout) did not fire here. So a gaxios
//   adapter swaps in the signal of the current call, carried by AsyncLocalStorage from classify().
// - The package takes seconds to load (protos): it is imported on the first call, so CLI commands
//   that never classify remotely do not pay for it.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { v2 } from '@google-cloud/language';
import { ConfigError } from '../../errors/index.js';

export type GoogleApiVersion = 'v1' | 'v2';

export interface GoogleClientOptions {
  projectId: string;
  apiKey?: string;
  /** Path to a service-account JSON file. */
  keyFilename?: string;
  /** e.g. `https://eu-language.googleapis.com` or `http://127.0.0.1:8080`. @defaultValue the global endpoint */
  endpoint?: string;
  version: GoogleApiVersion;
}

export interface GoogleCategoryReply {
  categories?: Array<{ name?: string | null; confidence?: number | null }> | null;
}

export interface GoogleClient {
  classifyText(content: string, signal: AbortSignal): Promise<GoogleCategoryReply>;
  close(): Promise<void>;
}

/** Split an endpoint URL into the client's `apiEndpoint`, `port` and `protocol` options. */
export function endpointOptions(endpoint: string): { apiEndpoint: string; port: number; protocol: 'http' | 'https' } {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new ConfigError('GOOGLE_API_ENDPOINT', 'not a URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ConfigError('GOOGLE_API_ENDPOINT', 'must be an http:// or https:// URL');
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '') throw new ConfigError('GOOGLE_API_ENDPOINT', 'must be a scheme, host and optional port, without a path');
  const protocol = url.protocol === 'http:' ? 'http' : 'https';
  const port = url.port === '' ? (protocol === 'http' ? 80 : 443) : Number(url.port);
  // URL keeps IPv6 hosts bracketed; the client builds `${protocol}://${apiEndpoint}:${port}`, which wants them so.
  return { apiEndpoint: url.hostname, port, protocol };
}

type LanguageClientOptions = NonNullable<ConstructorParameters<typeof v2.LanguageServiceClient>[0]>;
type Adapter = (options: Record<string, unknown>, defaultAdapter: (options: Record<string, unknown>) => Promise<unknown>) => Promise<unknown>;

export function createGoogleClient(options: GoogleClientOptions): GoogleClient {
  const callSignal = new AsyncLocalStorage<AbortSignal>();
  const adapter: Adapter = (request, defaultAdapter) => {
    const signal = callSignal.getStore();
    return defaultAdapter(signal ? { ...request, signal } : request);
  };
  const clientOptions: LanguageClientOptions = {
    fallback: true as const,
    projectId: options.projectId,
    ...(options.apiKey !== undefined ? { apiKey: options.apiKey } : {}),
    ...(options.keyFilename !== undefined ? { keyFilename: options.keyFilename } : {}),
    ...(options.endpoint !== undefined ? endpointOptions(options.endpoint) : {}),
    // gaxios' adapter type is its own generic signature; ours only forwards the options it is given.
    clientOptions: { transporterOptions: { adapter } } as unknown as LanguageClientOptions['clientOptions'],
  };

  type V2Client = InstanceType<typeof v2.LanguageServiceClient>;
  type Loaded = { version: 'v1' | 'v2'; client: Pick<V2Client, 'close'> & { classifyText(request: object): Promise<[GoogleCategoryReply, ...unknown[]]> } };
  let loaded: Promise<Loaded> | undefined;
  const load = () =>
    (loaded ??= import('@google-cloud/language').then((language) =>
      options.version === 'v1'
        ? { version: 'v1' as const, client: new language.v1.LanguageServiceClient(clientOptions) as unknown as Loaded['client'] }
        : { version: 'v2' as const, client: new language.v2.LanguageServiceClient(clientOptions) as unknown as Loaded['client'] },
    ));

  return {
    async classifyText(content, signal) {
      const { version, client } = await load();
      const request =
        version === 'v1'
          ? // v1 answers in the old (v1) category tree unless asked for the v2 model.
            { document: { type: 'PLAIN_TEXT', content }, classificationModelOptions: { v2Model: { contentCategoriesVersion: 'V2' } } }
          : { document: { type: 'PLAIN_TEXT', content } };
      const [reply] = await callSignal.run(signal, () => client.classifyText(request));
      return reply;
    },
    async close() {
      if (loaded) await (await loaded).client.close();
    },
  };
}
