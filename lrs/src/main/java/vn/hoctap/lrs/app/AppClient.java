package vn.hoctap.lrs.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * Marks resources only app clients may call: an active LRS credential with the scope {@code app}, signed in with
 * HTTP Basic (key and secret). {@link AppClientFilter} enforces it; resources read the credential with
 * {@link AppClientFilter#credential(jakarta.ws.rs.container.ContainerRequestContext)}.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AppClient {
}
