package org.accordex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.accordex.commitments.CommitmentExtractor;
import org.junit.jupiter.api.Test;

/**
 * HotSpot never compiles a method whose bytecode is over 8,000 bytes (the {@code DontCompileHugeMethods} limit): it runs
 * interpreted, many times slower, however hot it is. A rule method that grows past it costs the whole run without
 * showing in any one profile frame, so the limit is checked on the compiled classes.
 */
class CompiledMethodsTest {
    private static final int HUGE_METHOD_LIMIT = 8_000;

    @Test
    void noMethodIsTooLargeForTheJit() throws Exception {
        Path classes = Path.of(CommitmentExtractor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> huge = new ArrayList<>();
        int methods = 0;
        try (Stream<Path> files = Files.walk(classes.resolve("org/accordex"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    for (CodeLength method : codeLengths(new DataInputStream(in))) {
                        methods++;
                        // a class's static initializer runs once: interpreted, it costs nothing that matters
                        if (method.bytes() > HUGE_METHOD_LIMIT && !method.name().equals("<clinit>")) {
                            huge.add(classes.relativize(file) + " " + method.name() + ": " + method.bytes() + " bytes");
                        }
                    }
                }
            }
        }
        assertTrue(methods > 1_000, "read the main classes' methods: " + methods);
        assertEquals(List.of(), huge, "methods the JIT will not compile; split them");
    }

    private record CodeLength(String name, int bytes) {
    }

    /** Each method's name and bytecode length, read from a class file as the JVM specification (§4) lays it out. */
    private static List<CodeLength> codeLengths(DataInputStream in) throws IOException {
        in.readInt(); // magic
        in.readInt(); // minor and major version
        int constants = in.readUnsignedShort();
        String[] utf8 = new String[constants];
        for (int i = 1; i < constants; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
                case 15 -> in.skipNBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                case 5, 6 -> {
                    in.skipNBytes(8);
                    i++; // a long or a double takes two entries
                }
                default -> throw new IOException("unknown constant tag " + tag);
            }
        }
        in.skipNBytes(6); // access flags, this class, super class
        in.skipNBytes(2L * in.readUnsignedShort()); // interfaces
        int fields = in.readUnsignedShort();
        for (int f = 0; f < fields; f++) {
            in.skipNBytes(6);
            skipAttributes(in);
        }
        List<CodeLength> lengths = new ArrayList<>();
        int methods = in.readUnsignedShort();
        for (int m = 0; m < methods; m++) {
            in.skipNBytes(2);
            String name = utf8[in.readUnsignedShort()];
            in.skipNBytes(2);
            int attributes = in.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                String attribute = utf8[in.readUnsignedShort()];
                int length = in.readInt();
                if (attribute.equals("Code")) {
                    in.skipNBytes(4); // max stack, max locals
                    int code = in.readInt();
                    lengths.add(new CodeLength(name, code));
                    in.skipNBytes(length - 8L);
                } else {
                    in.skipNBytes(length);
                }
            }
        }
        return lengths;
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
            in.skipNBytes(2);
            in.skipNBytes(Integer.toUnsignedLong(in.readInt()));
        }
    }
}
