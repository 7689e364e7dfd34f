package store

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// TestForReading_ADamagedPageReadIsOneLineNamingIt: a store opened for
// reading is not checked whole, so a damaged facts table does not stop the
// open; reading the facts does, with one line naming the table, as Open's
// check would have said it.
func TestForReading_ADamagedPageReadIsOneLineNamingIt(t *testing.T) {
	sqliteOnly(t)
	ctx := context.Background()
	path, pageSize, factsRoot, _ := storeWithFacts(t)
	flip(t, path, (factsRoot-1)*pageSize, []byte{0xff})
	s, err := Open(ctx, path, ForReading())
	if err != nil {
		t.Fatalf("Open(ForReading) of a store damaged in a table it has not read: %v", err)
	}
	defer s.Close()
	if _, err := s.Documents(ctx, DocumentFilter{}); err != nil {
		t.Errorf("documents, which are sound: %v", err)
	}
	_, err = s.Facts(ctx, FactFilter{})
	if err == nil || !errors.Is(err, ErrDamaged) || strings.Contains(err.Error(), "\n") || !strings.Contains(err.Error(), "table facts: database disk image is malformed") {
		t.Errorf("reading the damaged facts: %v; want one line wrapping ErrDamaged and naming table facts", err)
	}
}
