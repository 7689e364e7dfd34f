package store

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// storeWithFacts makes a closed store file holding the seed summary and
// returns its path, its page size and the first page of the facts table
// and of its index by field.
func storeWithFacts(t *testing.T) (path string, pageSize, factsRoot, indexRoot int64) {
	t.Helper()
	s, path := openTestStore(t)
	doc, facts := summary2019()
	mustPut(t, s, doc, facts)
	ctx := context.Background()
	if err := s.db.QueryRowContext(ctx, `PRAGMA page_size`).Scan(&pageSize); err != nil {
		t.Fatal(err)
	}
	for name, root := range map[string]*int64{"facts": &factsRoot, "facts_by_field": &indexRoot} {
		if err := s.db.QueryRowContext(ctx, `SELECT rootpage FROM sqlite_schema WHERE name = ?`, name).Scan(root); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path + "-wal"); err == nil {
		t.Fatal("the write-ahead log outlived Close: bytes flipped in the file would miss the newest pages")
	}
	return path, pageSize, factsRoot, indexRoot
}

// flip overwrites the bytes at off in the file at path.
func flip(t *testing.T, path string, off int64, b []byte) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteAt(b, off); err != nil {
		t.Fatal(err)
	}
}

// TestOpen_DamagedFileIsAOneLineErrorNamingTheDamage: bytes flipped in a
// b-tree page, in the file's header or in an index page stop every
// command at Open, or at least `check`, with one line that says what is
// damaged; a sound file checks clean.
func TestOpen_DamagedFileIsAOneLineErrorNamingTheDamage(t *testing.T) {
	sqliteOnly(t)
	ctx := context.Background()
	path, _, _, _ := storeWithFacts(t)
	if problems, err := Check(ctx, path); err != nil || len(problems) != 0 {
		t.Fatalf("Check(a sound store) = %q, %v; want no problems", problems, err)
	}

	tests := []struct {
		name string
		// damage flips bytes in the store at path.
		damage func(t *testing.T, path string, pageSize, factsRoot, indexRoot int64)
		// openFails says whether Open sees it (quick_check does not
		// compare an index with its table: only Check does).
		openFails bool
		want      string
	}{
		{"b-tree page type of the facts table", func(t *testing.T, path string, pageSize, factsRoot, _ int64) {
			flip(t, path, (factsRoot-1)*pageSize, []byte{0xff})
		}, true, "table facts: database disk image is malformed"},
		{"file header", func(t *testing.T, path string, _, _, _ int64) {
			flip(t, path, 0, []byte("SQLite format 9"))
		}, true, "not a database"},
		{"a cell of the facts-by-field index", func(t *testing.T, path string, pageSize, _, indexRoot int64) {
			// The last bytes of the index's page are its cells' keys.
			flip(t, path, indexRoot*pageSize-40, []byte("zzzzzzzz"))
		}, false, "index facts_by_field"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path, pageSize, factsRoot, indexRoot := storeWithFacts(t)
			tt.damage(t, path, pageSize, factsRoot, indexRoot)
			s, err := Open(ctx, path)
			if tt.openFails {
				if err == nil {
					s.Close()
					t.Fatal("Open(a damaged store) succeeded")
				}
				msg := err.Error()
				if !errors.Is(err, ErrDamaged) || strings.Contains(msg, "\n") || !strings.Contains(msg, path) || !strings.Contains(msg, tt.want) {
					t.Errorf("Open(damaged) = %q; want one line wrapping ErrDamaged, naming %s and saying %q", msg, path, tt.want)
				}
			} else if err == nil {
				s.Close()
			}
			problems, err := Check(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			if len(problems) == 0 || !strings.Contains(strings.Join(problems, "\n"), tt.want) {
				t.Errorf("Check(damaged) = %q; want a problem saying %q", problems, tt.want)
			}
		})
	}
}

// TestOpen_PathThatCannotBeAStore: a folder, or a file in a missing
// folder, is named as such, not as SQLite's "unable to open database file
// (14)".
func TestOpen_PathThatCannotBeAStore(t *testing.T) {
	sqliteOnly(t)
	ctx := context.Background()
	dir := t.TempDir()
	for path, want := range map[string]string{
		dir: "open store " + dir + ": is a directory, not a store file",
		filepath.Join(dir, "missing", "dossier.db"): "open store " + filepath.Join(dir, "missing", "dossier.db") + ": no folder " + filepath.Join(dir, "missing") + " to create the store file in",
	} {
		if _, err := Open(ctx, path); err == nil || err.Error() != want {
			t.Errorf("Open(%s) = %v, want %q", path, err, want)
		}
	}
	if _, err := Check(ctx, dir); err == nil || !strings.Contains(err.Error(), "is a directory") {
		t.Errorf("Check(a folder) = %v", err)
	}
}
