package nl.pmg.planner.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginTargetTest {

    @Test
    void goesBackOnlyToAPathOnThisSite() {
        assertThat(LoginTarget.isLocalPath("/gemeente/GM0983")).isTrue();
        assertThat(LoginTarget.isLocalPath("/?lat=51.44&lng=5.48&z=12")).isTrue();
        assertThat(LoginTarget.isLocalPath("//evil.example/")).isFalse();
        assertThat(LoginTarget.isLocalPath("/\\evil.example")).isFalse();
        assertThat(LoginTarget.isLocalPath("https://evil.example")).isFalse();
        assertThat(LoginTarget.isLocalPath("javascript:alert(1)")).isFalse();
        assertThat(LoginTarget.isLocalPath(null)).isFalse();
        assertThat(LoginTarget.isLocalPath("/gemeente/GM0983\r\nSet-Cookie: x")).isFalse();
    }
}
