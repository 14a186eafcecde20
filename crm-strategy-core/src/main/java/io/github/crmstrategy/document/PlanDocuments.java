package io.github.crmstrategy.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.crmstrategy.model.PlanDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Reads and writes plan documents. TODO(helper A): strict, located errors, limits. */
public final class PlanDocuments {
  private PlanDocuments() {}

  static ObjectMapper mapper(DocumentFormat format) {
    ObjectMapper m =
        format == DocumentFormat.YAML ? new ObjectMapper(new YAMLFactory()) : new ObjectMapper();
    m.registerModule(new Jdk8Module())
        .registerModule(new JavaTimeModule())
        .registerModule(new GuavaModule());
    m.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    m.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    m.setDefaultPropertyInclusion(JsonInclude.Include.NON_EMPTY);
    return m;
  }

  /** Reads, parses and validates the document at {@code file}. */
  public static LoadedPlan read(Path file) throws IOException, InvalidPlanException {
    return read(Files.readString(file), file.toString(), DocumentFormat.of(file));
  }

  /** Parses and validates {@code content}; {@code source} names it in problems. */
  public static LoadedPlan read(String content, String source, DocumentFormat format)
      throws InvalidPlanException {
    try {
      PlanDocument plan = mapper(format).readValue(content, PlanDocument.class);
      List<Problem> problems = PlanValidator.validate(plan);
      if (!problems.isEmpty()) {
        throw new InvalidPlanException(source, problems);
      }
      return new LoadedPlan(source, plan, Map.of());
    } catch (IOException e) {
      throw new InvalidPlanException(
          source,
          List.of(Problem.of(io.github.crmstrategy.model.ElementPath.root(), e.getMessage(), "")));
    }
  }

  /** The document text of {@code plan} in {@code format}. */
  public static String write(PlanDocument plan, DocumentFormat format) {
    try {
      return mapper(format).writeValueAsString(plan);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
