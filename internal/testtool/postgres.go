package testtool

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers "pgx" for creating databases
)

// EnvPostgres names a PostgreSQL server for the tests to use instead of a
// throwaway cluster: a URL whose user may create databases.
const EnvPostgres = "DOSSIER_TEST_POSTGRES"

// Cluster is a throwaway PostgreSQL server in a temporary folder.
type Cluster struct {
	// URL reaches the server's "postgres" database as its superuser.
	URL  string
	dir  string
	cmd  *exec.Cmd
	done chan struct{}
}

var (
	clusterOnce sync.Once
	shared      *Cluster
	sharedURL   string
	sharedErr   error
	dbSeq       atomic.Int64
)

// Postgres returns the URL of a new, empty database for the test, in a
// server started once per test binary (or the one EnvPostgres names), or
// ends the test: Fatal under CI=true, Skip elsewhere. The database is
// dropped when the test ends; StopPostgres, from TestMain, stops the
// server.
func Postgres(t testing.TB) string {
	t.Helper()
	server := PostgresServer(t)
	name := fmt.Sprintf("t%d_%d", os.Getpid(), dbSeq.Add(1))
	u, err := CreateDatabase(server, name)
	if err != nil {
		t.Fatalf("PostgreSQL: %v", err)
	}
	t.Cleanup(func() { _ = DropDatabase(server, name) })
	return u
}

// PostgresServer returns the URL of the server Postgres uses (a
// superuser's, who may create databases), starting it if need be, or ends
// the test as Postgres does.
func PostgresServer(t testing.TB) string {
	t.Helper()
	clusterOnce.Do(func() {
		if u := os.Getenv(EnvPostgres); u != "" {
			sharedURL = u
			return
		}
		shared, sharedErr = StartCluster()
		if shared != nil {
			sharedURL = shared.URL
		}
	})
	if sharedErr != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("PostgreSQL: %v (scripts/test.sh installs Debian's postgresql)", sharedErr)
		}
		t.Skipf("PostgreSQL: %v: apt-get install postgresql (or run scripts/test.sh), or set %s to a server's URL", sharedErr, EnvPostgres)
	}
	return sharedURL
}

// StopPostgres stops the server Postgres started, if any, and removes its
// folder. TestMain calls it after m.Run.
func StopPostgres() {
	if shared != nil {
		shared.Stop()
	}
}

// CreateDatabase creates the database name on the server at url and
// returns its URL.
func CreateDatabase(url, name string) (string, error) {
	db, err := sql.Open("pgx", url)
	if err != nil {
		return "", fmt.Errorf("connect: %w", err)
	}
	defer db.Close()
	if _, err := db.Exec(`CREATE DATABASE ` + name); err != nil {
		return "", fmt.Errorf("create database %s: %w", name, err)
	}
	return withDatabase(url, name), nil
}

// DropDatabase drops the database name, closing its connections.
func DropDatabase(url, name string) error {
	db, err := sql.Open("pgx", url)
	if err != nil {
		return fmt.Errorf("connect: %w", err)
	}
	defer db.Close()
	if _, err := db.Exec(`DROP DATABASE IF EXISTS ` + name + ` WITH (FORCE)`); err != nil {
		return fmt.Errorf("drop database %s: %w", name, err)
	}
	return nil
}

func withDatabase(url, name string) string {
	// The URLs made here end in "/postgres" or a database name given the
	// same way; one a person set in EnvPostgres is parsed.
	i := len(url) - 1
	for i >= 0 && url[i] != '/' {
		i--
	}
	if q := strings.IndexByte(url, '?'); q >= 0 {
		return url[:i+1] + name + url[q:]
	}
	return url[:i+1] + name
}

// PostgresBin returns the folder of Debian's PostgreSQL server programs
// (initdb, postgres), the newest version installed.
func PostgresBin() (string, error) {
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	sort.Slice(dirs, func(i, j int) bool { return pgVersion(dirs[i]) > pgVersion(dirs[j]) })
	for _, d := range dirs {
		if _, err := os.Stat(filepath.Join(d, "initdb")); err == nil {
			return d, nil
		}
	}
	if p, err := exec.LookPath("initdb"); err == nil {
		return filepath.Dir(p), nil
	}
	return "", errors.New("no initdb in /usr/lib/postgresql/*/bin or on PATH")
}

func pgVersion(binDir string) int {
	v, _ := strconv.Atoi(filepath.Base(filepath.Dir(binDir)))
	return v
}

// StartCluster makes a cluster in a new temporary folder with initdb and
// starts its server on a free loopback port. initdb refuses to run as
// root, so as root both run as the "postgres" user (Debian's package
// makes it) or else "nobody", in a folder made theirs.
func StartCluster() (*Cluster, error) {
	bin, err := PostgresBin()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "dossier-pg-")
	if err != nil {
		return nil, fmt.Errorf("temp folder: %w", err)
	}
	c := &Cluster{dir: dir, done: make(chan struct{})}
	cred, err := unprivileged(dir)
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	data := filepath.Join(dir, "data")
	initdb := exec.Command(filepath.Join(bin, "initdb"), "-D", data, "-U", "postgres", "--auth=trust",
		"--encoding=UTF8", "--locale=C", "--no-sync")
	initdb.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
	if out, err := initdb.CombinedOutput(); err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("initdb: %w: %s", err, lastLine(out))
	}
	port, err := freePort()
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	// Settings for a server whose data is thrown away: no waiting on the
	// disk. Its socket goes in the cluster's folder, not /var/run.
	c.cmd = exec.Command(filepath.Join(bin, "postgres"), "-D", data, "-p", strconv.Itoa(port),
		"-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="+dir,
		"-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
		"-c", "max_connections=200")
	log, _ := os.Create(filepath.Join(dir, "server.log"))
	c.cmd.Stdout, c.cmd.Stderr = log, log
	// Pdeathsig: a test binary killed before its TestMain stops the
	// server takes the server down with it (SIGQUIT: immediate shutdown).
	c.cmd.SysProcAttr = &syscall.SysProcAttr{Credential: cred, Pdeathsig: syscall.SIGQUIT}
	if err := c.cmd.Start(); err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("start postgres: %w", err)
	}
	go func() { _ = c.cmd.Wait(); log.Close(); close(c.done) }()
	c.URL = fmt.Sprintf("postgres://postgres@127.0.0.1:%d/postgres?sslmode=disable", port)
	if err := c.waitReady(); err != nil {
		c.Stop()
		return nil, err
	}
	return c, nil
}

// waitReady waits for the server to accept connections, or to exit.
func (c *Cluster) waitReady() error {
	db, err := sql.Open("pgx", c.URL)
	if err != nil {
		return err
	}
	defer db.Close()
	deadline := time.Now().Add(60 * time.Second)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		err := db.PingContext(ctx)
		cancel()
		if err == nil {
			return nil
		}
		select {
		case <-c.done:
			b, _ := os.ReadFile(filepath.Join(c.dir, "server.log"))
			return fmt.Errorf("postgres exited: %s", lastLine(b))
		case <-time.After(100 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("postgres not ready after 60s: %w", err)
		}
	}
}

// Stop shuts the server down (fast: clients are disconnected) and removes
// its folder.
func (c *Cluster) Stop() {
	if c.cmd != nil && c.cmd.Process != nil {
		_ = c.cmd.Process.Signal(syscall.SIGINT)
		select {
		case <-c.done:
		case <-time.After(30 * time.Second):
			_ = c.cmd.Process.Kill()
			<-c.done
		}
	}
	os.RemoveAll(c.dir)
}

// unprivileged returns the credential to run the server with: nil when we
// are not root; else the postgres user's, or nobody's, made owner of dir.
func unprivileged(dir string) (*syscall.Credential, error) {
	if os.Geteuid() != 0 {
		return nil, nil
	}
	for _, name := range []string{"postgres", "nobody"} {
		u, err := user.Lookup(name)
		if err != nil {
			continue
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		if err := os.Chown(dir, uid, gid); err != nil {
			return nil, fmt.Errorf("chown %s: %w", dir, err)
		}
		return &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}, nil
	}
	return nil, errors.New("running as root and no postgres or nobody user to run the server as")
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func lastLine(b []byte) string {
	s := string(b)
	for len(s) > 0 && (s[len(s)-1] == '\n' || s[len(s)-1] == ' ') {
		s = s[:len(s)-1]
	}
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		return s[i+1:]
	}
	return s
}
