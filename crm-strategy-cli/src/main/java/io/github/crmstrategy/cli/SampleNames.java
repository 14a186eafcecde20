package io.github.crmstrategy.cli;

import io.github.crmstrategy.samples.Samples;
import java.util.Iterator;

/** The bundled sample names, for picocli help texts and shell completion. */
final class SampleNames implements Iterable<String> {
  @Override
  public Iterator<String> iterator() {
    return Samples.names().iterator();
  }
}
