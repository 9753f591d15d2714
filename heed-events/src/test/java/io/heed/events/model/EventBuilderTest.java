package io.heed.events.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Events built by name: unset fields are null, the context none; the constructor's checks still apply. */
class EventBuilderTest {
    private static Event.Builder click() {
        return Event.builder()
                .tenantId("t")
                .eventId("e1")
                .type("click")
                .userId("u1")
                .adId("k1")
                .timestamp(Instant.EPOCH);
    }

    @Test
    void unsetFieldsAreNullAndTheContextNone() {
        assertThat(click().build())
                .isEqualTo(new Event(
                        "t", "e1", "click", "u1", null, null, "k1", Instant.EPOCH, null, EventContext.none(), null));
        assertThat(click().context(null).build().context()).isSameAs(EventContext.none());
        assertThat(EventContext.builder().build()).isEqualTo(EventContext.none());
    }

    @Test
    void contextFieldsLandWhereNamed() {
        assertThat(EventContext.builder()
                        .placement("feed")
                        .position(3)
                        .device("mobile")
                        .platform("ios")
                        .geo("FR")
                        .sessionId("s1")
                        .page("/home")
                        .build())
                .isEqualTo(new EventContext("feed", 3, "mobile", "ios", "FR", "s1", "/home"));
    }

    @Test
    void toBuilderCopiesEveryFieldAndChangesOnlyWhatIsSet() {
        Event full = click().anonymousId("a")
                .itemId("i")
                .value(2.5)
                .context(EventContext.builder().geo("FR").build())
                .attributes("{}")
                .build();
        assertThat(full.toBuilder().build()).isEqualTo(full);
        Event purchase = full.toBuilder().type("purchase").value(9.0).build();
        assertThat(purchase.type()).isEqualTo("purchase");
        assertThat(purchase.value()).isEqualTo(9.0);
        assertThat(purchase.toBuilder().type("click").value(2.5).build()).isEqualTo(full);
    }

    @Test
    void buildChecksWhatTheConstructorChecks() {
        assertThatThrownBy(() -> click().tenantId(null).build()).hasMessage("tenantId");
        assertThatThrownBy(() -> click().eventId(null).build()).hasMessage("eventId");
        assertThatThrownBy(() -> click().type(null).build()).hasMessage("type");
        assertThatThrownBy(() -> click().userId(null).build()).hasMessage("userId");
        assertThatThrownBy(() -> click().timestamp(null).build()).hasMessage("timestamp");
        assertThatThrownBy(() -> click().adId(null).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("neither item nor ad id");
    }
}
