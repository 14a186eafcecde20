package io.github.crmstrategy.document.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import io.github.crmstrategy.text.Numbers;
import java.io.IOException;
import java.time.LocalDate;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Output that reads like the hand-written reference plan: numbers in plain notation ({@code
 * 120000000}, not {@code 1.2E8}, see {@link Numbers#plain}), dates as bare ISO scalars in YAML, and
 * quotes on exactly those strings a YAML 1.1 reader would otherwise take for a number, boolean,
 * null, date or time.
 */
final class ReadableValues {
  /** YAML 1.1 timestamps ({@code 2026-01-01}, {@code 2026-1-1 10:00}) and sexagesimals. */
  private static final Pattern YAML11_SCALAR =
      Pattern.compile(
          "\\d{4}-\\d{1,2}-\\d{1,2}([Tt ].*)?|[-+]?\\d[\\d_]*(:[0-5]?\\d)+(\\.[\\d_]*)?");

  private ReadableValues() {}

  /** The serializers for plain numbers and dates. */
  static SimpleModule module() {
    SimpleModule module = new SimpleModule("crm-strategy-readable-values");
    module.addSerializer(Double.class, new PlainDouble());
    module.addSerializer(double.class, new PlainDouble());
    module.addSerializer(OptionalDouble.class, new PlainOptionalDouble());
    module.addSerializer(LocalDate.class, new IsoDate());
    return module;
  }

  /** Quotes what the default checker quotes, plus strings that look like dates or times. */
  static StringQuotingChecker quotingChecker() {
    return new StringQuotingChecker.Default() {
      private static final long serialVersionUID = 1L;

      @Override
      public boolean needToQuoteValue(String value) {
        return super.needToQuoteValue(value) || YAML11_SCALAR.matcher(value).matches();
      }
    };
  }

  private static void writePlain(double value, JsonGenerator gen) throws IOException {
    if (Double.isFinite(value)) {
      gen.writeNumber(Numbers.plain(value));
    } else {
      gen.writeNumber(value);
    }
  }

  private static final class PlainDouble extends StdSerializer<Double> {
    private static final long serialVersionUID = 1L;

    PlainDouble() {
      super(Double.class);
    }

    @Override
    public void serialize(Double value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      writePlain(value, gen);
    }
  }

  private static final class PlainOptionalDouble extends StdSerializer<OptionalDouble> {
    private static final long serialVersionUID = 1L;

    PlainOptionalDouble() {
      super(OptionalDouble.class);
    }

    @Override
    public boolean isEmpty(SerializerProvider provider, OptionalDouble value) {
      return value == null || value.isEmpty();
    }

    @Override
    public void serialize(OptionalDouble value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      if (value.isPresent()) {
        writePlain(value.getAsDouble(), gen);
      } else {
        gen.writeNull();
      }
    }
  }

  private static final class IsoDate extends StdSerializer<LocalDate> {
    private static final long serialVersionUID = 1L;

    IsoDate() {
      super(LocalDate.class);
    }

    @Override
    public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      if (gen instanceof YAMLGenerator) {
        // A bare scalar, as people write dates in YAML; the reader takes it as text.
        gen.writeNumber(value.toString());
      } else {
        gen.writeString(value.toString());
      }
    }
  }
}
