package org.clusterwright.database;

import org.clusterwright.secrets.Secret;

import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What Clusterwright hands a JDBC driver to reach the product's database. The URL never holds the password, so it
 * can be logged and shown; user and password travel in {@link #properties()}, as Microsoft's and pgjdbc's security
 * guidance both ask.
 */
public final class JdbcTarget {
    private final String url;
    private final Properties properties;
    private final List<String> notes;

    JdbcTarget(String url, Properties properties, List<String> notes) {
        this.url = url;
        this.properties = copy(properties);
        this.notes = List.copyOf(notes);
    }

    public String url() {
        return url;
    }

    /** A copy, so a caller that adds driver settings cannot change this target. */
    public Properties properties() {
        return copy(properties);
    }

    /** Where the test connection may behave differently from the product, for the person reading the result. */
    public List<String> notes() {
        return notes;
    }

    /** The URL and every property, sorted, with the password shown as {@value Secret#MASK}. */
    public String describeMasked() {
        TreeMap<String, String> shown = new TreeMap<>();
        for (String name : properties.stringPropertyNames()) {
            boolean secret = name.toLowerCase(Locale.ROOT).contains("password");
            shown.put(name, secret ? Secret.MASK : properties.getProperty(name));
        }
        return url + " " + shown;
    }

    @Override
    public String toString() {
        return describeMasked();
    }

    private static Properties copy(Properties from) {
        Properties to = new Properties();
        for (String name : from.stringPropertyNames()) {
            to.setProperty(name, from.getProperty(name));
        }
        return to;
    }
}
