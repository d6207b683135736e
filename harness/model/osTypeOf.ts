/**
 * The operating-system type DescribeImages reports and filters on, derived from the image's
 * Platform: windows for the Windows Server platforms, linux otherwise (and when none is known).
 */
export function osTypeOf(platform: string | undefined): 'windows' | 'linux' {
  return platform?.startsWith('Windows') ? 'windows' : 'linux';
}
