package vn.hoctap.lrs.store;

/** A credential just created or rotated, with its secret: the only moment the secret can be shown. */
public record IssuedCredential(Credential credential, String secret) {
}
