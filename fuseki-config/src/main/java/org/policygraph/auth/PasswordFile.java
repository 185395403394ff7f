package org.policygraph.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Set;

/**
 * The file that keeps the admin password when {@value AdminCredentials#PASSWORD_VARIABLE} is not
 * set: {@code $XDG_CONFIG_HOME/policygraph/password}, else {@code ~/.config/policygraph/password},
 * outside any checkout so it is never committed. Created on first use with a random password,
 * readable by its owner only (mode 600, its folder 700).
 */
public final class PasswordFile {
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int LENGTH = 24;

    private final Path path;

    public PasswordFile(Path path) {
        this.path = path.toAbsolutePath();
    }

    /** The default place, from the environment's {@code XDG_CONFIG_HOME} or {@code HOME}. */
    public static PasswordFile inConfigHome(Map<String, String> environment) {
        String xdg = environment.get("XDG_CONFIG_HOME");
        Path configHome;
        if (xdg != null && !xdg.isBlank()) {
            configHome = Path.of(xdg);
        } else {
            String home = environment.getOrDefault("HOME", System.getProperty("user.home"));
            configHome = Path.of(home, ".config");
        }
        return new PasswordFile(configHome.resolve("policygraph").resolve("password"));
    }

    public Path path() {
        return path;
    }

    /** The password, and whether this call made the file. */
    public record Read(String password, boolean created) {
        @Override
        public String toString() {
            return "Read[created=" + created + "]";
        }
    }

    /** Reads the password (first line, trimmed), creating the file with a new random one if there is none. */
    public Read readOrCreate() {
        try {
            if (!Files.exists(path)) {
                String password = randomPassword();
                if (create(password)) return new Read(password, true);
                // another process made it between our look and our write: use theirs
            }
            String password = Files.readString(path, StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
            if (password.isEmpty()) throw new IllegalStateException("the password file " + path + " is empty; delete it to get a new password");
            return new Read(password, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the password file " + path, e);
        }
    }

    private boolean create(String password) throws IOException {
        Path folder = path.getParent();
        boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (!Files.isDirectory(folder)) {
            if (posix) Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            else Files.createDirectories(folder);
        }
        try {
            // created with its final permissions, so the password is never readable by others, even briefly
            if (posix) Files.createFile(path, PosixFilePermissions.asFileAttribute(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE)));
            else Files.createFile(path);
        } catch (FileAlreadyExistsException e) {
            return false;
        }
        Files.writeString(path, password + "\n", StandardCharsets.UTF_8);
        return true;
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        return sb.toString();
    }
}
