/**
 * Benchmarks, run only by {@code ./mvnw -Pbench verify} (failsafe, {@code **}{@code /*Bench.java});
 * they print figures next to a baseline measured in the same run and assert nothing timed.
 * <ul>
 *   <li>{@code StartupBench}: launch → first painted frame of the log-in window vs an empty Stage
 *       ({@link vn.motcua.bench.EmptyStageProbe}), start-up phases from the log milestones, and an
 *       AppCDS row;</li>
 *   <li>{@code IdleHeapBench}: used heap after GC on the idle log-in window vs the empty Stage;</li>
 *   <li>{@code H2RecoveryBench}: H2 reopen after a SIGKILL during a write burst vs after a clean close.</li>
 * </ul>
 * The windows open on a private Xvfb ({@code apt-get install -y xvfb libgtk-3-0 fonts-dejavu-core}
 * on a fresh Debian), else on {@code DISPLAY}, or on {@code -Dmotcua.bench.display=:N}. One bench:
 * {@code ./mvnw -Pbench verify -Dit.test=StartupBench}. Knobs (system properties):
 * {@code motcua.bench.startupRuns} (7), {@code motcua.bench.skipAppCds}, {@code motcua.bench.heapRuns} (3),
 * {@code motcua.bench.h2Reps} (3), {@code motcua.bench.h2BigBurstMillis} (10000),
 * {@code motcua.bench.jvmArgs} (extra flags for every child JVM). Working files, logs included,
 * stay in {@code app/target/bench/}.
 */
package vn.motcua.bench;
