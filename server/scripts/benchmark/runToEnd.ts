/**
 * How every benchmark script ends: run `main`, give up after `deadlineMs` if it
 * hangs, and always tear down what it started; a failure sets the exit code.
 */
export async function runToEnd(
  main: () => Promise<void>,
  cleanUp: () => Promise<void>,
  deadlineMs: number,
): Promise<void> {
  const deadline = setTimeout(() => {
    console.error(`The run took longer than ${deadlineMs / 60_000} min; giving up`);
    void cleanUp().then(() => process.exit(1));
  }, deadlineMs);
  deadline.unref();
  try {
    await main();
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    await cleanUp();
    clearTimeout(deadline);
  }
}
