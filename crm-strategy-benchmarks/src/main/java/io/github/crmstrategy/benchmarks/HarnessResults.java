package io.github.crmstrategy.benchmarks;

import io.github.crmstrategy.document.JacksonMappers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the side-by-side harnesses ({@link RealismHarness}, {@link ThroughputHarness}) write: the
 * ratio of each round with their median, minimum and maximum, in a JSON file {@link
 * PerformanceReport} reads.
 */
final class HarnessResults {
  private HarnessResults() {}

  /** Puts {@code ratios} and their median, minimum and maximum into {@code json}. */
  static void putRatios(Map<String, Object> json, List<Double> ratios) {
    json.put("ratios", ratios);
    List<Double> sorted = ratios.stream().sorted().toList();
    json.put("medianRatio", sorted.get(sorted.size() / 2));
    json.put("minRatio", sorted.get(0));
    json.put("maxRatio", sorted.get(sorted.size() - 1));
  }

  /** Writes {@code json} to {@code out}. */
  static void write(Path out, Map<String, Object> json) {
    try {
      JacksonMappers.reportOutput().writeValue(out.toFile(), json);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot write " + out, e);
    }
  }
}
