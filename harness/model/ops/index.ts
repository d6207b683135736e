import type { Handler } from '../OpContext.js';
import { createImage } from './ecs/createImage.js';
import { deleteImage } from './ecs/deleteImage.js';
import { describeImages } from './ecs/describeImages.js';
import { describeImageSharePermission } from './ecs/describeImageSharePermission.js';
import { modifyImageAttribute } from './ecs/modifyImageAttribute.js';
import { modifyImageSharePermission } from './ecs/modifyImageSharePermission.js';
import { createCustomImage } from './swas/createCustomImage.js';
import { createSnapshot } from './swas/createSnapshot.js';
import { deleteCustomImage } from './swas/deleteCustomImage.js';
import { deleteCustomImages } from './swas/deleteCustomImages.js';
import { deleteSnapshot } from './swas/deleteSnapshot.js';
import { listCustomImages } from './swas/listCustomImages.js';
import { listDisks } from './swas/listDisks.js';
import { listInstances } from './swas/listInstances.js';
import { listSnapshots } from './swas/listSnapshots.js';
import { modifyImageShareStatus } from './swas/modifyImageShareStatus.js';

/** The model's handler of every operation in scope, keyed `<product>.<Operation>`. */
export const handlers: Record<string, Handler> = {
  'swas.CreateCustomImage': createCustomImage,
  'swas.DeleteCustomImages': deleteCustomImages,
  'swas.DeleteCustomImage': deleteCustomImage,
  'swas.ModifyImageShareStatus': modifyImageShareStatus,
  'swas.ListCustomImages': listCustomImages,
  'swas.ListInstances': listInstances,
  'swas.ListDisks': listDisks,
  'swas.CreateSnapshot': createSnapshot,
  'swas.ListSnapshots': listSnapshots,
  'swas.DeleteSnapshot': deleteSnapshot,
  'ecs.ModifyImageSharePermission': modifyImageSharePermission,
  'ecs.ModifyImageAttribute': modifyImageAttribute,
  'ecs.DescribeImages': describeImages,
  'ecs.DescribeImageSharePermission': describeImageSharePermission,
  'ecs.CreateImage': createImage,
  'ecs.DeleteImage': deleteImage,
};
