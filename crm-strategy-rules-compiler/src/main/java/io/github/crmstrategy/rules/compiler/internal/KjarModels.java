package io.github.crmstrategy.rules.compiler.internal;

import io.github.crmstrategy.rules.Reviewer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.drools.model.Model;

/**
 * The executable-model classes of a kjar built at run time (an analyst's rules), read from its
 * bytes: the models it lists, instantiated in a class loader of their own whose parent sees the
 * fact model and the built-in rules. No {@code KieContainer}: reading a kjar into one parses its
 * {@code kmodule.xml} (XStream) and copies every entry into an in-memory file system, which is most
 * of what a compiled-rules cache hit used to cost.
 */
final class KjarModels {
  private static final String MODEL_LIST = "/drools-model";
  private static final String MODEL_VERSION_HEADER = "Drools-Model-Version:";

  private final ClassLoader loader;
  private final List<Model> models;

  private KjarModels(ClassLoader loader, List<Model> models) {
    this.loader = loader;
    this.models = models;
  }

  /** The class loader of the kjar's classes. */
  ClassLoader loader() {
    return loader;
  }

  /** The kjar's models, instantiated. */
  List<Model> models() {
    return models;
  }

  /**
   * Reads {@code kjar}: its entries, the model list ({@code
   * META-INF/kie/GROUP/ARTIFACT/drools-model} as the executable-model build writes it) and the
   * models it names.
   *
   * @throws IOException when the bytes are not a zip file
   * @throws IllegalStateException when there is no model list, or a listed class is missing or not
   *     a model
   * @throws LinkageError when a class of the kjar does not link
   */
  static KjarModels read(byte[] kjar) throws IOException {
    Map<String, byte[]> entries = new HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(kjar))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (!e.isDirectory()) {
          entries.put(e.getName(), zip.readAllBytes());
        }
      }
    }
    String list =
        entries.keySet().stream()
            .filter(n -> n.startsWith("META-INF/kie/") && n.endsWith(MODEL_LIST))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("the kjar lists no executable model"));
    List<String> lines =
        new String(entries.get(list), StandardCharsets.UTF_8)
            .lines()
            .map(String::strip)
            .filter(l -> !l.isEmpty())
            .toList();
    if (lines.isEmpty() || !lines.get(0).startsWith(MODEL_VERSION_HEADER)) {
      throw new IllegalStateException("malformed " + list + ": no " + MODEL_VERSION_HEADER);
    }
    EntryClassLoader loader = new EntryClassLoader(entries, parent());
    List<Model> models = new ArrayList<>();
    for (String className : lines.subList(1, lines.size())) {
      try {
        Object model =
            Class.forName(className, true, loader).getDeclaredConstructor().newInstance();
        if (!(model instanceof Model m)) {
          throw new IllegalStateException(className + " is not an executable model");
        }
        models.add(m);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot load model " + className + ": " + e, e);
      }
    }
    return new KjarModels(loader, List.copyOf(models));
  }

  /**
   * The thread's class loader when it sees the same rules classes (an application's own classes,
   * which an analyst's rules may import, are there), else the rules' own. The rules classes are
   * recognised by the public {@link Reviewer}, which the rules jar defines beside the built-in
   * model (the compiler module uses the rules' API only).
   */
  private static ClassLoader parent() {
    ClassLoader rules = Reviewer.class.getClassLoader();
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    if (context == null || context == rules) {
      return rules;
    }
    try {
      return Class.forName(Reviewer.class.getName(), false, context) == Reviewer.class
          ? context
          : rules;
    } catch (ClassNotFoundException | LinkageError e) {
      return rules;
    }
  }

  /** Defines the kjar's classes from its entries, and serves its other entries as resources. */
  private static final class EntryClassLoader extends ClassLoader {
    static {
      registerAsParallelCapable();
    }

    private final Map<String, byte[]> entries;

    EntryClassLoader(Map<String, byte[]> entries, ClassLoader parent) {
      super("crm-strategy-compiled-rules", parent);
      this.entries = entries;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] bytes = entries.get(name.replace('.', '/') + ".class");
      if (bytes == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, bytes, 0, bytes.length);
    }

    @Override
    public InputStream getResourceAsStream(String name) {
      InputStream parentStream = super.getResourceAsStream(name);
      if (parentStream != null) {
        return parentStream;
      }
      byte[] bytes = entries.get(name.startsWith("/") ? name.substring(1) : name);
      return bytes == null ? null : new ByteArrayInputStream(bytes);
    }

    @Override
    public String toString() {
      return "crm-strategy-compiled-rules[" + entries.size() + " entries]";
    }
  }
}
