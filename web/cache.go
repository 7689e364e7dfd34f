package web

import (
	"context"
	"sync"
	"time"

	"github.com/dossier-dev/dossier/records"
	"github.com/dossier-dev/dossier/store"
)

// views gives each request a view of the store's reconciled records. The
// store keeps them current with every write (this server's decisions and
// uploads, or another dossier process's), so a page reads only the rows
// it shows. A store whose records are not current (made by another
// version of dossier, and not written since) is reconciled in memory once
// per store Version, as pages did before records were kept.
type views struct {
	st *store.Store

	mu      sync.Mutex
	stale   *records.View
	version store.Version
}

// get returns a view of the store's records as they are now.
func (c *views) get(ctx context.Context) (*records.View, error) {
	ok, err := c.st.RecordsCurrent(ctx)
	if err != nil {
		return nil, err
	}
	if ok {
		return records.Open(ctx, c.st)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	v, err := c.st.Version(ctx)
	if err != nil {
		return nil, err
	}
	if c.stale != nil && c.version == v {
		return c.stale, nil
	}
	view, err := records.Open(context.WithoutCancel(ctx), c.st)
	if err != nil {
		return nil, err
	}
	c.stale, c.version = view, v
	return view, nil
}

// since writes how long a page took to read, for a person.
func since(start time.Time) string { return roundDuration(time.Since(start)) }
