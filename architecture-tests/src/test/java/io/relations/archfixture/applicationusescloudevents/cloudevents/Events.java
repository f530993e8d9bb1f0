package io.relations.archfixture.applicationusescloudevents.cloudevents;

public final class Events {

    public String typeOf(String code) {
        return "io.relations." + code + ".v1";
    }
}
