package dev.carlot.app.server;

import dev.carlot.feature.Route;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Every route the server answers, to tell "no such path" (404) from "no such method on this
 * path" (405, with the methods that exist).
 */
public record RouteTable(List<Route> routes) {
    public RouteTable {
        routes = List.copyOf(routes);
    }

    /**
     * The methods some route offers for {@code path}, HEAD wherever GET is ({@link TemplateRules});
     * empty when no route matches it at all.
     */
    SortedSet<String> methodsFor(String path) {
        SortedSet<String> methods = new TreeSet<>();
        String[] segments = path.split("/", -1);
        for (Route route : routes) {
            if (matches(route.path().split("/", -1), segments)) {
                methods.add(route.method());
            }
        }
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        return methods;
    }

    private static boolean matches(String[] template, String[] segments) {
        if (template.length != segments.length) {
            return false;
        }
        for (int i = 0; i < template.length; i++) {
            boolean parameter = template[i].startsWith("{") && template[i].endsWith("}");
            if (parameter ? segments[i].isEmpty() : !template[i].equals(segments[i])) {
                return false;
            }
        }
        return true;
    }
}
