package dev.carlot.app.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One address, or a CIDR block of them, as an operator writes it: {@code 10.0.0.5},
 * {@code 10.0.0.0/24}, {@code 2001:db8::/32}. Only literals: a host name would make the
 * answer depend on DNS, which is not the operator's to trust.
 */
public record AddressBlock(byte[] network, int prefix) {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    /**
     * The block {@code text} names.
     *
     * @throws IllegalArgumentException when it is not an IP address, with or without a prefix length
     */
    public static AddressBlock parse(String text) {
        int slash = text.indexOf('/');
        InetAddress address = literal(slash < 0 ? text : text.substring(0, slash)).orElseThrow(() -> notABlock(text));
        int bits = address.getAddress().length * 8;
        int prefix = bits;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(text.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw notABlock(text);
            }
            if (prefix < 0 || prefix > bits) {
                throw notABlock(text);
            }
        }
        return new AddressBlock(address.getAddress(), prefix);
    }

    /** The address {@code text} writes, when it is an IPv4 or IPv6 literal; never a DNS lookup. */
    public static Optional<InetAddress> literal(String text) {
        if (!IPV4.matcher(text).matches() && !IPV6.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            // a literal: getByName parses it and asks no resolver
            return Optional.of(InetAddress.getByName(text));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code address} lies in this block (an IPv4 address is never in an IPv6 block). */
    public boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != network.length) {
            return false;
        }
        int whole = prefix / 8;
        if (!Arrays.equals(bytes, 0, whole, network, 0, whole)) {
            return false;
        }
        int rest = prefix % 8;
        int mask = (0xff << (8 - rest)) & 0xff;
        return rest == 0 || ((bytes[whole] ^ network[whole]) & mask) == 0;
    }

    @Override
    public String toString() {
        try {
            return InetAddress.getByAddress(network).getHostAddress() + "/" + prefix;
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static IllegalArgumentException notABlock(String text) {
        return new IllegalArgumentException("'" + text + "' is not an IP address or a CIDR block such as 10.0.0.0/24");
    }
}
