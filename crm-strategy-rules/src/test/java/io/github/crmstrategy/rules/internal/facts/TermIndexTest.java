package io.github.crmstrategy.rules.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.crmstrategy.rules.facts.Texts;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The one-pass term index finds exactly the groups whose {@link Texts#matcher} pattern finds a
 * match, and the loop-based {@link Texts#normalize} gives the regular expression's result: fact
 * extraction must not change what the vocabulary matches.
 */
class TermIndexTest {
  /**
   * Letters of three scripts, digits, spaces of several kinds, punctuation, a supplementary letter.
   */
  private static final String ALPHABET = "abcAB1ёеЁкрмЖ- .,/\t\n\u00a0\u2028(=)'" + "\uD835\uDC00";

  private static Gen<String> strings(int max) {
    Gen<Integer> index = SourceDSL.integers().between(0, ALPHABET.length() - 1);
    return SourceDSL.lists()
        .of(index)
        .ofSizeBetween(0, max)
        .map(
            is -> {
              StringBuilder sb = new StringBuilder();
              is.forEach(i -> sb.append(ALPHABET.charAt(i)));
              return sb.toString();
            });
  }

  private static Gen<String> terms() {
    return strings(4)
        .zip(SourceDSL.booleans().all(), (t, whole) -> (whole ? "=" : "") + t)
        .map(t -> t.replace("\uD835", "").replace("\uDC00", ""));
  }

  @Test
  void findsTheGroupsTheRegularExpressionsFind() {
    Gen<List<List<String>>> groups =
        SourceDSL.lists().of(SourceDSL.lists().of(terms()).ofSizeBetween(0, 4)).ofSizeBetween(1, 4);
    qt().withExamples(3000)
        .forAll(groups, strings(30))
        .checkAssert(
            (gs, raw) -> {
              // Texts made of the terms themselves, with noise around them, as well as noise alone.
              StringBuilder sb = new StringBuilder(raw);
              for (List<String> g : gs) {
                for (String t : g) {
                  sb.insert(Math.min(sb.length(), t.length()), t.replace("=", "") + " ");
                }
              }
              String text = Texts.normalize(sb.toString());
              BitSet expected = new BitSet();
              for (int g = 0; g < gs.size(); g++) {
                if (Texts.matcher(gs.get(g)).matcher(text).find()) {
                  expected.set(g);
                }
              }
              TermIndex index = TermIndex.of(gs);
              assertThat(index.find(text)).as("%s in '%s'", gs, text).isEqualTo(expected);
              for (int g = 0; g < gs.size(); g++) {
                assertThat(index.mentions(text, g)).isEqualTo(expected.get(g));
              }
            });
  }

  @Test
  void normalizeIsTheRegularExpressionsNormalisation() {
    Pattern spaces = Pattern.compile("\\s+");
    qt().withExamples(5000)
        .forAll(strings(20))
        .checkAssert(
            s ->
                assertThat(Texts.normalize(s))
                    .isEqualTo(
                        spaces
                            .matcher(s.toLowerCase(Locale.ROOT).replace('ё', 'е').strip())
                            .replaceAll(" ")));
  }

  @Test
  void wordCountCountsTheRunsOfLettersAndDigitsTheRegularExpressionFinds() {
    Pattern word = Pattern.compile("[\\p{L}\\p{N}]+");
    qt().withExamples(5000)
        .forAll(strings(20))
        .checkAssert(
            s -> {
              java.util.regex.Matcher m = word.matcher(s);
              int n = 0;
              while (m.find()) {
                n++;
              }
              assertThat(Texts.wordCount(s)).as(s).isEqualTo(n);
            });
  }

  @Test
  void moreThan64GroupsAreFoundToo() {
    List<List<String>> groups = new ArrayList<>();
    for (int i = 0; i < 70; i++) {
      groups.add(List.of("=t" + i));
    }
    TermIndex index = TermIndex.of(groups);
    assertThat(index.find("t3 and t69, not t700")).isEqualTo(bits(3, 69));
    assertThat(index.mentions("t69", 69)).isTrue();
    assertThat(index.mentions("t69", 6)).isFalse();
  }

  @Test
  void aTermMatchesAtTheStartOfAWordAndAWholeTermAlsoAtItsEnd() {
    TermIndex index = TermIndex.of(List.of(List.of("crm"), List.of("=kpi"), new ArrayList<>()));
    assertThat(index.find("our crm-system")).isEqualTo(bits(0));
    assertThat(index.find("scrm and kpis")).isEqualTo(bits());
    assertThat(index.find("kpi, crms")).isEqualTo(bits(0, 1));
    assertThat(index.find("")).isEqualTo(bits());
  }

  private static BitSet bits(int... set) {
    BitSet b = new BitSet();
    for (int i : set) {
      b.set(i);
    }
    return b;
  }
}
