package vn.hoctap.lrs.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import vn.hoctap.lrs.validation.XapiVersion;

/**
 * The xAPI version each credential last named in {@code X-Experience-API-Version}, so that the 400 answering one of
 * its requests that names none (or an unsupported one) announces the version that client speaks: nothing else in
 * such a request tells. Remembered on this node for the most recently active {@value #REMEMBERED} credentials;
 * a credential not remembered gets {@code hoctap.lrs.unversioned-answer}. Thread-safe.
 */
@ApplicationScoped
public class SpokenVersions {

    static final int REMEMBERED = 10_000;

    private final Map<String, XapiVersion> byKey = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, XapiVersion> eldest) {
                    return size() > REMEMBERED;
                }
            });

    /** Records that the credential {@code key} made a request naming {@code version}. */
    public void spoke(String key, XapiVersion version) {
        if (byKey.get(key) != version) {
            byKey.put(key, version);
        }
    }

    /** The version the credential {@code key} last named, if it is remembered. */
    public Optional<XapiVersion> lastSpokenBy(String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(byKey.get(key));
    }
}
