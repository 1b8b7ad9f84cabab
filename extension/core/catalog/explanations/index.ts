import type { DocumentedKey } from '../generated/documentedCodes';
import type { EntryExplanation } from '../explanationTypes';
import { INSTANCE_KEYS } from './instanceKeys';
import { INSTANCE_REQUEST } from './instanceRequest';
import { INSTANCE_SERVICE } from './instanceService';
import { OPENAPI_ACCESS } from './openapiAccess';
import { OPENAPI_INSTANCES } from './openapiInstances';
import { OPENAPI_KEYS } from './openapiKeys';
import { OPENAPI_REQUEST } from './openapiRequest';
import { OPENAPI_RESOURCES } from './openapiResources';
import { OPENAPI_SERVICE } from './openapiService';

/**
 * Our explanation of every documented code, by topic. The type makes a code that the reference
 * gains without an explanation a compile error (and a stray key one too).
 */
export const EXPLANATIONS: Readonly<Record<DocumentedKey, EntryExplanation>> = {
  ...INSTANCE_REQUEST,
  ...INSTANCE_KEYS,
  ...INSTANCE_SERVICE,
  ...OPENAPI_REQUEST,
  ...OPENAPI_ACCESS,
  ...OPENAPI_KEYS,
  ...OPENAPI_RESOURCES,
  ...OPENAPI_INSTANCES,
  ...OPENAPI_SERVICE,
};
