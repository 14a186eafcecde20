package io.github.crmstrategy.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RussianStemmerTest {
  @Test
  void formsOfOneWordShareAStem() {
    assertThat(RussianStemmer.stem("надёжный")).isEqualTo(RussianStemmer.stem("надежную"));
    assertThat(RussianStemmer.stem("клиентов"))
        .isEqualTo(RussianStemmer.stem("клиентам"))
        .isEqualTo(RussianStemmer.stem("клиенты"))
        .isEqualTo("клиент");
    assertThat(RussianStemmer.stem("энергосбытовая"))
        .isEqualTo(RussianStemmer.stem("энергосбытовые"));
    assertThat(RussianStemmer.stem("процентов")).isEqualTo(RussianStemmer.stem("проценты"));
  }

  @Test
  void snowballReferenceVocabulary() {
    // Pairs from the Snowball project's Russian test vocabulary (voc.txt / output.txt).
    assertThat(RussianStemmer.stem("вавилонский")).isEqualTo("вавилонск");
    assertThat(RussianStemmer.stem("важная")).isEqualTo("важн");
    assertThat(RussianStemmer.stem("важнейшими")).isEqualTo("важн");
    assertThat(RussianStemmer.stem("валентность")).isEqualTo("валентн");
    assertThat(RussianStemmer.stem("вагоны")).isEqualTo("вагон");
  }

  @Test
  void visionsThatShareWordsInOtherFormsShareKeyTerms() {
    assertThat(
            KeyTerms.shared(
                "Надёжный поставщик энергии для каждого клиента",
                "Сделать надежную поставку энергии привычной для клиентов"))
        .isGreaterThanOrEqualTo(2);
    assertThat(KeyTerms.shared("Компания всегда с вами", "Наша компания всегда и везде")).isZero();
  }

  @Test
  void stemmedPhrasesMatchInflectedNames() {
    assertThat(KeyTerms.stemmedPhrase("Энергосбытовые компании"))
        .isEqualTo(KeyTerms.stemmedPhrase("энергосбытовая компания"));
    assertThat(KeyTerms.stemmedPhrase("Customer Retention")).isEqualTo("customer retention");
  }
}
