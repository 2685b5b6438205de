package vn.cdtt.notification;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.Security;
import java.util.Base64;
import nl.martijndwars.webpush.Utils;
import org.bouncycastle.jce.ECNamedCurveTable;
import org.bouncycastle.jce.interfaces.ECPrivateKey;
import org.bouncycastle.jce.interfaces.ECPublicKey;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import vn.cdtt.common.VietnamTime;

/**
 * The installation's VAPID keys: made once with BouncyCastle (as the web-push library's own key generator does) the
 * first time they are needed, stored in the database (push_vapid_key), never in the repository or configuration.
 *
 * <p>The web-push library asks the JVM for the provider named "BC". Security providers are JVM-wide while this
 * BouncyCastle lives in the application's class loader: a provider left by an earlier deployment would hand out
 * keys of classes this deployment cannot cast, so an older one is replaced and ours is removed on undeploy.
 */
@Singleton
public class PushKeys {

    /** base64url public key (uncompressed P-256 point, what browsers take as applicationServerKey) and private key. */
    public record Keys(String publicKey, String privateKey) {
    }

    @PersistenceContext
    EntityManager em;

    private Keys keys;

    @Lock(LockType.WRITE)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Keys keys() {
        useBouncyCastle();
        if (keys == null) {
            VapidKey stored = em.find(VapidKey.class, VapidKey.ID);
            if (stored == null) {
                stored = generate();
                em.persist(stored);
                em.flush();
            }
            keys = new Keys(stored.getPublicKey(), stored.getPrivateKey());
        }
        return keys;
    }

    private static VapidKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("ECDH", BouncyCastleProvider.PROVIDER_NAME);
            generator.initialize(ECNamedCurveTable.getParameterSpec(Utils.CURVE));
            KeyPair pair = generator.generateKeyPair();
            Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
            return new VapidKey(b64.encodeToString(Utils.encode((ECPublicKey) pair.getPublic())),
                    b64.encodeToString(Utils.encode((ECPrivateKey) pair.getPrivate())), VietnamTime.now());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot make the VAPID keys", e);
        }
    }

    static synchronized void useBouncyCastle() {
        Provider present = Security.getProvider(BouncyCastleProvider.PROVIDER_NAME);
        if (present != null && present.getClass() != BouncyCastleProvider.class) {
            Security.removeProvider(BouncyCastleProvider.PROVIDER_NAME);   // an earlier deployment's
            present = null;
        }
        if (present == null) {
            Security.addProvider(new BouncyCastleProvider());
        }
    }

    @PreDestroy
    void forgetBouncyCastle() {
        Provider present = Security.getProvider(BouncyCastleProvider.PROVIDER_NAME);
        if (present != null && present.getClass() == BouncyCastleProvider.class) {
            Security.removeProvider(BouncyCastleProvider.PROVIDER_NAME);
        }
    }
}
