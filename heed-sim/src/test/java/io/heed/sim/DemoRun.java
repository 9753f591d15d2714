package io.heed.sim;

import java.nio.file.Path;

/**
 * Not a test: a manual runner that generates a publisher and prints the wall time.
 * {@code java -cp <test classpath> io.heed.sim.DemoRun [outDir] [events]}; defaults to {@link SimConfig#demo()}.
 */
public final class DemoRun {
    private DemoRun() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/demo-sim");
        SimConfig cfg = args.length > 1 ? SimConfig.demo().withEvents(Long.parseLong(args[1])) : SimConfig.demo();
        long t0 = System.nanoTime();
        SimSummary s = new Simulator(cfg).run(out, n -> {});
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%d events (%s) in %.2f s -> %s%n", s.events(), s.eventsByType(), secs, out);
        System.out.println(s);
    }
}
