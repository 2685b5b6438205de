package vn.cdtt.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cdtt.common.FileSignature;
import vn.cdtt.common.InvalidInputException;

/**
 * Evidence files on disk, outside the web root (config {@code cdtt.evidence.dir}, env CDTT_EVIDENCE_DIR; by default
 * {@code cdtt-evidence} in the Payara domain), each under a random key. What a file is, is decided by its first
 * bytes, never by its name: JPEG, PNG or PDF, at most {@code cdtt.evidence.maxBytes} (5 MB by default).
 */
@ApplicationScoped
public class EvidenceStore {

    @Inject
    @ConfigProperty(name = "cdtt.evidence.dir")
    Optional<String> configuredDir;

    @Inject
    @ConfigProperty(name = "cdtt.evidence.maxBytes", defaultValue = "5242880")
    long maxBytes;

    /** The content type the bytes really have, or a refusal with a clear message. */
    public String check(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException("evidence.empty");
        }
        if (bytes.length > maxBytes) {
            throw new InvalidInputException("evidence.tooLarge", maxBytes / (1024 * 1024));
        }
        if (FileSignature.matches(bytes, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (FileSignature.matches(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (FileSignature.matches(bytes, '%', 'P', 'D', 'F', '-')) {
            return "application/pdf";
        }
        throw new InvalidInputException("evidence.type");
    }

    /** Stores the bytes under a new key. */
    public String save(byte[] bytes) {
        String key = UUID.randomUUID().toString();
        try {
            Path file = path(key);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return key;
    }

    public InputStream open(String key) throws IOException {
        return Files.newInputStream(path(key));
    }

    public void delete(String key) {
        try {
            Files.deleteIfExists(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long maxBytes() {
        return maxBytes;
    }

    private Path path(String key) {
        if (!key.matches("[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("not a storage key");
        }
        Path base = Path.of(configuredDir.orElseGet(() -> System.getProperty("com.sun.aas.instanceRoot", ".")
                + "/cdtt-evidence"));
        return base.resolve(key.substring(0, 2)).resolve(key);
    }
}
