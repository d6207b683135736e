/**
 * Attribute values of an ECS image that were not given when it was created, and of the ECS view
 * of a SWAS image (whose ECS attributes no document states).
 * - Architecture x86_64, Platform 'Others Linux': CreateImage's documented defaults.
 * - ImdsSupport v1: CreateImage's documented default for an image built from snapshots; the model
 *   uses it for images built from an instance too (its instances carry no image features).
 * - BootMode UEFI-Preferred: the 2025 CreateImage page (the 2024 metadata gives none); arm64 takes
 *   UEFI, since BIOS is documented as unsupported there (our reading).
 * - NvmeSupport unsupported, LicenseType '' (automatic): undocumented, the model's choice.
 */
export const ECS_IMAGE_DEFAULTS = {
  Architecture: 'x86_64',
  Platform: 'Others Linux',
  ImdsSupport: 'v1',
  NvmeSupport: 'unsupported',
  LicenseType: '',
} as const;

/** The BootMode of an image created without one. */
export const defaultBootMode = (architecture: string): string => (architecture === 'arm64' ? 'UEFI' : 'UEFI-Preferred');
