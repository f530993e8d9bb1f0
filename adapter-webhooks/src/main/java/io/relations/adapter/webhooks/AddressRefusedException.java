package io.relations.adapter.webhooks;

import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.stream.Collectors;

/** Every address a webhook's host resolved to is one the SSRF rule refuses, and no allow-list names it. */
final class AddressRefusedException extends IOException {

    private static final long serialVersionUID = 1L;

    AddressRefusedException(String host, int port, List<InetAddress> refused) {
        super(host + ":" + port + " resolved only to addresses webhooks may not reach ("
                + refused.stream().map(InetAddress::getHostAddress).collect(Collectors.joining(", "))
                + "); RELATIONS_WEBHOOK_ALLOWED_ADDRESSES can allow them");
    }
}
