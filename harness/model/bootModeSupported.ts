/**
 * Whether an image of `architecture` can take `bootMode`: arm64 has no BIOS (the example of
 * InvalidBootMode.NotSupport); every other pair is accepted (the docs list no other exclusion).
 */
export function bootModeSupported(architecture: string, bootMode: string): boolean {
  return !(architecture === 'arm64' && bootMode === 'BIOS');
}
