package facts

import "testing"

func TestZZOrg(t *testing.T) {
	for _, s := range []string{"waarvan 4 miljoen euro afkomstig is van het Nederlandse ministerie van Buitenlandse Zaken en 1,5 miljoen euro van het Zweedse ontwikkelingsagentschap Sida.", "fully financed by the Italian Government through the Italian Agency for Development Cooperation (AICS)."} {
		t.Logf("%q -> %+v", s, orgMentions(s))
	}
}
