package ingest

import (
	"errors"
	"net/netip"
	"testing"
)

// lastAddr is the highest address of p.
func lastAddr(p netip.Prefix) netip.Addr {
	b := p.Masked().Addr().AsSlice()
	for i := p.Bits(); i < len(b)*8; i++ {
		b[i/8] |= 0x80 >> (i % 8)
	}
	a, _ := netip.AddrFromSlice(b)
	return a
}

// TestSpecialRanges_EveryBlockRefusedAtBothEnds: the first and the last
// address of every block in the table are refused, each with a name; so a
// block a newcomer adds is tested by being added.
func TestSpecialRanges_EveryBlockRefusedAtBothEnds(t *testing.T) {
	for _, r := range specialRanges {
		for _, a := range []netip.Addr{r.prefix.Masked().Addr(), lastAddr(r.prefix)} {
			got, ok := specialRangeOf(a)
			if !ok || got.name == "" || !got.prefix.Contains(a) {
				t.Errorf("%s (first or last of %s, %s): refused %v as %q", a, r.prefix, r.name, ok, got.name)
			}
		}
	}
}

// TestCheckDialAddress_RefusesSpecialPurposeAllowsPublic: the addresses
// issue 10 found fetched, and their neighbours on both sides of each
// block's edge: a special-purpose one is refused naming its block, a
// public one is dialled.
func TestCheckDialAddress_RefusesSpecialPurposeAllowsPublic(t *testing.T) {
	tests := []struct {
		address string
		block   string // "" for an address that must be allowed
	}{
		{"100.100.100.200:80", "100.64.0.0/10"}, // a cloud's metadata service
		{"100.63.255.255:80", ""},
		{"100.128.0.0:80", ""},
		{"198.18.0.1:443", "198.18.0.0/15"},
		{"198.19.255.255:443", "198.18.0.0/15"},
		{"198.17.255.255:443", ""},
		{"198.20.0.0:443", ""},
		{"192.0.0.1:80", "192.0.0.0/29"},
		{"192.0.0.200:80", "192.0.0.0/24"},
		{"192.0.1.1:80", ""},
		{"192.0.2.10:80", "192.0.2.0/24"},
		{"198.51.100.7:80", "198.51.100.0/24"},
		{"203.0.113.9:80", "203.0.113.0/24"},
		{"169.254.169.254:80", "169.254.0.0/16"},
		{"127.0.0.1:8080", "127.0.0.0/8"},
		{"10.1.2.3:80", "10.0.0.0/8"},
		{"172.31.255.255:80", "172.16.0.0/12"},
		{"172.32.0.0:80", ""},
		{"192.168.1.1:80", "192.168.0.0/16"},
		{"0.0.0.0:80", "0.0.0.0/32"},
		{"224.0.0.1:80", "224.0.0.0/4"},
		{"239.255.255.250:1900", "224.0.0.0/4"},
		{"240.0.0.1:80", "240.0.0.0/4"},
		{"255.255.255.255:80", "255.255.255.255/32"},
		{"8.8.8.8:53", ""},
		{"1.1.1.1:443", ""},
		{"[::1]:80", "::1/128"},
		{"[::]:80", "::/128"},
		{"[::ffff:127.0.0.1]:80", "::ffff:0.0.0.0/96"},
		{"[::ffff:8.8.8.8]:80", "::ffff:0.0.0.0/96"},
		{"[64:ff9b::a9fe:a9fe]:80", "64:ff9b::/96"}, // NAT64 to 169.254.169.254
		{"[64:ff9b:1::1]:80", "64:ff9b:1::/48"},
		{"[2002:c0a8:101::1]:80", "2002::/16"},                     // 6to4 of 192.168.1.1
		{"[2001:0:4136:e378:8000:63bf:3f57:fdf2]:80", "2001::/32"}, // Teredo
		{"[2001:db8::1]:80", "2001:db8::/32"},
		{"[3fff::1]:80", "3fff::/20"},
		{"[fd00::1]:80", "fc00::/7"},
		{"[fe80::1%eth0]:80", "fe80::/10"},
		{"[fec0::1]:80", "fec0::/10"},
		{"[ff02::1]:80", "ff00::/8"},
		{"[100::1]:80", "100::/64"},
		{"[4000::1]:80", "4000::1/128"}, // outside global unicast
		{"[2606:4700:4700::1111]:443", ""},
		{"[2a00:1450:4001::200e]:443", ""},
	}
	for _, tt := range tests {
		err := checkDialAddress(tt.address)
		if tt.block == "" {
			if err != nil {
				t.Errorf("%s: %v, want it allowed", tt.address, err)
			}
			continue
		}
		var ae *addressError
		if !errors.As(err, &ae) || !errors.Is(err, ErrPrivateAddress) {
			t.Errorf("%s: %v, want it refused", tt.address, err)
			continue
		}
		if got := ae.r.prefix.String(); got != tt.block {
			t.Errorf("%s: refused as %s (%s), want %s", tt.address, got, ae.r.name, tt.block)
		}
	}
}
