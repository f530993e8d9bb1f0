package io.relations.archfixture.cloudeventsusesadapter.adapter.persistence;

public record ChangeRow(String id, String type) {}
