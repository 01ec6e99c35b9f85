package org.chancery.archive.store;

import org.chancery.cable.Diagnostic;

import java.util.List;

/** Writes the little JSON the store keeps (diagnostics), so that the module needs no JSON library. */
final class Json {

    private Json() {
    }

    static String diagnostics(List<Diagnostic> diagnostics) {
        StringBuilder sb = new StringBuilder(2 + diagnostics.size() * 96).append('[');
        for (int i = 0; i < diagnostics.size(); i++) {
            Diagnostic d = diagnostics.get(i);
            if (i > 0) sb.append(',');
            sb.append("{\"rule\":");
            string(sb, d.rule());
            sb.append(",\"severity\":");
            string(sb, d.severity().name());
            sb.append(",\"line\":").append(d.line()).append(",\"column\":").append(d.column()).append(",\"message\":");
            string(sb, d.message());
            sb.append('}');
        }
        return sb.append(']').toString();
    }

    static void string(StringBuilder sb, String s) {
        if (s == null) {
            sb.append("null");
            return;
        }
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        sb.append('"');
    }
}
