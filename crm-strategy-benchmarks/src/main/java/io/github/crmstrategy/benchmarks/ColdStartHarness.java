package io.github.crmstrategy.benchmarks;

import io.github.crmstrategy.document.JacksonMappers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Launches {@code java -cp <class path> ColdStart <mode>} N times per mode (interleaved, so
 * background load hits both alike) and writes the times and their median, min and max as JSON.
 *
 * <p>Usage: {@code ColdStartHarness <class path> <runs> <out.json>}: the class path is either the
 * shaded {@code benchmarks.jar} or the library layout (separate jars, crm-strategy-rules first).
 */
public final class ColdStartHarness {
  private ColdStartHarness() {}

  public static void main(String[] args) throws Exception {
    String classPath = args[0];
    int runs = Integer.parseInt(args[1]);
    Path out = Path.of(args[2]);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> modes = List.of("precompiled", "runtime");
    Map<String, List<Long>> fromMain = new LinkedHashMap<>();
    Map<String, List<Long>> fromJvm = new LinkedHashMap<>();
    Map<String, Boolean> fellBack = new LinkedHashMap<>();
    Map<String, Long> findings = new LinkedHashMap<>();
    for (int r = 0; r < runs; r++) {
      for (String mode : modes) {
        Process p =
            new ProcessBuilder(java, "-cp", classPath, ColdStart.class.getName(), mode)
                .redirectErrorStream(true)
                .start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
          throw new IllegalStateException("cold start " + mode + " failed:\n" + text);
        }
        String line =
            text.lines()
                .filter(l -> l.startsWith("COLDSTART "))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no result:\n" + text));
        String[] f = line.split(" ");
        fromMain.computeIfAbsent(mode, k -> new ArrayList<>()).add(Long.parseLong(f[2]));
        fromJvm.computeIfAbsent(mode, k -> new ArrayList<>()).add(Long.parseLong(f[3]));
        findings.put(mode, Long.parseLong(f[4]));
        fellBack.merge(mode, text.contains("No executable model found"), Boolean::logicalOr);
        System.out.println(line);
      }
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("runs", runs);
    for (String mode : modes) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("fromMainMs", fromMain.get(mode));
      m.put("fromJvmStartMs", fromJvm.get(mode));
      m.put("medianFromMainMs", median(fromMain.get(mode)));
      m.put("medianFromJvmStartMs", median(fromJvm.get(mode)));
      m.put(
          "minFromMainMs", fromMain.get(mode).stream().mapToLong(Long::longValue).min().orElse(0));
      m.put(
          "maxFromMainMs", fromMain.get(mode).stream().mapToLong(Long::longValue).max().orElse(0));
      m.put("findings", findings.get(mode));
      m.put("executableModelFallback", fellBack.get(mode));
      json.put(mode, m);
    }
    try {
      JacksonMappers.reportOutput().writeValue(out.toFile(), json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static double median(List<Long> values) {
    List<Long> s = values.stream().sorted().toList();
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2.0;
  }
}
