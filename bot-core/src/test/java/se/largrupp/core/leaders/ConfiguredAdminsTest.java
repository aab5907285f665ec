package se.largrupp.core.leaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.largrupp.core.testing.InMemoryAdmins;

/** LARGRUPP_ADMINS: user ids, exact platform:workspace:user entries, and a Teams user's e-mail address or UPN. */
class ConfiguredAdminsTest {
    private static final Workspace TENANT = new Workspace(Platform.TEAMS, "72f988bf");
    private static final LeaderId HELENA = new LeaderId(TENANT, "6f1a2b3c-dddd");

    @Test
    void an_entra_object_id_makes_that_teams_user_an_admin_in_any_tenant_it_appears_in() {
        ConfiguredAdmins admins = ConfiguredAdmins.parse("6f1a2b3c-dddd");

        assertThat(admins.includes(HELENA)).isTrue();
        assertThat(admins.namesAddresses()).isFalse();
    }

    @Test
    void an_e_mail_address_or_upn_names_an_admin_whatever_its_case_and_a_scoped_one_only_in_its_tenant() {
        ConfiguredAdmins admins = ConfiguredAdmins.parse("Helena.Holm@contoso.se, teams:72f988bf:bo@contoso.onmicrosoft.com");

        assertThat(admins.namesAddresses()).isTrue();
        assertThat(admins.includes(HELENA)).as("an address is not a user id").isFalse();
        assertThat(admins.includesAddress(TENANT, List.of("helena.holm@CONTOSO.se"))).isTrue();
        assertThat(admins.includesAddress(TENANT, List.of("BO@contoso.onmicrosoft.com"))).isTrue();
        assertThat(admins.includesAddress(new Workspace(Platform.TEAMS, "other"), List.of("bo@contoso.onmicrosoft.com"))).isFalse();
        assertThat(admins.includesAddress(TENANT, List.of("eve@contoso.se"))).isFalse();
        assertThat(admins.size()).isEqualTo(2);
    }

    @Test
    void the_check_remembers_a_user_it_recognised_by_address_for_notices_without_a_message() {
        AdminCheck check = new AdminCheck(ConfiguredAdmins.parse("helena.holm@contoso.se"), new InMemoryAdmins());

        assertThat(check.isAdmin(HELENA)).isFalse();
        assertThat(check.isAdmin(HELENA, List.of("someone@contoso.se"))).isFalse();
        assertThat(check.isAdmin(HELENA, List.of("helena.holm@contoso.se", "helena@contoso.onmicrosoft.com"))).isTrue();
        assertThat(check.isAdmin(HELENA)).isTrue();
        assertThat(check.isConfigured(HELENA)).as("configured, so not removable in chat").isTrue();
        assertThat(check.wantsAddresses()).isTrue();
    }

    @Test
    void a_malformed_entry_is_refused_by_name() {
        assertThatThrownBy(() -> ConfiguredAdmins.parse("helena holm@contoso.se")).hasMessageContaining("'helena holm@contoso.se'");
    }
}
