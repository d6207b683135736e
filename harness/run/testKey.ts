/** The part of a vitest task this needs: its name and the describe blocks around it (the file has a filepath). */
interface Named { name: string; suite?: Named | undefined; filepath?: string }

/**
 * A test's name within its suite file: its describe blocks and its own name, joined with ' > '
 * (vitest's TestCase.fullName). The plan, a budget's selection and `--resume` name tests by it.
 */
export function testKey(task: Named): string {
  const names: string[] = [task.name];
  // The file is the outermost suite (its name is the file path): it is not part of the key.
  for (let s = task.suite; s && s.filepath === undefined; s = s.suite) names.unshift(s.name);
  return names.join(' > ');
}
