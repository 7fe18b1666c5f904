package vn.hoctap.lrs.web;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import vn.hoctap.lrs.store.CredentialSecrets;
import vn.hoctap.lrs.store.StoreAdministration;

/**
 * Signs in xAPI clients with the key and secret of an LRS credential (HTTP Basic). The caller name is the key;
 * the only group is {@value #GROUP}. Keys have a shape no staff username has, so other stores are not consulted.
 */
@ApplicationScoped
public class LrsCredentialIdentityStore implements IdentityStore {

    /** The group (and role) of every authenticated LRS credential. */
    public static final String GROUP = "xapi";

    @Inject
    StoreAdministration administration;

    @Inject
    SignedInCredential signedIn;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login) || !CredentialSecrets.looksLikeKey(login.getCaller())) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return administration.authenticate(login.getCaller(), login.getPasswordAsString())
                .map(valid -> {
                    remember(valid);
                    return new CredentialValidationResult(valid.key(), Set.of(GROUP));
                })
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    /** Keeps the credential for {@link XapiRequest} when a request scope is active (else it is looked up again). */
    private void remember(vn.hoctap.lrs.store.Credential valid) {
        try {
            signedIn.remember(valid);
        } catch (jakarta.enterprise.context.ContextNotActiveException noRequestScope) {
            // XapiRequest looks the credential up by key
        }
    }

    @Override
    public int priority() {
        return 5;
    }
}
