package vn.hoctap.authoring.identity.web;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import vn.hoctap.authoring.identity.Role;
import vn.hoctap.authoring.identity.UserAccounts;

/**
 * Signs staff users in (HTTP Basic, see the server's security configuration): the groups of a valid user are
 * their role names, which the web layer maps one-to-one to security roles.
 */
@ApplicationScoped
public class UserIdentityStore implements IdentityStore {

    @Inject
    UserDirectory directory;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login) || !UserAccounts.isPossibleUsername(login.getCaller())) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT; // another store's caller (an LRS key, say)
        }
        return directory.authenticate(login.getCaller(), login.getPassword().getValue())
                .map(user -> {
                    Set<String> groups = user.roles().stream().map(Role::roleName).collect(Collectors.toSet());
                    return new CredentialValidationResult(user.username(), groups);
                })
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    @Override
    public int priority() {
        return 10;
    }
}
