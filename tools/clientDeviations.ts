// The client deviation catalogue (a data table): misbehaviours of tools/deviantClient.ts, each
// tied to the client rules it breaks, the faults the proxy must inject to reveal it and the seed
// of their draws. test/proxy/clientDeviations.test.ts proves the proxy catches every one of them
// (fail, or warn for an inferred rule) and reports no failure for the client without deviations.

export interface ClientDeviation {
  summary: string;
  /** Client rule ids the deviation breaks. */
  breaks: string[];
  /** `--inject` specs the proxy runs with to reveal it. */
  inject?: string[];
  /** Seed of the proxy's fault draws. */
  seed?: number;
  /** `one-call`: a single ListInstances call instead of the whole scenario (slow retry policies). */
  scenario?: 'full' | 'one-call';
}

export const CLIENT_DEVIATIONS = {
  'wrong-signature': { summary: 'Signs V3 requests with a wrong secret.', breaks: ['acs.client.SignatureV3'] },
  'unsorted-canonical-query': { summary: 'Builds the V3 canonical query in the order the parameters are sent instead of sorted by name.', breaks: ['acs.client.SignatureV3'] },
  'v2-wrong-signature': { summary: 'Signs V2 requests with a wrong secret.', breaks: ['acs.client.SignatureV2'] },
  'missing-content-sha256': { summary: 'Leaves the x-acs-content-sha256 header out of V3 requests.', breaks: ['acs.client.RequiredHeaders'] },
  'stale-timestamp': { summary: 'Dates every request 20 minutes in the past.', breaks: ['acs.client.Timestamp'] },
  'reused-nonce': { summary: 'Sends the same signature nonce with every request.', breaks: ['acs.client.NonceUnique'] },
  'unknown-action': { summary: 'Calls ListCustomImage (no such action) instead of ListCustomImages.', breaks: ['acs.client.KnownAction'] },
  'wrong-region': { summary: 'Sends RegionId cn-beijing to the endpoint of cn-hangzhou.', breaks: ['acs.client.RegionMatchesEndpoint'] },
  'list-as-repeat': { summary: 'Sends DeleteCustomImages ImageIds as ImageIds.1, ImageIds.2 instead of one JSON-array string.', breaks: ['swas.DeleteCustomImages.client.ImageIds'] },
  'undocumented-parameter': { summary: 'Adds a parameter Verbose=true that ListInstances does not document.', breaks: ['swas.ListInstances.client.OnlyDocumentedParameters'] },
  'value-over-max-length': { summary: 'Sends a CreateCustomImage ImageName of 129 characters (at most 128).', breaks: ['swas.CreateCustomImage.client.ImageName'] },
  'wrong-type': { summary: 'Sends ListCustomImages PageSize=ten (an integer is documented).', breaks: ['swas.ListCustomImages.client.PageSize'] },
  'no-retry-on-throttling': { summary: 'Gives up on a throttled call at once.', breaks: ['acs.client.RetryAfterThrottling'], inject: ['throttle=0.5'], seed: 2 },
  'retry-without-backoff': { summary: 'Retries a throttled call at once, without pausing.', breaks: ['acs.client.RetryBackoff'], inject: ['throttle=0.5'], seed: 2 },
  'retry-on-400': { summary: 'Retries calls answered with a client error (the DeleteCustomImages of an unknown id).', breaks: ['acs.client.NoRetryOnClientError'] },
  'new-client-token-on-retry': { summary: 'Sends a new ClientToken when it retries a create.', breaks: ['acs.client.RetrySameClientToken'], inject: ['reset-after-commit=0.5'], seed: 4 },
  'unbounded-retry': { summary: 'Retries a failing call up to 8 times.', breaks: ['acs.client.RetryBounded'], inject: ['throttle=1'], scenario: 'one-call' },
} satisfies Record<string, ClientDeviation>;

export type ClientDeviationName = keyof typeof CLIENT_DEVIATIONS;
