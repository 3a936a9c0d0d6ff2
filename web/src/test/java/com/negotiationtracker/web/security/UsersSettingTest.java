package com.negotiationtracker.web.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The users a tracker starts with: read from {@code tracker.users}, generated, or refused. */
class UsersSettingTest {

    private final SecurityConfiguration security = new SecurityConfiguration();
    private final PasswordEncoder encoder = security.passwordEncoder();

    @TempDir
    Path dataDir;

    @Test
    void users_are_read_from_the_setting_with_their_roles_and_a_password_may_hold_colons() {
        List<UserEntry> users = UserEntry.parse(" ana:pass:word:with:colons:EDITOR ;\n bo:{bcrypt}$2a$04$x:reader; ");

        assertThat(users).extracting(UserEntry::name).containsExactly("ana", "bo");
        assertThat(users).extracting(UserEntry::role).containsExactly(Role.EDITOR, Role.READER);
        assertThat(users.get(0).password()).isEqualTo("pass:word:with:colons");
        assertThat(users.get(0).encoded()).isFalse();
        assertThat(users.get(1).encoded()).isTrue();
    }

    @Test
    void a_faulty_entry_is_named_by_its_position_and_user_and_its_password_is_not_repeated() {
        assertThatThrownBy(() -> UserEntry.parse("ana:secret-one-two:EDITOR;bo:secret-three-four:OWNER"))
                .isInstanceOf(InvalidUsers.class)
                .hasMessageContaining("entry 2").hasMessageContaining("'bo'").hasMessageContaining("OWNER")
                .hasMessageContaining("READER, AUDITOR, EDITOR, ADMIN")
                .hasMessageNotContaining("secret-three-four");
        assertThatThrownBy(() -> UserEntry.parse("ana::EDITOR"))
                .hasMessageContaining("entry 1").hasMessageContaining("empty password");
        assertThatThrownBy(() -> UserEntry.parse("ana-without-role"))
                .hasMessageContaining("name:password:ROLE");
        assertThatThrownBy(() -> UserEntry.parse("ana:first-password:EDITOR;ana:second-password:READER"))
                .hasMessageContaining("repeats the user 'ana'");
    }

    @Test
    void only_hashes_of_the_passwords_are_kept() {
        UserDetailsService users = users(new MockEnvironment()
                .withProperty("tracker.users", "ana:a-long-plain-password:EDITOR"));

        UserDetails ana = users.loadUserByUsername("ana");

        assertThat(ana.getPassword()).startsWith("{bcrypt}").doesNotContain("a-long-plain-password");
        assertThat(encoder.matches("a-long-plain-password", ana.getPassword())).isTrue();
        assertThat(ana.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_EDITOR");
    }

    @Test
    void an_encoded_password_is_kept_as_given() {
        String hash = encoder.encode("a-long-plain-password");

        UserDetails ana = users(new MockEnvironment().withProperty("tracker.users", "ana:" + hash + ":ADMIN"))
                .loadUserByUsername("ana");

        assertThat(ana.getPassword()).isEqualTo(hash);
    }

    @Test
    void without_a_setting_an_embedded_tracker_generates_one_user_a_role_once_in_an_owner_only_file()
            throws IOException {
        MockEnvironment environment = new MockEnvironment().withProperty("tracker.data-dir", dataDir.toString());

        ConfiguredUsers first = ConfiguredUsers.from(environment, encoder);
        Path file = dataDir.resolve("credentials.properties");
        String written = Files.readString(file);
        ConfiguredUsers second = ConfiguredUsers.from(environment, encoder);

        assertThat(first.credentialsFile()).contains(file.toAbsolutePath().normalize());
        assertThat(first.users()).extracting(UserEntry::name).containsExactly("reader", "auditor", "editor", "admin");
        assertThat(first.users()).extracting(UserEntry::role).containsExactly(Role.values());
        assertThat(first.users()).allSatisfy(user -> {
            assertThat(user.password()).hasSizeGreaterThanOrEqualTo(PasswordPolicy.MIN_LENGTH);
            assertThat(written).contains(user.name() + "=" + user.password());
        });
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(second.users()).isEqualTo(first.users());
        assertThat(Files.readString(file)).isEqualTo(written);
    }

    @Test
    void the_postgres_profile_refuses_no_users_and_guessable_passwords() {
        assertRefused("", "tracker.users (TRACKER_USERS) is empty");
        assertRefused("admin:admin:ADMIN", "'admin'");
        assertRefused("ana:ANA:ADMIN", "'ana'");
        assertRefused("ana:changeme:EDITOR", "default");
        assertRefused("ana:password:EDITOR", "default");
        assertRefused("ana:short-pass1:EDITOR", "shorter than 12");
        assertRefused("ana:" + encoder.encode("ana") + ":EDITOR", "default");
        assertRefused("ana:" + encoder.encode("changeme") + ":EDITOR", "default");
        assertRefused("ana:a-long-plain-password:EDITOR;bo::READER", "empty password");
    }

    @Test
    void the_postgres_profile_accepts_strong_passwords_and_generates_nothing() {
        MockEnvironment environment = postgres("ana:a-long-plain-password:EDITOR;bo:" + encoder.encode("x7-k2-w9-q4-z8")
                + ":READER").withProperty("tracker.data-dir", dataDir.toString());

        ConfiguredUsers users = ConfiguredUsers.from(environment, encoder);

        assertThat(users.users()).extracting(UserEntry::name).containsExactly("ana", "bo");
        assertThat(users.credentialsFile()).isEmpty();
        assertThat(dataDir.resolve("credentials.properties")).doesNotExist();
    }

    private void assertRefused(String setting, String reason) {
        assertThatThrownBy(() -> ConfiguredUsers.from(postgres(setting), encoder))
                .as(setting)
                .isInstanceOf(InvalidUsers.class)
                .hasMessageContaining(reason);
    }

    private static MockEnvironment postgres(String setting) {
        MockEnvironment environment = new MockEnvironment().withProperty("tracker.users", setting);
        environment.setActiveProfiles("postgres");
        return environment;
    }

    private UserDetailsService users(MockEnvironment environment) {
        return security.userDetailsService(ConfiguredUsers.from(environment, encoder), encoder);
    }
}
