import type { CustomImage } from './state.js';

/** ListCustomImages' status codes the model produces: "4" creating, "1" available. */
export type CustomImageStatus = '4' | '1';

/**
 * The status of a SWAS custom image at `now`: creating ("4") until its asynchronous creation
 * completes at `readyAt`, available ("1") from then on. The model has no failed or copying images.
 */
export function customImageStatus(image: CustomImage, now: number): CustomImageStatus {
  return now < image.readyAt ? '4' : '1';
}
