package org.chancery.cable.synth;

import org.chancery.cable.model.Cable;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/** Where two models differ, component by component (a readable failure instead of two huge toStrings). */
final class Differences {

    private Differences() {
    }

    static String between(Cable expected, Cable actual) {
        List<String> out = new ArrayList<>();
        walk("cable", expected, actual, out);
        return String.join("\n", out);
    }

    private static void walk(String path, Object a, Object b, List<String> out) {
        if (a == null ? b == null : a.equals(b)) return;
        if (a != null && b != null && a.getClass() == b.getClass() && a.getClass().isRecord()) {
            for (RecordComponent c : a.getClass().getRecordComponents()) {
                try {
                    walk(path + "." + c.getName(), c.getAccessor().invoke(a), c.getAccessor().invoke(b), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return;
        }
        if (a instanceof List<?> la && b instanceof List<?> lb && la.size() == lb.size()) {
            for (int i = 0; i < la.size(); i++) walk(path + "[" + i + "]", la.get(i), lb.get(i), out);
            return;
        }
        out.add("  " + path + ":\n    generated " + a + "\n    read back " + b);
    }
}
