package ingest

import (
	"errors"
	"fmt"
	"net/netip"
)

// ErrPrivateAddress is wrapped by the error for a URL whose server is at a
// special-purpose address (loopback, private, shared, link-local,
// documentation, translation, multicast, reserved…) without AllowPrivate.
var ErrPrivateAddress = errors.New("refused: special-purpose address (use --allow-private)")

// specialRange is one block a URL may not reach without --allow-private.
type specialRange struct {
	prefix netip.Prefix
	name   string
}

func block(prefix, name string) specialRange {
	return specialRange{netip.MustParsePrefix(prefix), name}
}

// specialRanges are every entry of IANA's IPv4 and IPv6 Special-Purpose
// Address Registries (as of 2025), with the multicast, reserved and
// deprecated blocks the registries leave to others. A server on any of
// them is the analyst's own network, a cloud's metadata service, a
// translator into one, or nothing a public document lives on. The longest
// match names the refusal, so a more specific block can be added anywhere.
var specialRanges = []specialRange{
	// IPv4 (RFC 6890 and successors).
	block("0.0.0.0/8", `"this network"`),
	block("0.0.0.0/32", `"this host"`),
	block("10.0.0.0/8", "private-use"),
	block("100.64.0.0/10", "shared address space (carrier-grade NAT, cloud metadata)"),
	block("127.0.0.0/8", "loopback"),
	block("169.254.0.0/16", "link-local"),
	block("172.16.0.0/12", "private-use"),
	block("192.0.0.0/24", "IETF protocol assignments"),
	block("192.0.0.0/29", "IPv4 service continuity prefix"),
	block("192.0.0.8/32", "IPv4 dummy address"),
	block("192.0.0.9/32", "port control protocol anycast"),
	block("192.0.0.10/32", "traversal using relays around NAT anycast"),
	block("192.0.0.170/31", "NAT64/DNS64 discovery"),
	block("192.0.2.0/24", "documentation (TEST-NET-1)"),
	block("192.31.196.0/24", "AS112-v4"),
	block("192.52.193.0/24", "automatic multicast tunneling"),
	block("192.88.99.0/24", "6to4 relay anycast (deprecated)"),
	block("192.168.0.0/16", "private-use"),
	block("192.175.48.0/24", "direct delegation AS112 service"),
	block("198.18.0.0/15", "benchmarking"),
	block("198.51.100.0/24", "documentation (TEST-NET-2)"),
	block("203.0.113.0/24", "documentation (TEST-NET-3)"),
	block("224.0.0.0/4", "multicast"),
	block("240.0.0.0/4", "reserved"),
	block("255.255.255.255/32", "limited broadcast"),

	// IPv6 (RFC 6890 and successors).
	block("::/128", "unspecified"),
	block("::1/128", "loopback"),
	block("::/96", "IPv4-compatible (deprecated)"),
	block("::ffff:0:0/96", "IPv4-mapped"),
	block("64:ff9b::/96", "IPv4/IPv6 translation (NAT64)"),
	block("64:ff9b:1::/48", "local-use IPv4/IPv6 translation"),
	block("100::/64", "discard-only"),
	block("100:0:0:1::/64", "dummy IPv6 prefix"),
	block("2001::/23", "IETF protocol assignments"),
	block("2001::/32", "Teredo (embeds an IPv4 address)"),
	block("2001:1::1/128", "port control protocol anycast"),
	block("2001:1::2/128", "traversal using relays around NAT anycast"),
	block("2001:1::3/128", "DNS-SD service registration protocol anycast"),
	block("2001:2::/48", "benchmarking"),
	block("2001:3::/32", "automatic multicast tunneling"),
	block("2001:4:112::/48", "AS112-v6"),
	block("2001:10::/28", "ORCHID (deprecated)"),
	block("2001:20::/28", "ORCHIDv2"),
	block("2001:30::/28", "drone remote ID"),
	block("2001:db8::/32", "documentation"),
	block("2002::/16", "6to4 (embeds an IPv4 address)"),
	block("2620:4f:8000::/48", "direct delegation AS112 service"),
	block("3fff::/20", "documentation"),
	block("5f00::/16", "segment routing (SRv6) SIDs"),
	block("fc00::/7", "unique-local"),
	block("fe80::/10", "link-local"),
	block("fec0::/10", "site-local (deprecated)"),
	block("ff00::/8", "multicast"),
}

// globalUnicast6 is the only IPv6 block IANA allocates for public use;
// anything else is reserved, whether or not the table names it.
var globalUnicast6 = netip.MustParsePrefix("2000::/3")

// specialRangeOf returns the block a belongs to, if it may not be reached
// without AllowPrivate.
func specialRangeOf(a netip.Addr) (specialRange, bool) {
	// A zone never matches a prefix; the address is what counts.
	a = a.WithZone("")
	var best specialRange
	found := false
	for _, r := range specialRanges {
		if r.prefix.Contains(a) && (!found || r.prefix.Bits() > best.prefix.Bits()) {
			best, found = r, true
		}
	}
	if !found && a.Is6() && !globalUnicast6.Contains(a) {
		return specialRange{netip.PrefixFrom(a, 128), "reserved (outside 2000::/3)"}, true
	}
	return best, found
}

// addressError is a refused address and the block that refuses it.
type addressError struct {
	addr netip.Addr
	r    specialRange
}

func (e *addressError) Error() string {
	return fmt.Sprintf("refused: %s is a special-purpose address, %s (%s) (use --allow-private)", e.addr, e.r.name, e.r.prefix)
}

func (e *addressError) Unwrap() error { return ErrPrivateAddress }

// checkDialAddress refuses address ("host:port", as a dialer's Control
// sees it once the name is resolved) if it is special-purpose.
func checkDialAddress(address string) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("address %q: %w", address, err)
	}
	if r, ok := specialRangeOf(ap.Addr()); ok {
		return &addressError{addr: ap.Addr(), r: r}
	}
	return nil
}
