package vn.hoctap.lrs.web;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import vn.hoctap.lrs.store.Credential;

/**
 * The LRS credential the identity store signed this request in with, so {@link XapiRequest} does not look it
 * up a second time. Empty when the container signed the request in some other way (then it is looked up).
 */
@RequestScoped
public class SignedInCredential {

    private Credential credential;

    void remember(Credential signedIn) {
        this.credential = signedIn;
    }

    /** The credential signed in with this key during this request, if any. */
    Optional<Credential> withKey(String key) {
        return Optional.ofNullable(credential).filter(c -> c.key().equals(key));
    }
}
