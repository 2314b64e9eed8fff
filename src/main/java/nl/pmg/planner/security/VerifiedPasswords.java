package nl.pmg.planner.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt, with successful checks remembered for a few minutes: HTTP Basic checks the password on
 * every API request, and a BCrypt round per request would dominate response times. Only SHA-256
 * digests of (password, hash) are kept; a changed hash never matches an old entry.
 */
final class VerifiedPasswords implements PasswordEncoder {

    private static final long TTL_MILLIS = 5 * 60 * 1000L;
    private static final int MAX_ENTRIES = 10_000;

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
    private final Map<String, Long> verified = new ConcurrentHashMap<>();

    @Override
    public String encode(CharSequence raw) {
        return bcrypt.encode(raw);
    }

    @Override
    public boolean matches(CharSequence raw, String encoded) {
        if (raw == null || encoded == null) {
            return false;
        }
        String key = digest(raw + "\u0000" + encoded);
        Long until = verified.get(key);
        long now = System.currentTimeMillis();
        if (until != null && until > now) {
            return true;
        }
        boolean ok = bcrypt.matches(raw, encoded);
        if (ok) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
            verified.put(key, now + TTL_MILLIS);
        }
        return ok;
    }

    private static String digest(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
