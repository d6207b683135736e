import type { EcsImage } from './state.js';

/** The statuses the model's ECS images take (DescribeImages also documents Waiting, UnAvailable, CreateFailed). */
export type EcsImageStatus = 'Creating' | 'Available' | 'Deprecated';

/**
 * The status of an ECS image at `now`: Creating until its asynchronous creation completes at
 * `readyAt`, then the stored status (Available, or Deprecated once ModifyImageAttribute set it).
 * The model has no failed images.
 */
export function ecsImageStatus(image: EcsImage, now: number): EcsImageStatus {
  return now < image.readyAt ? 'Creating' : image.Status;
}
