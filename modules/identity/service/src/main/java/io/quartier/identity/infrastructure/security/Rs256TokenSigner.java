package io.quartier.identity.infrastructure.security;

import io.quartier.identity.application.TokenSigner;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs RS256 JWTs. The key pair is generated on first start and kept in the data folder, so tokens
 * survive restarts and no key is ever committed. Other services verify with the public key this
 * service serves.
 */
@ApplicationScoped
public class Rs256TokenSigner implements TokenSigner {

    private static final Logger LOG = Logger.getLogger(Rs256TokenSigner.class.getName());
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    @Inject
    @ConfigProperty(name = "identity.jwt.key-dir")
    String keyDir;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    /** Every service accepts only tokens meant for the platform's API ({@code mp.jwt.verify.audiences}). */
    @Inject
    @ConfigProperty(name = "mp.jwt.verify.audiences")
    String audience;

    private KeyPair keys;

    @PostConstruct
    void loadOrCreateKeys() {
        Path dir = Path.of(keyDir);
        Path privateFile = dir.resolve("jwt-private.pem");
        Path publicFile = dir.resolve("jwt-public.pem");
        try {
            if (!Files.exists(privateFile)) {
                Files.createDirectories(dir);
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                Path tmp = dir.resolve("jwt-private.pem.tmp");
                Files.writeString(tmp, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                restrict(tmp);
                Files.writeString(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                Files.move(tmp, privateFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                LOG.info(() -> "generated a new JWT key pair in " + dir.toAbsolutePath());
            }
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(der(Files.readString(privateFile))));
            PublicKey publicKey = rsa.generatePublic(new X509EncodedKeySpec(der(Files.readString(publicFile))));
            keys = new KeyPair(publicKey, privateKey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot load the JWT keys from " + dir, e);
        }
    }

    @Override
    public String publicKeyPem() {
        return pem("PUBLIC KEY", keys.getPublic().getEncoded());
    }

    @Override
    public String sign(String subject, String upn, Set<String> groups, Map<String, Object> claims, Instant expiresAt) {
        Instant now = Instant.now();
        JsonArrayBuilder groupArray = Json.createArrayBuilder();
        groups.forEach(groupArray::add);
        JsonObjectBuilder payload = Json.createObjectBuilder()
                .add("iss", issuer)
                .add("aud", audience)
                .add("sub", subject)
                .add("upn", upn)
                .add("groups", groupArray)
                .add("iat", now.getEpochSecond())
                .add("exp", expiresAt.getEpochSecond())
                .add("jti", UUID.randomUUID().toString());
        claims.forEach((name, value) -> {
            if (value instanceof Number n) {
                payload.add(name, n.longValue());
            } else if (value != null) {
                payload.add(name, value.toString());
            }
        });
        String header = Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").add("kid", "quartier")
                .build().toString();
        String signingInput = encode(header) + "." + encode(payload.build().toString());
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(keys.getPrivate());
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + URL.encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    private static String encode(String json) {
        return URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] der(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
    }

    private static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            LOG.warning(() -> "cannot restrict permissions of " + file + ": " + e);
        }
    }
}
