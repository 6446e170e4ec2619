// The bench core page (bench/core.ts) for the figures timed on it: a page holding a generated
// campaign, and samples taken from it, each the mean of several repetitions after a warm-up.

export async function corePage(bench, count) {
  const context = await bench.newContext();
  const page = await bench.openApi(context, 'bench/core.html');
  const prepared = await page.evaluate((n) => window.bench.prepare(n), count);
  if (prepared !== count) throw new Error(`prepared ${prepared} projects, not ${count}`);
  return { page, close: () => context.close() };
}

/** `bench.runs` samples of `fn` (a name of the page's API), after `reps` unmeasured calls. */
export async function sample(page, fn, runs, reps) {
  await page.evaluate(([f, r]) => window.bench[f](r), [fn, reps]);
  const samples = [];
  for (let run = 0; run < runs; run++) {
    samples.push(await page.evaluate(([f, r]) => window.bench[f](r), [fn, reps]));
  }
  return samples;
}
