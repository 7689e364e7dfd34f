package store

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-dev/dossier/internal/testtool"
)

// envBackend runs this package's tests on another backend: "postgres"
// makes every store a test opens a new database on the server
// testtool.Postgres gives. TestSuite_Postgres sets it for a second run of
// the whole suite, so `go test ./store` holds both backends to one suite.
const envBackend = "DOSSIER_TEST_BACKEND"

func onPostgres() bool { return os.Getenv(envBackend) == "postgres" }

// testDB is where a test's store goes: a new SQLite file, or a new
// PostgreSQL database when the suite runs on PostgreSQL.
func testDB(t testing.TB) string {
	t.Helper()
	if onPostgres() {
		return testtool.Postgres(t)
	}
	return filepath.Join(t.TempDir(), "dossier.db")
}

// TestDB is testDB for the package's external tests.
var TestDB = testDB

// sqliteOnly skips a test about the SQLite file itself (its bytes, its
// path, its pragmas) in the PostgreSQL run.
func sqliteOnly(t testing.TB) {
	t.Helper()
	if onPostgres() {
		t.Skip("about the SQLite file")
	}
}

// SQLiteOnly is sqliteOnly for the package's external tests.
var SQLiteOnly = sqliteOnly

func TestMain(m *testing.M) {
	code := m.Run()
	testtool.StopPostgres()
	os.Exit(code)
}

// TestSuite_Postgres runs this package's whole test suite again, in a
// child test binary, with every store in PostgreSQL.
func TestSuite_Postgres(t *testing.T) {
	if onPostgres() {
		t.Skip("this is the PostgreSQL run")
	}
	server := testtool.PostgresServer(t)
	args := []string{"-test.run=.", "-test.skip=^TestSuite_Postgres$", "-test.count=1", "-test.v"}
	if testing.Short() {
		args = append(args, "-test.short")
	}
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), envBackend+"=postgres", testtool.EnvPostgres+"="+server)
	out, err := cmd.CombinedOutput()
	pass, skip := strings.Count(string(out), "--- PASS"), strings.Count(string(out), "--- SKIP")
	if err != nil {
		t.Fatalf("store suite on PostgreSQL: %v\n%s", err, out)
	}
	t.Logf("store suite on PostgreSQL: %d passed, %d skipped", pass, skip)
}

// failInsert makes every insert into table for which cond holds (an SQL
// condition on NEW) fail with msg inside the database, on either backend.
func failInsert(t testing.TB, s *Store, table, cond, msg string) {
	t.Helper()
	q := `CREATE TRIGGER fail_insert BEFORE INSERT ON ` + table + ` WHEN ` + cond +
		` BEGIN SELECT RAISE(ABORT, '` + msg + `'); END`
	if s.pg {
		q = `CREATE FUNCTION fail_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF ` + cond +
			` THEN RAISE EXCEPTION '` + msg + `'; END IF; RETURN NEW; END $$;
			CREATE TRIGGER fail_insert BEFORE INSERT ON ` + table + ` FOR EACH ROW EXECUTE FUNCTION fail_insert();`
	}
	if _, err := s.db.Exec(q); err != nil {
		t.Fatal(err)
	}
}
