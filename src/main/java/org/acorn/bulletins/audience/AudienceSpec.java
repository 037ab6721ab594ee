package org.acorn.bulletins.audience;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a bulletin goes to, as stored: "all", "district-3", "term-12" (a theme or ECM outcome), "representatives",
 * "management", "body-5" (a body's seat holders), "development", "list-Commissioners" (a manual list).
 */
public record AudienceSpec(Kind kind, Long id, String list) {

    public enum Kind { ALL, DISTRICT, TERM, REPRESENTATIVES, MANAGEMENT, BODY, DEVELOPMENT, LIST }

    private static final Pattern SHAPE = Pattern.compile("(all|representatives|management|development)"
            + "|(district|term|body)-(\\d{1,18})|list-([\\p{L}\\p{N} '&()-]{1,60})");

    public static Optional<AudienceSpec> parse(String s) {
        if (s == null) return Optional.empty();
        Matcher m = SHAPE.matcher(s.strip());
        if (!m.matches()) return Optional.empty();
        if (m.group(1) != null) {
            return Optional.of(new AudienceSpec(switch (m.group(1)) {
                case "all" -> Kind.ALL;
                case "representatives" -> Kind.REPRESENTATIVES;
                case "management" -> Kind.MANAGEMENT;
                default -> Kind.DEVELOPMENT;
            }, null, null));
        }
        if (m.group(2) != null) {
            Kind k = switch (m.group(2)) {
                case "district" -> Kind.DISTRICT;
                case "term" -> Kind.TERM;
                default -> Kind.BODY;
            };
            return Optional.of(new AudienceSpec(k, Long.valueOf(m.group(3)), null));
        }
        return Optional.of(new AudienceSpec(Kind.LIST, null, m.group(4).strip()));
    }

    public String format() {
        return switch (kind) {
            case ALL -> "all";
            case REPRESENTATIVES -> "representatives";
            case MANAGEMENT -> "management";
            case DEVELOPMENT -> "development";
            case DISTRICT -> "district-" + id;
            case TERM -> "term-" + id;
            case BODY -> "body-" + id;
            case LIST -> "list-" + list;
        };
    }
}
