package normalize

import (
	"sync"
	"sync/atomic"
)

// memo remembers a pure function's answers by its argument, up to a bound:
// extraction asks about the same names again and again (as a label, a
// list member, a project name), and CountryCode and KnownOrganisation fold
// and look up every time.
type memo[V any] struct {
	m sync.Map
	n atomic.Int64
}

// maxMemo bounds each memo's entries (a few MB at most).
const maxMemo = 50000

func (c *memo[V]) get(k string, f func(string) V) V {
	if v, ok := c.m.Load(k); ok {
		return v.(V)
	}
	v := f(k)
	if c.n.Add(1) <= maxMemo {
		c.m.Store(k, v)
	}
	return v
}

func (c *memo[V]) reset() {
	c.m.Clear()
	c.n.Store(0)
}

type found struct {
	value string
	ok    bool
}

var (
	countryMemo memo[found]
	orgMemo     memo[found]
)

// ResetCaches forgets remembered answers, so a benchmark measures names
// seen for the first time.
func ResetCaches() {
	countryMemo.reset()
	orgMemo.reset()
}
