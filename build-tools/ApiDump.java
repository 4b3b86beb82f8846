import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Lists the public API of one module and compares it with the module's checked-in API file.
 *
 * <p>Run by the build in the verify phase of each module (see the {@code api-check} profile of the parent POM), as
 * {@code java -classpath <the module's compile class path> ApiDump.java <artifactId> <classes directory> <API file>
 * <update>}. The API is every public or protected type outside {@code .internal} packages whose enclosing types are
 * public or protected too, with its public and protected fields, constructors and methods, one line each, written
 * with generic types and in a fixed order so that the file only changes when the API does. With update
 * {@code true} the file is rewritten; otherwise a difference fails with the lines that differ and the command that
 * regenerates the file. Uses the JDK only; the same file results on every JDK from 17 on.
 */
public final class ApiDump {

    private static final String REGENERATE = "./scripts/update-api (or mvn verify -Dapi.update)";

    private ApiDump() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: java ApiDump.java <artifactId> <classes directory> <API file> <update: true|false>");
            System.exit(2);
        }
        String module = args[0];
        Path classes = Path.of(args[1]);
        Path apiFile = Path.of(args[2]);
        boolean update = args[3].isEmpty() || Boolean.parseBoolean(args[3]);
        Path shown = shown(apiFile);

        String api = dump(module, classes);
        if (update) {
            if (!Files.exists(apiFile) || !Files.readString(apiFile, StandardCharsets.UTF_8).equals(api)) {
                Files.createDirectories(apiFile.getParent());
                Files.writeString(apiFile, api, StandardCharsets.UTF_8);
                System.out.println("[api] wrote " + shown);
            } else {
                System.out.println("[api] " + shown + " is up to date");
            }
            return;
        }
        if (!Files.exists(apiFile)) {
            System.err.println("[api] " + module + " has no API file " + shown + "; run " + REGENERATE
                    + " and commit " + shown);
            System.exit(1);
        }
        String expected = Files.readString(apiFile, StandardCharsets.UTF_8);
        if (expected.equals(api)) {
            System.out.println("[api] public API of " + module + " matches " + shown);
            return;
        }
        System.err.println("[api] public API of " + module + " differs from " + shown + " (- only in the file, + only in the code):");
        diff(expected, api).forEach(line -> System.err.println("[api]   " + line));
        System.err.println("[api] public API of " + module + " changed; run " + REGENERATE + " and commit " + shown);
        System.exit(1);
    }

    /** The API file's path relative to the directory above the module, as a developer types it. */
    private static Path shown(Path apiFile) {
        Path absolute = apiFile.toAbsolutePath().normalize();
        Path root = absolute.getParent().getParent().getParent();
        return root == null ? absolute : root.relativize(absolute);
    }

    /**
     * What differs, type by type: a type only in the file ("- type"), only in the code ("+ type"), or the members
     * only in one of them, under their type's line. At most 40 lines.
     */
    private static List<String> diff(String expected, String actual) {
        Map<String, List<String>> before = parse(expected);
        Map<String, List<String>> after = parse(actual);
        List<String> lines = new ArrayList<>();
        Set<String> types = new LinkedHashSet<>(before.keySet());
        types.addAll(after.keySet());
        for (String type : types) {
            if (!after.containsKey(type)) {
                lines.add("- " + type);
            } else if (!before.containsKey(type)) {
                lines.add("+ " + type);
            } else {
                List<String> members = new ArrayList<>();
                before.get(type).stream().filter(m -> !after.get(type).contains(m)).forEach(m -> members.add("    - " + m));
                after.get(type).stream().filter(m -> !before.get(type).contains(m)).forEach(m -> members.add("    + " + m));
                if (!members.isEmpty()) {
                    lines.add("  " + type);
                    lines.addAll(members);
                }
            }
        }
        if (lines.isEmpty()) {
            lines.add("(the same types and members, in another order or layout)");
        }
        if (lines.size() > 40) {
            int more = lines.size() - 40;
            lines.subList(40, lines.size()).clear();
            lines.add("... and " + more + " more lines");
        }
        return lines;
    }

    /** An API file's types (their header lines), each with its members. */
    private static Map<String, List<String>> parse(String api) {
        Map<String, List<String>> types = new LinkedHashMap<>();
        List<String> members = new ArrayList<>();
        for (String line : api.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("  ")) {
                members.add(line.strip());
            } else {
                members = new ArrayList<>();
                types.put(line, members);
            }
        }
        return types;
    }

    static String dump(String module, Path classes) throws IOException, ClassNotFoundException {
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(classes)) {
            try (Stream<Path> files = Files.walk(classes)) {
                files.filter(f -> f.toString().endsWith(".class"))
                        .map(f -> classes.relativize(f).toString())
                        .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
                        .filter(n -> !n.endsWith("package-info") && !n.equals("module-info"))
                        .forEach(names::add);
            }
        }
        names.sort(null);
        StringBuilder out = new StringBuilder();
        out.append("# Public API of ").append(module)
                .append(": public and protected types and members outside .internal packages.\n")
                .append("# Checked by mvn verify; regenerate with ").append(REGENERATE).append(".\n");
        ClassLoader loader = ClassLoader.getSystemClassLoader();
        for (String name : names) {
            Class<?> type = Class.forName(name, false, loader);
            if (!visible(type) || type.getPackageName().matches("(.*\\.)?internal(\\..*)?")) {
                continue;
            }
            out.append('\n').append(deprecated(type)).append(header(type)).append('\n');
            if (type.isAnnotation()) {
                out.append(annotationMeta(type));
            }
            List<String> members = new ArrayList<>();
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                if (visible(constructor)) {
                    members.add("1 " + deprecated(constructor) + modifiers(constructor.getModifiers(), type, constructor)
                            + typeParameters(constructor.getTypeParameters()) + type.getSimpleName()
                            + parameters(constructor) + exceptions(constructor));
                }
            }
            // the type's own fields and methods, then those a public type inherits from a hidden (package-private)
            // superclass: they are API of the public type, and the javadoc shows them there too
            Set<String> signatures = new java.util.HashSet<>();
            for (Class<?> owner = type; owner != null && (owner == type || !visible(owner));
                    owner = owner.getSuperclass()) {
                String from = owner == type ? "" : " (inherited from " + owner.getName() + ")";
                for (Field field : owner.getDeclaredFields()) {
                    if (visible(field) && signatures.add(field.getName())) {
                        members.add("0 " + deprecated(field) + modifiers(field.getModifiers(), owner, field)
                                + typeName(field.getGenericType()) + " " + field.getName() + from);
                    }
                }
                for (Method method : owner.getDeclaredMethods()) {
                    if (visible(method) && !method.isBridge()
                            && signatures.add(method.getName() + Arrays.toString(method.getParameterTypes()))) {
                        members.add("2 " + deprecated(method) + modifiers(method.getModifiers(), owner, method)
                                + typeParameters(method.getTypeParameters()) + typeName(method.getGenericReturnType())
                                + " " + method.getName() + parameters(method) + exceptions(method) + from);
                    }
                }
            }
            members.sort(null);
            members.forEach(member -> out.append("  ").append(member.substring(2)).append('\n'));
        }
        return out.toString();
    }

    private static String deprecated(java.lang.reflect.AnnotatedElement element) {
        return element.isAnnotationPresent(Deprecated.class) ? "@Deprecated " : "";
    }

    /** Where an annotation may be used and how long it is kept: part of its contract. */
    private static String annotationMeta(Class<?> type) {
        StringBuilder lines = new StringBuilder();
        java.lang.annotation.Retention retention = type.getAnnotation(java.lang.annotation.Retention.class);
        lines.append("  @Retention ").append(retention == null ? "CLASS" : retention.value().name()).append('\n');
        java.lang.annotation.Target target = type.getAnnotation(java.lang.annotation.Target.class);
        if (target != null) {
            lines.append("  @Target ").append(Arrays.stream(target.value()).map(Enum::name).sorted()
                    .collect(Collectors.joining(", "))).append('\n');
        }
        if (type.isAnnotationPresent(java.lang.annotation.Inherited.class)) {
            lines.append("  @Inherited\n");
        }
        return lines.toString();
    }

    private static boolean visible(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
            if (t.isAnonymousClass() || t.isLocalClass() || t.isSynthetic()
                    || (t.getModifiers() & (Modifier.PUBLIC | Modifier.PROTECTED)) == 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean visible(Member member) {
        return !member.isSynthetic() && (member.getModifiers() & (Modifier.PUBLIC | Modifier.PROTECTED)) != 0;
    }

    private static String header(Class<?> type) {
        StringBuilder line = new StringBuilder();
        int mods = type.getModifiers();
        line.append(Modifier.isPublic(mods) ? "public " : "protected ");
        String kind;
        if (type.isAnnotation()) {
            kind = "@interface";
        } else if (type.isInterface()) {
            kind = "interface";
        } else if (type.isEnum()) {
            kind = "enum";
        } else if (type.isRecord()) {
            kind = "record";
        } else {
            kind = "class";
            if (Modifier.isAbstract(mods)) {
                line.append("abstract ");
            }
            if (Modifier.isStatic(mods) && type.getDeclaringClass() != null) {
                line.append("static ");
            }
            if (Modifier.isFinal(mods)) {
                line.append("final ");
            }
        }
        if (type.isSealed()) {
            line.append("sealed ");
        }
        line.append(kind).append(' ').append(type.getName()).append(typeParameters(type.getTypeParameters()).stripTrailing());
        Type superclass = type.getGenericSuperclass();
        if (kind.equals("class") && superclass != null && superclass != Object.class) {
            line.append(" extends ").append(typeName(superclass));
        }
        List<Type> interfaces = Arrays.stream(type.getGenericInterfaces())
                .filter(i -> !(type.isAnnotation() && i == java.lang.annotation.Annotation.class))
                .collect(Collectors.toList());
        if (!interfaces.isEmpty()) {
            line.append(type.isInterface() ? " extends " : " implements ")
                    .append(interfaces.stream().map(ApiDump::typeName).collect(Collectors.joining(", ")));
        }
        return line.toString();
    }

    /** The modifiers that are API: visibility, static, abstract (not in interfaces), default, final. */
    private static String modifiers(int mods, Class<?> owner, Member member) {
        StringBuilder line = new StringBuilder(Modifier.isPublic(mods) ? "public " : "protected ");
        if (Modifier.isStatic(mods)) {
            line.append("static ");
        }
        if (member instanceof Method && ((Method) member).isDefault()) {
            line.append("default ");
        }
        if (Modifier.isAbstract(mods) && !owner.isInterface()) {
            line.append("abstract ");
        }
        if (Modifier.isFinal(mods) && !(member instanceof Field && owner.isInterface())) {
            line.append("final ");
        }
        return line.toString();
    }

    private static String typeParameters(TypeVariable<?>[] variables) {
        if (variables.length == 0) {
            return "";
        }
        return Arrays.stream(variables).map(v -> {
            List<Type> bounds = Arrays.stream(v.getBounds()).filter(b -> b != Object.class).collect(Collectors.toList());
            return bounds.isEmpty() ? v.getName()
                    : v.getName() + " extends " + bounds.stream().map(ApiDump::typeName).collect(Collectors.joining(" & "));
        }).collect(Collectors.joining(", ", "<", "> "));
    }

    private static String parameters(Executable executable) {
        Type[] types = executable.getGenericParameterTypes();
        if (types.length != executable.getParameterCount()) {
            // inner-class constructors and enum constructors may leave out implicit parameters from generic types
            types = executable.getParameterTypes();
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            String name = typeName(types[i]);
            if (executable.isVarArgs() && i == types.length - 1 && name.endsWith("[]")) {
                name = name.substring(0, name.length() - 2) + "...";
            }
            names.add(name);
        }
        return names.stream().collect(Collectors.joining(", ", "(", ")"));
    }

    private static String exceptions(Executable executable) {
        Type[] thrown = executable.getGenericExceptionTypes();
        return thrown.length == 0 ? ""
                : " throws " + Arrays.stream(thrown).map(ApiDump::typeName).sorted().collect(Collectors.joining(", "));
    }

    /** A type as source would name it, with binary names for nested classes; the same text on every JDK. */
    private static String typeName(Type type) {
        if (type instanceof Class) {
            Class<?> c = (Class<?>) type;
            return c.isArray() ? typeName(c.getComponentType()) + "[]" : c.getName();
        }
        if (type instanceof ParameterizedType) {
            ParameterizedType p = (ParameterizedType) type;
            return typeName(p.getRawType()) + Arrays.stream(p.getActualTypeArguments()).map(ApiDump::typeName)
                    .collect(Collectors.joining(", ", "<", ">"));
        }
        if (type instanceof WildcardType) {
            WildcardType w = (WildcardType) type;
            if (w.getLowerBounds().length > 0) {
                return "? super " + typeName(w.getLowerBounds()[0]);
            }
            Type[] upper = w.getUpperBounds();
            return upper.length == 0 || upper[0] == Object.class ? "?" : "? extends " + typeName(upper[0]);
        }
        if (type instanceof GenericArrayType) {
            return typeName(((GenericArrayType) type).getGenericComponentType()) + "[]";
        }
        if (type instanceof TypeVariable) {
            return ((TypeVariable<?>) type).getName();
        }
        return type.getTypeName();
    }
}
