package vn.cdtt.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/** The installation's VAPID key pair (base64url, uncompressed P-256 point and private scalar); one row, id 1. */
@Entity
@Table(name = "push_vapid_key")
public class VapidKey {

    static final long ID = 1L;

    @Id
    private Long id;

    @Column(name = "public_key", nullable = false)
    @Size(max = 200)
    private String publicKey;

    @Column(name = "private_key", nullable = false)
    @Size(max = 200)
    private String privateKey;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected VapidKey() {
    }

    VapidKey(String publicKey, String privateKey, LocalDateTime createdAt) {
        this.id = ID;
        this.publicKey = publicKey;
        this.privateKey = privateKey;
        this.createdAt = createdAt;
    }

    public String getPublicKey() {
        return publicKey;
    }

    String getPrivateKey() {
        return privateKey;
    }
}
