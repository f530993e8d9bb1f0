package io.relations.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** The service's own logback.xml (not the tests'), read as the service reads it. */
class ServiceLoggingConfigurationTest {

    @Test
    void hibernates_warning_with_the_database_error_text_is_off_as_it_may_quote_a_clients_value() throws JoranException {
        URL serviceConfiguration = RelationsService.class.getResource("/logback.xml");
        LoggerContext context = new LoggerContext();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);

        configurator.doConfigure(serviceConfiguration);

        assertThat(context.getLogger("org.hibernate.orm.jdbc.error").isWarnEnabled()).isFalse();
        assertThat(context.getLogger("org.hibernate.orm.jdbc.error").isErrorEnabled()).isTrue();
        assertThat(context.getLogger("io.relations.adapter.rest.ProblemHandlers").isWarnEnabled()).isTrue();
        context.stop();
    }
}
