/** Delivers changes to webhook endpoints: the application's {@code WebhookSender} over Jetty's HTTP client. */
package io.relations.adapter.webhooks;
