/**
 * Whether a process with this PID is running, for the locks and staging folders that leave a
 * PID in a file (the safe build and the importer). EPERM means it runs
 * under another user.
 */
export function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
