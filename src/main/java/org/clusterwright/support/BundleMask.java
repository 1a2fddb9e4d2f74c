package org.clusterwright.support;

import org.clusterwright.secrets.KnownSecrets;
import org.clusterwright.secrets.Secret;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The support bundle's last check before anything is written: every known secret, in each form it may be written
 * in, is looked for in every file of the bundle and replaced by a mask, and each replacement is counted under the
 * secret's name so the bundle and the person making it are told. Only exact values are masked: the files were each
 * written through their own mask already, and the ids and fingerprints support needs stay readable.
 */
final class BundleMask {
    static final String MASK = "[secret masked]";
    /** What a value registered with {@link KnownSecrets} but not named by the profile is called. */
    static final String UNNAMED = "another secret this session held";

    private record Form(String secret, String text) {
    }

    private final List<Form> forms;
    private final List<SupportBundle.Found> found = new ArrayList<>();

    private BundleMask(List<Form> forms) {
        this.forms = forms;
    }

    /** The profile's secrets by name, and every other secret this process knows. */
    static BundleMask of(Map<String, Secret> named) {
        Map<String, String> byForm = new LinkedHashMap<>();
        named.forEach((name, secret) -> KnownSecrets.formsOf(secret.reveal()).forEach(form -> byForm.putIfAbsent(form, name)));
        KnownSecrets.values().forEach(form -> byForm.putIfAbsent(form, UNNAMED));
        List<Form> forms = new ArrayList<>();
        byForm.forEach((text, name) -> {
            if (text.length() >= 4) {
                forms.add(new Form(name, text));
            }
        });
        forms.sort(Comparator.comparingInt((Form form) -> form.text().length()).reversed());
        return new BundleMask(forms);
    }

    int secretsLookedFor() {
        return (int) forms.stream().map(Form::secret).distinct().count();
    }

    /** {@code text} of the bundle's file {@code entry}, each known secret in it masked and counted. */
    String apply(String entry, String text) {
        String result = text;
        Map<String, Integer> times = new LinkedHashMap<>();
        for (Form form : forms) {
            int count = occurrences(result, form.text());
            if (count > 0) {
                result = result.replace(form.text(), MASK);
                times.merge(form.secret(), count, Integer::sum);
            }
        }
        times.forEach((secret, count) -> found.add(new SupportBundle.Found(entry, secret, count)));
        return result;
    }

    List<SupportBundle.Found> found() {
        return List.copyOf(found);
    }

    private static int occurrences(String text, String value) {
        int count = 0;
        for (int at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + value.length())) {
            count++;
        }
        return count;
    }
}
