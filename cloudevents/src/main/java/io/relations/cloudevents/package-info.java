/**
 * The change log's changes as CloudEvents 1.0: one format for every way a change leaves the
 * service (the feed and its live stream, webhooks, Kafka), so a consumer parses them alike.
 */
package io.relations.cloudevents;
